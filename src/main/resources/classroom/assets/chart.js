/* Constellation classroom: a small line chart in SVG (one metric, one or two runs). */
"use strict";

const Chart = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const W = 300, H = 150, L = 38, R = 8, T = 8, B = 22;

  function svg(tag, attrs) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function label(value) {
    const a = Math.abs(value);
    if (a === 0) return "0";
    if (a >= 100) return value.toFixed(0);
    if (a >= 10) return value.toFixed(1);
    return value.toFixed(2);
  }

  /**
   * A chart of series over steps.
   * @param metric the metric as the metrics registry describes it: {name, label, scale, lower, upper,
   *   description}; the axis spans its range where it is bounded
   * @param firstStep the step of each series' first value
   * @param series [{values: [...], kind: "class"|"baseline"}]
   * @param marker a step to mark (the class takes over), or null
   */
  function line(metric, firstStep, series, marker) {
    const title = metric.label || metric.name;
    const all = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v));
    const count = Math.max(1, ...series.map((s) => s.values.length));
    let lo = Number.isFinite(metric.lower) ? Math.min(metric.lower, ...all) : Math.min(0, ...all);
    let hi = Number.isFinite(metric.upper) ? Math.max(metric.upper, ...all) : Math.max(...all, lo);
    if (hi - lo < 1e-9) hi = lo + 1;
    const x = (i) => L + (count <= 1 ? 0 : (i * (W - L - R)) / (count - 1));
    const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title });
    root.appendChild(svg("line", { class: "axis", x1: L, y1: T, x2: L, y2: H - B }));
    root.appendChild(svg("line", { class: "axis", x1: L, y1: H - B, x2: W - R, y2: H - B }));
    for (const v of [lo, (lo + hi) / 2, hi]) {
      const t = svg("text", { x: L - 4, y: y(v) + 3, "text-anchor": "end" });
      t.textContent = label(v);
      root.appendChild(t);
    }
    for (const i of [0, count - 1]) {
      const t = svg("text", { x: x(i), y: H - 6, "text-anchor": i === 0 ? "start" : "end" });
      t.textContent = "month " + (firstStep + i + 1);
      root.appendChild(t);
    }
    if (marker !== null && marker !== undefined && marker > firstStep && marker < firstStep + count) {
      const mx = x(marker - firstStep);
      root.appendChild(svg("line", { class: "marker", x1: mx, y1: T, x2: mx, y2: H - B }));
    }
    for (const s of series) {
      const points = s.values.map((v, i) => Number.isFinite(v) ? `${x(i).toFixed(1)},${y(v).toFixed(1)}` : null)
        .filter((p) => p !== null);
      if (points.length === 1) {
        const [px, py] = points[0].split(",");
        root.appendChild(svg("circle", { class: s.kind, cx: px, cy: py, r: 3 }));
      } else if (points.length > 1) {
        root.appendChild(svg("polyline", { class: s.kind, points: points.join(" ") }));
      }
    }
    const box = document.createElement("div");
    box.className = "chart";
    box.dataset.metric = metric.name;
    const h = document.createElement("h3");
    h.textContent = title;
    h.title = metric.description || "";
    if (metric.scale) {
      const unit = document.createElement("span");
      unit.className = "muted unit";
      unit.textContent = ` (${metric.scale})`;
      h.appendChild(unit);
    }
    box.appendChild(h);
    box.appendChild(root);
    return box;
  }

  return { line };
})();
