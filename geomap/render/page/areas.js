// Disputed areas (layers/areas.py): a dashed outline with a neutral fill, a label naming the area in
// the languages of the sides, and a popup with its status. Areas without an outline (islets too
// small to see, a point in the DMZ) are a dashed circle of their rough extent.
geomapPage.define("areas", (app) => {
  const { el } = app.dom, { t } = app.i18n, map = app.map;
  const collection = app.data.areas || { type: "FeatureCollection", features: [] };
  const style = { color: "#5a4a8a", weight: 1.6, dashArray: "4 3", fillColor: "#b9a9e6", fillOpacity: 0.4 };
  function popup(p) {
    const box = el("div", "geomap-popup");
    box.appendChild(el("h3", null, p.label));
    (p.names || []).forEach((n) => box.appendChild(el("div", null, n[0] + ": " + n[1])));
    box.appendChild(el("p", "geomap-status", p.status));
    if (p.note) box.appendChild(el("p", null, p.note));
    if (p.area_km2) box.appendChild(el("div", "geomap-muted", t("area_about", { n: Math.round(p.area_km2) })));
    return box;
  }
  const layer = L.geoJSON(collection, {
    style: () => Object.assign({ renderer: app.marks.renderer }, style),
    pointToLayer: (f, at) => L.circle(at, Object.assign({ renderer: app.marks.renderer }, style,
      { radius: f.properties.radius_km * 1000 })),
    onEachFeature: (f, l) => {
      const p = f.properties;
      l.bindTooltip(el("span", null, p.label), { permanent: true, direction: "center",
        className: p.island ? "geomap-island-label" : "geomap-area-label" });
      l.bindPopup(() => popup(p));
    },
  });
  function labels() {
    // Four island labels on top of each other say nothing: they show once the islands are apart.
    map.getContainer().classList.toggle("geomap-far", map.getZoom() < 6);
  }
  map.on("zoomend", labels);
  labels();
  function list() {
    return collection.features.map((f) => ({ id: f.properties.id, label: f.properties.label, island: !!f.properties.island,
      outline: f.geometry.type !== "Point" }));
  }
  function open(id) {
    let done = false;
    layer.eachLayer((l) => { if (!done && l.feature.properties.id === id) { l.openPopup(); done = true; } });
    return done;
  }
  return { layer, list, open };
});
