// Visit routes: one curved, dashed line per origin → venue pair in the window, wider for more
// visits; only the busiest, since thousands of thin arcs would hide the map.
geomapPage.define("routes", (app) => {
  const { E, venues, types } = app.rows, origins = app.data.origins, MAX_ROUTES = 120;
  const renderer = L.canvas({ padding: 0.3, pane: "geomap-routes" });
  const layer = L.layerGroup(), lines = {};
  const color = (types.find((t) => t.key === "visit") || types[0]).color;
  let on = [];
  function curve(a, b) {
    // A quadratic Bézier in lat/lon bowing to the left of the direction of travel.
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2, dx = b[0] - a[0], dy = b[1] - a[1];
    const c = [mx - dy * 0.2, my + dx * 0.2], pts = [];
    for (let s = 0; s <= 24; s++) {
      const u = s / 24, w = 1 - u;
      pts.push([w * w * a[0] + 2 * w * u * c[0] + u * u * b[0], w * w * a[1] + 2 * w * u * c[1] + u * u * b[1]]);
    }
    return pts;
  }
  function show(list) {
    const pairs = {};
    list.forEach((i) => { if (E.origin[i] !== null) { const p = E.origin[i] + ":" + E.venue[i]; pairs[p] = (pairs[p] || 0) + 1; } });
    const top = Object.keys(pairs).sort((a, b) => pairs[b] - pairs[a] || (a < b ? -1 : 1)).slice(0, MAX_ROUTES);
    on.forEach((p) => layer.removeLayer(lines[p]));
    on = top;
    top.forEach((p) => {
      if (!lines[p]) {
        const k = p.split(":").map(Number), o = origins[k[0]], v = venues[k[1]];
        lines[p] = L.polyline(curve([o.lat, o.lon], [v.lat, v.lon]), {
          renderer, color, weight: 1.5, opacity: 0.75, dashArray: "6 5", interactive: false });
      }
      lines[p].setStyle({ weight: Math.min(4.5, 1.2 + Math.log2(pairs[p]) / 2) });
      layer.addLayer(lines[p]);
    });
  }
  return { layer, show, count: () => on.length };
});
