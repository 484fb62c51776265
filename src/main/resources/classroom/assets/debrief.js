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
    fill("charts", view.metrics.filter((m) => m.watched).map((m) => Chart.line(m.name, m.description, first,
      [{ values: m.baseline, kind: "baseline" }, { values: m.class, kind: "class" }], null)));
    fill("metrics", el("thead", {}, el("tr", {}, el("th", { text: "metric" }),
      el("th", { class: "num", text: "class" }), el("th", { class: "num", text: "automated" }),
      el("th", { class: "num", text: "difference" }), el("th", { text: "what it measures" }))),
    el("tbody", {}, view.metrics.map((m) => el("tr", { "data-metric": m.name }, el("td", {}, m.watched ? el("b", {
      text: m.name }) : m.name), el("td", { class: "num", text: fmt(m.class_mean, 3) }),
    el("td", { class: "num", text: fmt(m.baseline_mean, 3) }),
    el("td", { class: "num", text: (m.class_mean >= m.baseline_mean ? "+" : "")
      + fmt(m.class_mean - m.baseline_mean, 3) }),
    el("td", { class: "muted", text: m.description })))));
    renderSeats();
    renderOverlaps();
    renderGaps();
  }

  function pair(a, b) {
    return `${fmt(a, 1)} / ${fmt(b, 1)}`;
  }

  function renderSeats() {
    const head = el("tr", {}, ["seat", "submitted", "model decided", "moved", "shared +/\u2212", "membership",
      "effort", "overlapping", "needy left", "coordination"].map((t, i) => el("th", {
      class: i > 0 && i !== 5 ? "num" : "", text: t })));
    const body = view.seats.map((x) => el("tr", { "data-seat": x.id }, el("td", { text: x.name }),
      el("td", { class: "num", text: x.submitted }), el("td", { class: "num", text: x.fell_back }),
      el("td", { class: "num", text: fmt(x.moved_from_proposal, 1) }),
      el("td", { class: "num", text: `+${x.shared_beyond_proposal} / \u2212${x.withheld_from_proposal}` }),
      el("td", { text: x.membership_changes.map((c) => `${c.joined ? "joined" : "left"} ${c.mechanism} `
        + `(month ${c.step + 1})`).join("; ") }),
      el("td", { class: "num", text: pair(x.class.effort, x.baseline.effort) }),
      el("td", { class: "num", text: pair(x.class.overlapping_effort, x.baseline.overlapping_effort) }),
      el("td", { class: "num", text: `${x.class.needy_cells_left} / ${x.baseline.needy_cells_left}` }),
      el("td", { class: "num", text: pair(x.class.coordination, x.baseline.coordination) })));
    fill("seats", el("thead", {}, head), el("tbody", {}, body));
  }

  function overlapItem(o, inClass) {
    const also = o.baseline_months.length ? `; the automated run did the same in ${months(o.baseline_months)}`
      : inClass ? "; the automated run did not" : "";
    return el("li", {}, who(o.a), " and ", who(o.b), ` both did ${named(view.names, "activities", o.activity)} in `
      + `${named(view.names, "districts", o.district)}, ${months(o.months)} (effort ${pair(o.effort_a, o.effort_b)})`
      + also + ".");
  }

  function renderOverlaps() {
    const o = view.overlaps;
    fill("overlaps", o.class.length ? o.class.map((x) => overlapItem(x, true))
      : el("li", { text: "None: no seat did what another actor did in the same place and month." }));
    fill("avoided", o.avoided.length ? o.avoided.map((x) => overlapItem(x, false))
      : el("li", { text: "None." }));
  }

  function gapItem(g) {
    const seen = g.seen_by.length ? [" Seen by ", ...g.seen_by.flatMap((s, i) => [i ? ", " : "", who(s.actor)]), "."]
      : [];
    const base = g.baseline_covered_months.length
      ? ` The automated run covered it in ${months(g.baseline_covered_months)}.` : "";
    return el("li", {}, el("b", { text: `${named(view.names, "challenges", g.challenge)} in `
      + named(view.names, "districts", g.district) }), `: uncovered in ${months(g.months)} (need up to `
      + `${fmt(g.peak_need)}).`, ...seen, base);
  }

  function renderGaps() {
    const g = view.gaps;
    fill("unseen", g.nobody_saw.length ? g.nobody_saw.map(gapItem) : el("li", { text: "None." }));
    fill("seen", g.seen_but_left.length ? g.seen_but_left.map(gapItem) : el("li", { text: "None." }));
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
