// Visit routes: one curved, dashed line per origin → venue pair in the window, wider for more
// visits; only the busiest, since thousands of thin arcs would hide the map.
geomapPage.define("routes", (app) => {
  const { E, venues, types } = app.rows, origins = app.data.origins, MAX_ROUTES = 120, V = venues.length;
  // On the marks' canvas, drawn first (below the areas and the marks): a second canvas as big as
  // the map would be copied to the screen again on every step of the slider.
  const renderer = app.marks.renderer;
  const layer = L.layerGroup(), lines = new Map();   // pair key (origin × V + venue) → its line
  const color = (types.find((t) => t.key === "visit") || types[0]).color;
  const perPair = new Int32Array(origins.length * V);
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
  function name(p) { return Math.floor(p / V) + ":" + (p % V); }
  function weight(count) { return Math.min(4.5, 1.2 + Math.log2(count) / 2); }
  function line(p) {
    let l = lines.get(p);
    if (!l) {
      const o = origins[Math.floor(p / V)], v = venues[p % V];
      l = L.polyline(curve([o.lat, o.lon], [v.lat, v.lon]), {
        renderer, color, weight: 1.5, opacity: 0.75, dashArray: "6 5", interactive: false });
      l.on("add", () => l.bringToBack());
      lines.set(p, l);
    }
    return l;
  }
  // The busiest pairs of these events, as [pair key, visits]: most visits first, ties in the order
  // of their names ("origin:venue") as before.
  function busiest(list) {
    const seen = [];
    for (let j = 0; j < list.length; j++) {
      const i = list[j], o = E.origin[i];
      if (o === null) continue;
      const p = o * V + E.venue[i];
      if (perPair[p]++ === 0) seen.push(p);
    }
    const top = seen.map((p) => [p, perPair[p]]);
    seen.forEach((p) => { perPair[p] = 0; });
    top.sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1));
    return top.slice(0, MAX_ROUTES);
  }
  // Only the lines that come or go are added or removed, and only a changed width is restyled: each
  // change is a redraw.
  function show(list) {
    const top = busiest(list), next = new Set(top.map((x) => x[0]));
    on.forEach((p) => { if (!next.has(p)) layer.removeLayer(lines.get(p)); });
    top.forEach(([p, count]) => {
      const l = line(p), w = weight(count);
      if (l.options.weight !== w) l.setStyle({ weight: w });
      if (!layer.hasLayer(l)) layer.addLayer(l);
    });
    on = top.map((x) => x[0]);
  }
  return { layer, show, count: () => on.length };
});
