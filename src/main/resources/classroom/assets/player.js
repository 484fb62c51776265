/* Constellation classroom: the player's page. Shows only what the seat's actor believes; submits its choices. */
"use strict";

(() => {
  const { token, el, fill, call, listen, fmt, month, named, countdown } = Classroom;
  const KINDS = ["needs", "plans", "intel"];
  const KIND_TEXT = { needs: "needs assessment", plans: "activity plans", intel: "threat intelligence" };
  let view = null;
  let formStep = null;
  let formEditable = null;
  let rows = [];

  async function refresh() {
    const reply = await call(`/api/seat/${token}`);
    if (reply.status !== 200) {
      notice(reply.body.message || "this page cannot be shown", "bad");
      return;
    }
    view = reply.body;
    render();
  }

  function notice(text, kind) {
    const node = document.getElementById("notice");
    node.className = "notice" + (kind ? " " + kind : "");
    node.textContent = text || "";
  }

  function render() {
    const s = view.session, seat = view.seat, m = view.month;
    document.title = `${seat.name}: Constellation classroom`;
    document.getElementById("seat-name").textContent = seat.name;
    document.getElementById("scenario").textContent = s.title;
    document.getElementById("month").textContent = s.status === "finished" ? "ended" : month(s.step);
    const badge = document.getElementById("status");
    const state = s.status === "open" && view.submitted ? "submitted" : s.status;
    badge.textContent = state;
    badge.className = "badge " + state;
    countdown("clock", s.seconds_left, s.status === "open");
    notice(...explain());
    renderMeans(m);
    if (formStep !== s.step) {
      formStep = s.step;
      startForm();
      renderForm();
    } else if (formEditable !== open()) {
      renderForm();
    } else {
      updateLeft();
    }
    renderBeliefs();
    renderLast();
    renderReceived();
    renderMandate();
  }

  function explain() {
    const s = view.session, m = view.month, last = view.last;
    if (s.status === "finished") return ["The session has ended. Your teacher will show the debrief.", ""];
    if (s.restarted) return ["The session restarted after an interruption; nothing you submitted was lost. "
      + "Wait for the teacher to resume.", ""];
    if (s.status === "waiting") return ["The teacher has not started yet: read your briefing and what you believe "
      + "below.", ""];
    if (s.status === "paused") return ["The teacher has paused the session.", ""];
    if (!m.active) return [`${view.seat.name} is not deployed this month: there is nothing to decide.`, ""];
    if (last && last.fell_back) return [`You did not submit in ${month(last.step)}: your staff's own plan was `
      + "carried out instead.", "bad"];
    if (view.submitted) return ["Submitted. You can still change your decisions until the month resolves.", "good"];
    return ["", ""];
  }

  function renderMeans(m) {
    fill("means",
      el("div", {}, "Capacity", el("b", { id: "capacity", text: fmt(m.capacity) })),
      el("div", {}, "Staff time on coordination", el("b", { id: "coordination", text: fmt(m.coordination) })),
      m.banked > 0 ? el("div", {}, "Banked earlier", el("b", { id: "banked", text: fmt(m.banked) })) : null,
      el("div", {}, "For activities", el("b", { id: "budget", text: fmt(m.budget) })),
      el("div", {}, "Sharing rule", el("b", { text: view.session.sharing_rule })),
      view.seat.closes !== null ? el("div", {}, "Leaves (announced)", el("b", { id: "closes",
        text: month(view.seat.closes) })) : null);
  }

  // ----- the form -----

  function startForm() {
    const mine = view.submitted;
    rows = [];
    if (mine && mine.plan) rows = mine.plan.map((p) => ({ district: p.district, activity: p.activity,
      effort: fmt(p.effort), exact: p.effort }));
    const shared = new Set((mine ? mine.share : []).map((c) => c.to + "/" + c.kind));
    document.getElementById("share").dataset.chosen = JSON.stringify([...shared]);
    const members = {};
    for (const o of view.month.memberships) members[o.mechanism] = mine && o.mechanism in mine.membership
      ? mine.membership[o.mechanism] : o.member;
    document.getElementById("members").dataset.chosen = JSON.stringify(members);
    fill("problems");
    if (rows.length === 0 && view.month.replans) rows.push(blankRow());
  }

  function blankRow() {
    const m = view.month;
    return { district: m.workable[0] || "", activity: view.mandate.length ? view.mandate[0].id : "", effort: "",
      exact: null };
  }

  function open() {
    return view.session.status === "open" && view.month.active;
  }

  function renderForm() {
    const m = view.month;
    const editable = open();
    formEditable = editable;
    document.getElementById("decide").hidden = view.session.status === "finished";
    const planning = m.active && m.replans;
    document.getElementById("plan-help").textContent = !m.active ? "" : planning
      ? "Choose a district, an activity of your mandate and an amount of effort, row by row. What you leave "
        + (view.seat.banks_unspent ? "unspent stays in your budget until the end of your funding cycle."
          : "unspent is held back: staff time not used this month is gone.")
      : `Your funding is earmarked: you keep this allocation until your next budget cycle (every `
        + `${view.seat.replan_interval} months).`;
    const container = document.getElementById("plan-rows");
    if (!planning) {
      container.replaceChildren(workTable(m.proposal));
    } else {
      container.replaceChildren(...rows.map((r, i) => planRow(r, i, editable)));
    }
    for (const id of ["add-row", "fill-proposal", "clear-plan"]) {
      document.getElementById(id).hidden = !planning;
      document.getElementById(id).disabled = !editable;
    }
    document.getElementById("submit").disabled = !editable;
    updateLeft();
    renderShare(editable);
    renderMembers(editable);
  }

  function planRow(r, i, editable) {
    const districts = view.picture.districts.filter((d) => d.workable);
    const district = el("select", { class: "district", "aria-label": "district", disabled: !editable,
      onchange: (e) => { r.district = e.target.value; } },
      districts.map((d) => el("option", { value: d.id, text: d.name, selected: d.id === r.district })));
    const activity = el("select", { class: "activity", "aria-label": "activity", disabled: !editable,
      onchange: (e) => { r.activity = e.target.value; } },
      view.mandate.map((a) => el("option", { value: a.id, selected: a.id === r.activity,
        text: `${named(view.names, "challenges", a.challenge)}: ${a.label}` })));
    const effort = el("input", { class: "effort", type: "number", min: "0", step: "any", inputmode: "decimal",
      "aria-label": "effort", value: r.effort, disabled: !editable,
      oninput: (e) => { r.effort = e.target.value; updateLeft(); } });
    const remove = el("button", { type: "button", class: "remove", text: "Remove", disabled: !editable,
      onclick: () => { rows.splice(i, 1); renderForm(); } });
    return el("div", { class: "plan-row" }, district, activity, effort, remove);
  }

  /** The effort as typed: a number, or the text itself (the server says what is wrong with it). */
  function typed(r) {
    if (r.exact !== null && r.effort === fmt(r.exact)) return r.exact;
    const v = Number(String(r.effort).trim());
    return Number.isFinite(v) ? v : String(r.effort);
  }

  function amount(r) {
    if (r.exact !== null && r.effort === fmt(r.exact)) return r.exact;
    const v = parseFloat(r.effort);
    return Number.isFinite(v) ? v : 0;
  }

  function updateLeft() {
    const m = view.month;
    const spent = rows.reduce((sum, r) => sum + amount(r), 0);
    const left = m.replans ? m.budget - spent : 0;
    const node = document.getElementById("left");
    node.textContent = m.replans ? `${fmt(left)} of ${fmt(m.budget)} effort units` : "(allocation kept)";
    node.className = "left" + (left < -1e-6 ? " over" : "");
  }

  function renderShare(editable) {
    const table = document.getElementById("share");
    const chosen = new Set(JSON.parse(table.dataset.chosen || "[]"));
    const byReceiver = new Map();
    for (const c of view.month.channels) {
      if (!byReceiver.has(c.to)) byReceiver.set(c.to, {});
      byReceiver.get(c.to)[c.kind] = c;
    }
    document.getElementById("share-help").textContent = byReceiver.size === 0
      ? `The sharing rule (${view.session.sharing_rule}) opens no channel to you this month.`
      : "Tick what you pass on, and to whom. \u2713 marks what your staff would pass on this month.";
    const head = el("tr", {}, el("th", { text: "to" }), KINDS.map((k) => el("th", { text: k })));
    const body = [...byReceiver.entries()].map(([to, kinds]) => el("tr", {},
      el("td", { text: named(view.names, "actors", to) }),
      KINDS.map((k) => el("td", {}, kinds[k] ? [
        el("input", { type: "checkbox", class: "share-box", "data-to": to, "data-kind": k, disabled: !editable,
          "aria-label": `share ${k} with ${named(view.names, "actors", to)}`, checked: chosen.has(to + "/" + k),
          onchange: (e) => toggle(table, to + "/" + k, e.target.checked) }),
        kinds[k].automated ? el("span", { class: "habit", text: "\u2713 staff" }) : null] : "")) ));
    table.replaceChildren(el("thead", {}, head), el("tbody", {}, body));
  }

  function toggle(table, key, on) {
    const chosen = new Set(JSON.parse(table.dataset.chosen || "[]"));
    if (on) chosen.add(key); else chosen.delete(key);
    table.dataset.chosen = JSON.stringify([...chosen]);
  }

  function renderMembers(editable) {
    const box = document.getElementById("members");
    const chosen = JSON.parse(box.dataset.chosen || "{}");
    if (view.month.memberships.length === 0) {
      box.replaceChildren(el("p", { class: "muted", text: "No coordination mechanism asks for you this month." }));
      return;
    }
    box.replaceChildren(...view.month.memberships.map((o) => el("label", { class: "row member" },
      el("input", { type: "checkbox", class: "member-box", "data-mechanism": o.mechanism,
        checked: !!chosen[o.mechanism],
        disabled: !editable || (!o.eligible && !chosen[o.mechanism]),
        onchange: (e) => { chosen[o.mechanism] = e.target.checked; box.dataset.chosen = JSON.stringify(chosen); } }),
      ` Take part in ${o.mechanism}`,
      el("span", { class: "muted", text: o.automated ? " (your organisation's usual choice)" : o.eligible
        ? " (open to you)" : "" }))));
  }

  function fillProposal() {
    rows = view.month.proposal.map((p) => ({ district: p.district, activity: p.activity, effort: fmt(p.effort),
      exact: p.effort }));
    const table = document.getElementById("share");
    table.dataset.chosen = JSON.stringify(view.month.channels.filter((c) => c.automated)
      .map((c) => c.to + "/" + c.kind));
    const members = {};
    for (const o of view.month.memberships) members[o.mechanism] = o.member;
    document.getElementById("members").dataset.chosen = JSON.stringify(members);
    renderForm();
  }

  async function submit() {
    const m = view.month;
    const body = {
      step: view.session.step,
      plan: m.replans ? rows.filter((r) => String(r.effort).trim() !== "")
        .map((r) => ({ district: r.district, activity: r.activity, effort: typed(r) })) : [],
      share: JSON.parse(document.getElementById("share").dataset.chosen || "[]").map((key) => {
        const [to, kind] = key.split("/");
        return { to, kind };
      }),
      membership: JSON.parse(document.getElementById("members").dataset.chosen || "{}"),
    };
    document.getElementById("submit").disabled = true;
    const reply = await call(`/api/seat/${token}/submit`, "POST", body);
    document.getElementById("submit").disabled = !open();
    fill("message", el("span", { class: reply.status === 200 ? "better" : "worse", text: reply.body.message }));
    fill("problems", (reply.body.problems || []).map((p) => el("li", { text: (p.field ? p.field + ": " : "")
      + p.message })));
    if (reply.status === 200) refresh();
  }

  // ----- what the seat believes and knows -----

  function renderBeliefs() {
    const threshold = view.session.gap_threshold;
    const challenges = Object.keys(view.names.challenges);
    const truth = view.truth;
    const head = el("tr", {}, el("th", { text: "district" }),
      challenges.map((c) => el("th", { text: view.names.challenges[c] })), el("th", { text: "group strength" }));
    const body = view.picture.districts.map((d) => el("tr", { "data-district": d.id },
      el("td", {}, d.name, d.workable ? null : el("span", { class: "habit", text: "cannot work here now" })),
      d.needs.map((n) => el("td", { class: "num " + (n.belief > threshold ? "cell-high" : ""),
        title: n.updated === null ? "never observed" : "last news " + month(n.updated) },
        `${fmt(n.belief)} \u00b1${fmt(n.sd)}`,
        truth ? el("span", { class: "truth", text: ` true ${fmt(truth[d.id][n.challenge])}` }) : null)),
      el("td", { class: "num", text: d.threat ? `${fmt(d.threat.strength)} \u00b1${fmt(d.threat.sd)}` : "unknown" })));
    fill("beliefs", el("table", {}, el("thead", {}, head), el("tbody", {}, body)),
      truth ? el("p", { class: "truth", text: "The teacher has revealed the true needs (in red)." }) : null);
  }

  function workTable(entries) {
    if (!entries || entries.length === 0) return el("p", { class: "muted", text: "none" });
    return el("table", { class: "work" }, el("thead", {}, el("tr", {}, el("th", { text: "district" }),
      el("th", { text: "activity" }), el("th", { class: "num", text: "effort" }))),
    el("tbody", {}, entries.map((e) => el("tr", {}, el("td", { text: named(view.names, "districts", e.district) }),
      el("td", { text: named(view.names, "activities", e.activity) }),
      el("td", { class: "num", text: fmt(e.effort) })))));
  }

  function renderLast() {
    const last = view.last;
    if (!last) {
      fill("last", el("p", { class: "muted", text: "Nothing yet: this is the first month." }));
      return;
    }
    const notes = [];
    if (last.played && last.submitted) notes.push(`You submitted a plan of ${fmt(last.planned)}; `
      + `${fmt(last.done)} was carried out.`);
    if (last.scaled) notes.push("Coordination took more staff time than expected, so your plan was scaled down.");
    if (last.fell_back) notes.push("You did not submit: your staff's own plan was carried out.");
    if (!last.played) notes.push("The model played this month for you, before the class took over.");
    fill("last", el("p", { class: "muted", text: `${month(last.step)}: staff time on coordination `
      + `${fmt(last.coordination)}. ${notes.join(" ")}` }), workTable(last.work));
  }

  function renderReceived() {
    const items = view.received.map((r) => {
      const who = named(view.names, "actors", r.from);
      let what;
      if (r.kind === "plans") {
        what = r.about.map((a) => `${fmt(a.effort)} on ${named(view.names, "activities", a.activity)} in `
          + named(view.names, "districts", a.district)).join("; ") || "no activities";
      } else if (r.kind === "needs") {
        const places = [...new Set(r.about.map((a) => named(view.names, "districts", a.district)))];
        what = "needs in " + places.join(", ");
      } else {
        what = r.about.map((a) => `${named(view.names, "districts", a.district)} ${fmt(a.strength)}`).join(", ")
          || "nothing known";
      }
      return el("li", {}, el("b", { text: who }), ` sent its ${KIND_TEXT[r.kind]} (${month(r.sent)}): ${what}`);
    });
    fill("received", items.length ? el("ul", { class: "findings" }, items)
      : el("p", { class: "muted", text: "Nobody told you anything this month." }));
    fill("known", workTable(view.picture.known),
      view.picture.groups.map((g) => el("p", { class: "muted", text: `You plan jointly in ${g.mechanism} with `
        + g.with.map((a) => named(view.names, "actors", a)).join(", ") + "." })));
  }

  function renderMandate() {
    fill("mandate", el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "challenge" }),
      el("th", { text: "activity" }), el("th", { text: "how" }))),
    el("tbody", {}, view.mandate.map((a) => el("tr", {},
      el("td", { text: named(view.names, "challenges", a.challenge) }),
      el("td", { text: a.label }), el("td", { text: a.mode + (a.institution ? " (through " + a.institution + ")" : "")
        + (a.executive ? ", executive" : "") }))))));
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("add-row").addEventListener("click", () => { rows.push(blankRow()); renderForm(); });
    document.getElementById("fill-proposal").addEventListener("click", fillProposal);
    document.getElementById("clear-plan").addEventListener("click", () => { rows = [blankRow()]; renderForm(); });
    document.getElementById("submit").addEventListener("click", submit);
    listen(`/api/seat/${token}/events`, refresh,
      () => notice("Connection to the server lost; reconnecting\u2026", "bad"));
    refresh();
  });
})();
