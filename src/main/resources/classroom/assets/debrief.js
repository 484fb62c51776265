/* Constellation classroom: the debrief. The class against the automated run, seat by seat, and why. */
"use strict";

(() => {
  const { token, el, fill, call, fmt, named } = Classroom;
  let view = null;

  function months(steps) {
    if (!steps.length) return "";
    const parts = [];
    let a = steps[0], b = steps[0];
    for (const s of steps.slice(1).concat([null])) {
      if (s === b + 1) { b = s; continue; }
      parts.push(a === b ? `${a + 1}` : `${a + 1}\u2013${b + 1}`);
      a = b = s;
    }
    return (steps.length === 1 ? "month " : "months ") + parts.join(", ");
  }

  function who(id) {
    const isSeat = view.seats.some((s) => s.id === id);
    return el("span", { class: isSeat ? "seat-name" : "" , text: named(view.names, "actors", id) });
  }

  function render() {
    const s = view.session;
    document.getElementById("scenario").textContent = `${s.title} (seed ${s.seed})`;
    document.getElementById("played").textContent = `${view.played} months played by the class`;
    fill("notice", view.played === 0 ? "The class has not played a month yet." : "");
    const first = view.first_step;
    fill("charts", view.metrics.filter((m) => m.watched).map((m) => Chart.line(m, first,
      [{ values: m.baseline, kind: "baseline" }, { values: m.class, kind: "class" }], null)));
    fill("metrics", el("thead", {}, el("tr", {}, el("th", { text: "metric" }),
      el("th", { class: "num", text: "class" }), el("th", { class: "num", text: "automated" }),
      el("th", { class: "num", text: "difference" }), el("th", { text: "what it measures" }))),
    el("tbody", {}, view.metrics.map((m) => el("tr", { "data-metric": m.name },
      el("td", {}, m.watched ? el("b", { text: m.label }) : m.label, el("div", { class: "muted", text: m.name })),
      el("td", { class: "num", text: fmt(m.class_mean, 3) }),
      el("td", { class: "num", text: fmt(m.baseline_mean, 3) }),
      el("td", { class: "num", text: (m.class_mean >= m.baseline_mean ? "+" : "")
        + fmt(m.class_mean - m.baseline_mean, 3) }),
      el("td", { class: "muted", text: `${m.description}; ${m.scale}` })))));
    renderSeats();
    renderPairs();
    renderGaps();
  }

  function pair(a, b) {
    return `${fmt(a, 1)} / ${fmt(b, 1)}`;
  }

  function coverage(x) {
    return x.coverage === null ? "\u2013" : `${Math.round(100 * x.coverage)}%`;
  }

  function renderSeats() {
    const head = el("tr", {}, ["seat", "submitted", "model decided", "moved", "shared +/\u2212", "membership",
      "effort", "beyond saturation", "beside others", "coverage of its cells", "cells left", "coordination"]
      .map((t, i) => el("th", { class: i > 0 && i !== 5 ? "num" : "", text: t })));
    const body = view.seats.map((x) => el("tr", { "data-seat": x.id }, el("td", { text: x.name }),
      el("td", { class: "num", text: x.submitted }), el("td", { class: "num", text: x.fell_back }),
      el("td", { class: "num", text: fmt(x.moved_from_proposal, 1) }),
      el("td", { class: "num", text: `+${x.shared_beyond_proposal} / \u2212${x.withheld_from_proposal}` }),
      el("td", { text: x.membership_changes.map((c) => `${c.joined ? "joined" : "left"} ${c.mechanism} `
        + `(month ${c.step + 1})`).join("; ") }),
      el("td", { class: "num", text: pair(x.class.effort, x.baseline.effort) }),
      el("td", { class: "num", text: pair(x.class.redundant, x.baseline.redundant) }),
      el("td", { class: "num", text: pair(x.class.complementary, x.baseline.complementary) }),
      el("td", { class: "num", text: `${coverage(x.class)} / ${coverage(x.baseline)}` }),
      el("td", { class: "num", text: `${x.class.cells_left} / ${x.baseline.cells_left} of ${x.class.cell_months}` }),
      el("td", { class: "num", text: pair(x.class.coordination, x.baseline.coordination) })));
    fill("seats", el("thead", {}, head), el("tbody", {}, body));
  }

  function cell(p) {
    const target = p.target === "drivers" ? "its drivers" : "its consequences";
    return `${named(view.names, "challenges", p.challenge)} in ${named(view.names, "districts", p.district)} `
      + `(${target})`;
  }

  function pairItem(p, inClass, redundant) {
    const otherMonths = redundant ? p.other_redundant_months : p.other_months;
    const also = otherMonths.length ? `; the automated run did the same in ${months(otherMonths)}`
      : inClass ? "; the automated run did not" : "";
    const amount = redundant ? `${fmt(p.redundant, 1)} of it beyond what the cell could use`
      : `${fmt(p.complementary, 1)} of it within what the cell could use`;
    return el("li", {}, who(p.by), " added ", `${fmt(p.effort_by, 1)} effort units on ${cell(p)} where `, who(p.of),
      ` put ${fmt(p.effort_of, 1)}, ${months(redundant ? p.redundant_months : p.months)} (${amount})` + also + ".");
  }

  function renderPairs() {
    const p = view.pairs;
    fill("duplicated", p.duplicated.length ? p.duplicated.map((x) => pairItem(x, true, true))
      : el("li", { text: "None: no seat added effort beyond what a need cell could use where another actor worked, "
        + "and nobody did so where a seat worked." }));
    fill("avoided", p.avoided.length ? p.avoided.map((x) => pairItem(x, false, true)) : el("li", { text: "None." }));
    fill("beside", p.beside.length ? p.beside.map((x) => pairItem(x, true, false)) : el("li", { text: "None." }));
  }

  function actors(list) {
    return list.flatMap((s, i) => [i ? ", " : "", who(s.actor)]);
  }

  function gapItem(g) {
    const seen = g.seen_by.length ? [" Seen by ", ...actors(g.seen_by), "."] : [];
    const base = g.baseline_worked_months.length
      ? ` The automated run worked there in ${months(g.baseline_worked_months)}.` : "";
    return el("li", {}, el("b", { text: `${named(view.names, "challenges", g.challenge)} in `
      + named(view.names, "districts", g.district) }), `: nothing done in ${months(g.months)} (need `
      + `${fmt(g.reference_need)} at the start). Could have worked there: `, ...actors(g.could_reach), ".", ...seen,
      base);
  }

  function renderGaps() {
    const g = view.gaps;
    fill("unseen", g.nobody_saw.length ? g.nobody_saw.map(gapItem) : el("li", { text: "None." }));
    fill("seen", g.seen_but_left.length ? g.seen_but_left.map(gapItem) : el("li", { text: "None." }));
    fill("out-of-reach", g.out_of_reach ? `${g.out_of_reach} cells in need had no actor present and mandated for `
      + "them in some month: the scenario leaves them out (out_of_reach), not the class." : "");
  }

  document.addEventListener("DOMContentLoaded", async () => {
    document.getElementById("print").addEventListener("click", () => window.print());
    const reply = await call(`/api/teacher/${token}/debrief`);
    if (reply.status !== 200) {
      fill("notice", reply.body.message || "the debrief cannot be shown");
      return;
    }
    view = reply.body;
    render();
  });
})();
