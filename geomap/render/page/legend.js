// The title box, the legend of the symbols, and the summary a screen reader hears first.
geomapPage.define("legend", (app) => {
  const { el, srOnly } = app.dom, { t, num } = app.i18n, rows = app.rows, map = app.map, data = app.data;
  // The documents' own period: events mentioned in passing are counted apart and do not stretch it.
  let first = Infinity, last = -Infinity, passingN = 0;
  for (let i = 0; i < rows.n; i++) {
    if (rows.passing(i)) { passingN++; continue; }
    first = Math.min(first, rows.E.t0[i]); last = Math.max(last, rows.E.t1[i]);
  }
  const period = first <= last ? app.i18n.day(first) + " – " + app.i18n.day(last) : "";
  const own = rows.n - passingN, unplaced = data.unplaced.length;

  const info = L.control({ position: "topleft" });
  info.onAdd = () => {
    const box = el("div", "geomap-title leaflet-bar");
    box.appendChild(el("h1", null, data.title));
    const parts = [];
    if (period) parts.push(period);
    parts.push(t("events_on_map", { n: own }));
    if (passingN) parts.push(t("mentioned_count", { n: passingN }));
    if (unplaced) parts.push(t("without_place", { n: unplaced }));
    box.appendChild(el("div", "geomap-muted", parts.join(" · ")));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };

  const extra = [];   // rows that later modules add (review.js: the signs for doubt and change)
  function addRow(kind, text) { extra.push([kind, text]); }
  function symbol(kind) {
    const s = el("span", "geomap-symbol geomap-symbol-" + kind);
    s.setAttribute("aria-hidden", "true");
    return s;
  }
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => {
    const box = el("div", "geomap-legend leaflet-bar");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("legend"));
    [["pie", t("legend_pie")], ["hollow", t("legend_hollow")], ["ring", t("legend_ring")],
     ["arc", t("legend_route")], ["island", t("legend_area")]].concat(extra).forEach(([kind, text]) => {
      const row = el("div", "geomap-legend-row");
      row.appendChild(symbol(kind)); row.appendChild(el("span", null, text));
      box.appendChild(row);
    });
    box.appendChild(el("div", "geomap-muted", t("legend_base")));
    return box;
  };

  // The summary: what the map shows, in words, for those who cannot see it.
  const perVenue = new Int32Array(rows.venues.length);
  for (let i = 0; i < rows.n; i++) perVenue[rows.E.venue[i]]++;
  const busiest = Array.from(perVenue.keys()).filter((v) => perVenue[v]).sort((a, b) => perVenue[b] - perVenue[a] || a - b);
  const summary = srOnly("p", [
    t("summary_map", { title: data.title }),
    t("summary_events", { n: own, places: busiest.length, period: period || "–" }),
    busiest.length ? t("summary_busiest", { places: busiest.slice(0, 5).map((v) => rows.venues[v].name + " (" + num(perVenue[v]) + ")").join(", ") }) : "",
    t("summary_table"), t("summary_keys"),
  ].filter(Boolean).join(" "));
  summary.id = "geomap-summary";
  const container = map.getContainer();
  container.parentNode.insertBefore(summary, container);
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", t("map_label", { title: data.title }));
  container.setAttribute("aria-describedby", "geomap-summary");
  return { info, legend, period, own, passing: passingN, addRow };
});
