/* Constellation classroom: what every page shares. No libraries, no network but this server. */
"use strict";

const Classroom = (() => {
  /** The secret token of this page's link: /play/TOKEN, /teach/TOKEN or /debrief/TOKEN. */
  const token = location.pathname.split("/")[2] || "";

  /** Builds an element: el("td", {class: "num", text: "3"}, child, ...). Text is never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.substring(2), value);
      else if (key in node && typeof value !== "string") node[key] = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  /** Replaces the children of the element with this id. */
  function fill(id, ...children) {
    const node = document.getElementById(id);
    node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
    return node;
  }

  /** Calls the server; resolves to {status, body}, never throws for an HTTP error. */
  async function call(path, method, body) {
    const options = { method: method || "GET", headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    try {
      const response = await fetch(path, options);
      let data = {};
      try { data = await response.json(); } catch (e) { data = { message: "the server sent no data" }; }
      return { status: response.status, body: data };
    } catch (e) {
      return { status: 0, body: { message: "the server cannot be reached; it may have stopped (retrying)" } };
    }
  }

  /** Listens to the page's event stream; calls back on every change (the browser reconnects by itself). */
  function listen(path, onChange, onLost) {
    const source = new EventSource(path);
    source.addEventListener("changed", () => onChange());
    source.onerror = () => { if (onLost) onLost(); };
    return source;
  }

  /** A number with a fixed number of decimals. */
  function fmt(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return "–";
    return Number(value).toFixed(digits === undefined ? 2 : digits);
  }

  /** "Month N" for a step (months count from 1). */
  function month(step) {
    return "month " + (step + 1);
  }

  /** A display name from the page's name tables, or the id. */
  function named(names, table, id) {
    return (names && names[table] && names[table][id]) || id;
  }

  /** A ticking countdown in an element, from seconds left (-1: none). */
  let ticker = null;
  function countdown(id, secondsLeft, running) {
    const node = document.getElementById(id);
    if (ticker) clearInterval(ticker);
    if (secondsLeft < 0) { node.textContent = ""; return; }
    let left = secondsLeft;
    const show = () => {
      const m = Math.floor(left / 60), s = left % 60;
      node.textContent = (running ? "time left " : "paused with ") + m + ":" + String(s).padStart(2, "0");
    };
    show();
    if (running) ticker = setInterval(() => { left = Math.max(0, left - 1); show(); }, 1000);
  }

  return { token, el, fill, call, listen, fmt, month, named, countdown };
})();
