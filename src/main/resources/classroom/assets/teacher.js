/* Constellation classroom: the teacher's page. Runs the months and watches the class. */
"use strict";

(() => {
  const { token, el, fill, call, listen, fmt, month, countdown } = Classroom;
  const STATE_TEXT = { submitted: "submitted", waiting: "not yet", idle: "not deployed", finished: "\u2013" };
  let view = null;

  async function refresh() {
    const reply = await call(`/api/teacher/${token}`);
    if (reply.status !== 200) {
      fill("notice", reply.body.message || "this page cannot be shown");
      return;
    }
    view = reply.body;
    render();
  }

  function render() {
    const s = view.session;
    document.getElementById("scenario").textContent = `${s.title} (seed ${s.seed})`;
    document.getElementById("month").textContent = s.status === "finished" ? "ended"
      : `${month(s.step)} (class plays ${month(s.first_step)} to ${month(s.end_step - 1)})`;
    const badge = document.getElementById("status");
    badge.textContent = s.status;
    badge.className = "badge " + s.status;
    countdown("clock", s.seconds_left, s.status === "open");
    const note = s.restarted ? "The server restarted; every decision was kept. Press Resume to go on."
      : s.status === "waiting" ? "Hand out the seats' links below, then press Start." : "";
    fill("notice", note);
    const enabled = { start: s.status === "waiting", pause: s.status === "open", resume: s.status === "paused",
      advance: s.status !== "finished", reveal: !s.revealed, hide: s.revealed, end: s.status !== "finished" };
    for (const [id, on] of Object.entries(enabled)) document.getElementById(id).disabled = !on;
    const timer = document.getElementById("timer-seconds");
    if (document.activeElement !== timer) timer.value = s.timer_seconds;
    renderSeats();
    renderCharts();
    fill("look-at", view.look_at.map((t) => el("li", { text: t })));
    document.getElementById("debrief-link").href = view.debrief;
    fill("downloads", "Download: ", ["run/timeseries.csv", "run/who-does-what-where.csv", "decisions.jsonl"]
      .map((f, i) => [i ? ", " : "", el("a", { href: `/api/teacher/${token}/files/${f}`, text: f })]).flat());
  }

  function renderSeats() {
    const seats = view.seats;
    const done = seats.filter((x) => x.state === "submitted").length;
    const deciding = seats.filter((x) => x.state === "submitted" || x.state === "waiting").length;
    document.getElementById("progress").textContent = view.session.status === "finished" ? "The session has ended."
      : `${done} of ${deciding} seats have submitted for ${month(view.session.step)}.`;
    const head = el("tr", {}, el("th", { text: "seat" }), el("th", { text: "this month" }),
      el("th", { class: "num", text: "pages open" }), el("th", { text: "last month" }), el("th", { text: "link" }));
    const body = seats.map((x) => el("tr", { class: "seat-row", "data-seat": x.id },
      el("td", { text: x.name }),
      el("td", {}, el("span", { class: "badge state " + x.state, text: STATE_TEXT[x.state] || x.state })),
      el("td", { class: "num", text: x.online }),
      el("td", { text: x.fell_back_last ? "did not submit: the model decided" : "" }),
      el("td", {}, el("a", { class: "link", href: x.link, target: "_blank", rel: "noopener",
        text: location.origin + x.link }))));
    fill("seats", el("thead", {}, head), el("tbody", {}, body));
  }

  function renderCharts() {
    const first = view.session.first_step;
    fill("charts", view.chart.map((m) => Chart.line(m, 0, [{ values: m.values, kind: "class" }], first)));
  }

  async function act(action, body) {
    const reply = await call(`/api/teacher/${token}/${action}`, "POST", body === undefined ? {} : body);
    fill("message", el("span", { class: reply.status === 200 ? "better" : "worse",
      text: reply.status === 200 ? "" : reply.body.message }));
    refresh();
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const action of ["start", "pause", "resume", "advance", "reveal", "hide"]) {
      document.getElementById(action).addEventListener("click", () => act(action));
    }
    document.getElementById("end").addEventListener("click", () => {
      if (confirm("End the session? No more months will be played.")) act("end");
    });
    document.getElementById("set-timer").addEventListener("click", () => {
      const seconds = Number(document.getElementById("timer-seconds").value);
      act("timer", { seconds: Number.isInteger(seconds) ? seconds : -1 });
    });
    listen(`/api/teacher/${token}/events`, refresh,
      () => fill("notice", "Connection to the server lost; reconnecting\u2026"));
    refresh();
  });
})();
