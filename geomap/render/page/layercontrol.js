// The layer control, which is also the legend: the base map, then one group of event types for the
// page's own events and one per imported dataset (GDELT, ACLED, POLECAT), each type with its colour
// and the number of its events in the current window, then the other layers.
geomapPage.define("layers", (app) => {
  const { el } = app.dom, { t, num, typeLabel } = app.i18n, map = app.map, rows = app.rows;
  const T = rows.types.length, G = rows.groups;
  const totals = new Int32Array(G * T);
  let passingTotal = 0;
  for (let i = 0; i < rows.n; i++) {
    totals[rows.group(i) * T + rows.E.type[i]]++;
    if (rows.passing(i)) passingTotal++;
  }

  const outlines = L.geoJSON(app.data.basemap, {
    style: { color: "#ffffff", weight: 0.7, fillColor: "#e4e1da", fillOpacity: 1 }, interactive: false });
  const bases = [[t("base_offline"), outlines]].concat((app.data.tiles || []).map((tile) =>
    [tile.name, L.tileLayer(tile.url, { maxZoom: tile.max_zoom, attribution: tile.attribution,
                                        referrerPolicy: "strict-origin-when-cross-origin" })]));
  const counters = [];    // [group, type, span]
  const named = {};       // overlay layers by key, for the shareable link
  let passingCount = null;

  function checkbox(label, checked, onChange, swatch, cls) {
    const row = el("label", "geomap-layer-row" + (cls ? " " + cls : "")), box = el("input");
    box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    row.appendChild(box);
    if (swatch) row.appendChild(swatch);
    row.appendChild(el("span", "geomap-layer-name", label));
    return [row, box];
  }
  function dot(color, hollow) {
    const d = el("span", hollow ? "geomap-dot geomap-dot-hollow" : "geomap-dot");
    if (hollow) d.style.borderColor = color; else d.style.background = color;
    d.setAttribute("aria-hidden", "true");
    return d;
  }
  const control = L.control({ position: "topright" });
  control.onAdd = () => {
    const box = el("section", "geomap-layers leaflet-bar");
    box.setAttribute("aria-label", t("layers"));
    const toggle = el("button", "geomap-btn geomap-layers-toggle", t("layers"));
    toggle.type = "button"; toggle.setAttribute("aria-expanded", "true");
    const body = el("div", "geomap-layers-body");
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open)); body.hidden = !open;
    });
    box.appendChild(toggle); box.appendChild(body);

    const baseSet = el("fieldset", "geomap-layer-group");
    baseSet.appendChild(el("legend", null, t("base_map")));
    bases.forEach(([name, layer], k) => {
      const row = el("label", "geomap-layer-row"), radio = el("input");
      radio.type = "radio"; radio.name = "geomap-base"; radio.checked = k === 0;
      radio.addEventListener("change", () => {
        bases.forEach(([, other]) => { if (map.hasLayer(other)) map.removeLayer(other); });
        map.addLayer(layer);
        if (layer.bringToBack) layer.bringToBack();
      });
      row.appendChild(radio); row.appendChild(el("span", null, name));
      baseSet.appendChild(row);
    });
    body.appendChild(baseSet);

    for (let g = 0; g < G; g++) {
      const set = el("fieldset", "geomap-layer-group");
      set.dataset.group = g ? rows.datasets[g - 1] : "";
      set.appendChild(el("legend", null, g ? t("dataset_group", { dataset: rows.datasets[g - 1] }) :
        (G > 1 ? t("own_events") : t("event_types"))));
      rows.types.forEach((type, k) => {
        if (!totals[g * T + k]) return;
        const [row] = checkbox(typeLabel(type.key), app.filters.isOn(g, k), (on) => app.filters.set(g, k, on),
                               dot(type.color), "geomap-type-row");
        row.dataset.type = type.key;
        const count = el("span", "geomap-layer-count");
        row.appendChild(count);
        counters.push([g, k, count, row.querySelector("input")]);
        set.appendChild(row);
      });
      body.appendChild(set);
    }
    const other = el("fieldset", "geomap-layer-group");
    other.appendChild(el("legend", null, t("other_layers")));
    if (passingTotal) {
      const [row] = checkbox(t("mentioned_layer"), true, (on) => app.filters.setBackground(on),
                             dot("#3d4650", true), "geomap-passing-row");
      passingCount = el("span", "geomap-layer-count");
      row.appendChild(passingCount);
      other.appendChild(row);
    }
    [["routes", t("routes_layer"), app.routes.layer], ["areas", t("areas_layer"), app.areas.layer]].forEach(([key, label, layer]) => {
      const [row] = checkbox(label, true, (on) => { if (on) map.addLayer(layer); else map.removeLayer(layer); app.emit("layers"); });
      row.dataset.layer = key;
      named[key] = layer;
      other.appendChild(row);
    });
    body.appendChild(other);
    L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  // Counts in the window, before the toggles: a switched-off type still says what it would show.
  // Text and boxes are written only when they change: a write, even of the same text, makes the
  // browser recompute the control's styles and layout on the next frame.
  function put(node, prop, value) { if (node[prop] !== value) node[prop] = value; }
  function update(windowed) {
    const per = new Int32Array(G * T), type = rows.E.type;
    let bgCount = 0;
    for (let j = 0; j < windowed.length; j++) {
      const i = windowed[j];
      per[rows.group(i) * T + type[i]]++;
      if (rows.passing(i)) bgCount++;
    }
    counters.forEach(([g, k, span, box]) => { put(span, "textContent", num(per[g * T + k])); put(box, "checked", app.filters.isOn(g, k)); });
    if (passingCount) put(passingCount, "textContent", num(bgCount));
    return per;
  }
  function setOverlay(key, on) {
    const layer = named[key];
    if (!layer) return;
    if (on) map.addLayer(layer); else map.removeLayer(layer);
    const box = document.querySelector(`.geomap-layers [data-layer="${key}"] input`);
    if (box) box.checked = on;
  }
  function overlaysOff() { return Object.keys(named).filter((k) => !map.hasLayer(named[k])); }
  return { control, outlines, update, setOverlay, overlaysOff, totals };
});
