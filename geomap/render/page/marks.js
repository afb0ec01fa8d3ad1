// One mark per venue, at the venue: a pie of its event types sized by how many events it has in the
// window, with the count in a white hub (the print map draws the same). A place known only as a
// country or region is hollow, with a dashed halo; events mentioned in passing are a thin outer ring.
// The marks are drawn on one canvas, biggest first so small ones stay on top and clickable; the look
// is the same from ten events to a million. On demand the events of a venue spread out around it
// on legs (spiderfy), each dot one event.
geomapPage.define("marks", (app) => {
  const map = app.map, { E, venues, types, passing } = app.rows, T = types.length, V = venues.length;
  const TWO_PI = 2 * Math.PI, SPREAD_MAX = 100;
  map.createPane("geomap-marks").style.zIndex = 450;
  // One canvas for the disputed areas, the marks and spread-out events: drawn in that order, and
  // Leaflet finds what a click hits among them (a second canvas above would take every click).
  const renderer = L.canvas({ padding: 0.3, pane: "geomap-marks" });
  const spiderRenderer = renderer;
  const own = new Int32Array(V * T), bg = new Int32Array(V * T), ownN = new Int32Array(V), bgN = new Int32Array(V);
  const marks = new Array(V), layer = L.layerGroup();
  let active = [];
  // Small signs on a mark's rim that later modules ask for (review.js: events in doubt, new ones):
  // [name, test(event index), style {text, fill, angle}, venues that have such an event].
  const signs = [];
  function addSign(name, test, style) { signs.push([name, test, style, new Uint8Array(V)]); }

  function radius(count) { return count <= 0 ? 0 : count === 1 ? 6 : Math.min(34, 9 + 2.8 * Math.log(count)); }
  function exact(v) { return venues[v].exact; }
  function sizes(v) {
    // [radius of the pie, radius of the passing ring (0: none), radius that takes clicks]
    const r = radius(ownN[v]), rb = bgN[v] ? (r ? r + 4 : radius(bgN[v])) : 0;
    return [r, rb, Math.max(r, rb) + (exact(v) ? 1 : 5)];
  }
  function wedges(ctx, p, r, counts, total, width) {
    // Slices clockwise from 12 o'clock in the order of the types; `width` draws a ring instead.
    let a = -Math.PI / 2;
    for (let k = 0; k < T; k++) {
      const c = counts[k];
      if (!c) continue;
      const b = a + TWO_PI * c / total;
      ctx.beginPath();
      if (width) { ctx.arc(p.x, p.y, r - width / 2, a, b); ctx.lineWidth = width; ctx.strokeStyle = types[k].color; ctx.stroke(); }
      else { ctx.moveTo(p.x, p.y); ctx.arc(p.x, p.y, r, a, b); ctx.closePath(); ctx.fillStyle = types[k].color; ctx.fill(); }
      a = b;
    }
  }
  function circle(ctx, p, r) { ctx.beginPath(); ctx.arc(p.x, p.y, r, 0, TWO_PI); }
  renderer._updateGeomapMark = function (m) {
    if (!this._drawing || m._empty()) return;
    const ctx = this._ctx, p = m._point, v = m.venue, [r, rb] = sizes(v), sure = exact(v);
    const ownCounts = own.subarray(v * T, v * T + T), bgCounts = bg.subarray(v * T, v * T + T);
    // No save()/restore() per mark (the most costly call here): every mark sets what it uses, and
    // these three as after an area's outline, which marks used to inherit.
    ctx.globalAlpha = 1; ctx.lineCap = "round"; ctx.lineJoin = "round";
    if (!sure) {   // the halo: this place is a country or a region, not a point
      circle(ctx, p, Math.max(r, rb) + 4); ctx.setLineDash([3, 3]); ctx.lineWidth = 1.3;
      ctx.strokeStyle = "#3d4650"; ctx.stroke(); ctx.setLineDash([]);
    }
    if (rb) {
      circle(ctx, p, rb + 1); ctx.lineWidth = 4.5; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.stroke();
      wedges(ctx, p, rb, bgCounts, bgN[v], 2.5);
    }
    if (r) {
      if (sure) {
        // The white rim (1.5 px on the edge of the pie) as a white disc under a pie 0.75 px smaller:
        // the same pixels, and filling a disc costs the browser a fraction of stroking a circle.
        circle(ctx, p, r + 0.75); ctx.fillStyle = "#ffffff"; ctx.fill();
        wedges(ctx, p, r - 0.75, ownCounts, ownN[v], 0);
        if (ownN[v] > 1) { circle(ctx, p, r * 0.56); ctx.fillStyle = "#ffffff"; ctx.fill(); }
      } else {
        circle(ctx, p, r); ctx.fillStyle = "rgba(255,255,255,0.55)"; ctx.fill();
        wedges(ctx, p, r, ownCounts, ownN[v], Math.max(3, r * 0.34));
      }
      if (ownN[v] > 1) {
        const text = app.i18n.num(ownN[v]);
        ctx.font = "bold " + (text.length > 4 ? 9 : text.length > 2 ? 10 : 11) + "px system-ui, sans-serif";
        ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.fillStyle = "#1d232a";
        ctx.fillText(text, p.x, p.y + 0.5);
      }
    }
    for (let k = 0; k < signs.length; k++) {
      const s = signs[k][2];
      if (!signs[k][3][v]) continue;
      const R = Math.max(r, rb, 6) + 1, a = s.angle * Math.PI / 180, q = { x: p.x + R * Math.cos(a), y: p.y + R * Math.sin(a) };
      circle(ctx, q, 6.75); ctx.fillStyle = "#ffffff"; ctx.fill();   // its white rim, as for the pie
      circle(ctx, q, 5.25); ctx.fillStyle = s.fill; ctx.fill();
      ctx.font = "bold 9px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.fillStyle = "#ffffff"; ctx.fillText(s.text, q.x, q.y + 0.5);
    }
  };
  const Mark = L.CircleMarker.extend({ _updatePath() { this._renderer._updateGeomapMark(this); } });

  function tooltip(v) {
    const el = app.dom.el, box = el("div", "geomap-tip");
    box.appendChild(el("strong", null, venues[v].name));
    const parts = [];
    for (let k = 0; k < T; k++) if (own[v * T + k]) parts.push(app.i18n.typeCount(types[k].key, own[v * T + k]));
    if (parts.length) box.appendChild(el("div", null, parts.join(", ")));
    if (bgN[v]) box.appendChild(el("div", null, app.i18n.t("mentioned_count", { n: bgN[v] })));
    if (!exact(v)) box.appendChild(el("div", "geomap-muted", app.i18n.t("approximate_place")));
    box.appendChild(el("div", "geomap-muted", app.i18n.t("click_to_list")));
    return box;
  }
  function mark(v) {
    if (marks[v]) return marks[v];
    const m = new Mark([venues[v].lat, venues[v].lon], { renderer, radius: 6, bubblingMouseEvents: false });
    m.venue = v;
    m.bindTooltip(() => tooltip(v), { direction: "top", offset: [0, -8] });
    m.on("click", () => app.popup.openVenue(v));
    marks[v] = m;
    return m;
  }
  // Draw the venues of these events (indices into the columns), replacing what was drawn. A venue
  // that stays keeps its mark on the map (adding and removing Leaflet layers is what a step of the
  // slider used to spend most on); only the marks that come or go are added or removed.
  function show(list) {
    const before = active;
    before.forEach((v) => { ownN[v] = 0; bgN[v] = 0; own.fill(0, v * T, v * T + T); bg.fill(0, v * T, v * T + T); });
    const next = [];
    signs.forEach((s) => s[3].fill(0));
    for (let j = 0; j < list.length; j++) {
      const i = list[j], v = E.venue[i];
      if (ownN[v] === 0 && bgN[v] === 0) next.push(v);
      if (passing(i)) { bg[v * T + E.type[i]]++; bgN[v]++; } else { own[v * T + E.type[i]]++; ownN[v]++; }
      for (let s = 0; s < signs.length; s++) if (signs[s][1](i)) signs[s][3][v] = 1;
    }
    const reach = new Float64Array(V);
    next.forEach((v) => { reach[v] = sizes(v)[2]; });
    next.sort((a, b) => reach[b] - reach[a] || a - b);
    before.forEach((v) => { if (!ownN[v] && !bgN[v]) layer.removeLayer(marks[v]); });
    next.forEach((v) => {
      const m = mark(v);
      if (!layer.hasLayer(m)) { m.options.radius = m._radius = reach[v]; layer.addLayer(m); return; }
      m.setRadius(reach[v]);   // and redraw it: its pie has changed even where its size has not
      if (m.isTooltipOpen()) m.getTooltip().update();
    });
    // Biggest first, so small marks stay on top and take the clicks: the renderer draws and hit-tests
    // its layers in the order of a list, and bringToFront moves a mark to its end.
    next.forEach((v) => marks[v].bringToFront());
    active = next;
    unspread();
  }
  function counts(v) {
    return { own: Array.from(own.subarray(v * T, v * T + T)), background: Array.from(bg.subarray(v * T, v * T + T)),
             total: ownN[v] + bgN[v] };
  }

  // --- spreading a venue's events out on legs ----------------------------------------------------
  const spider = L.layerGroup();
  let spread = null;
  function unspread() {
    if (!spread) return;
    spider.clearLayers();
    spread = null;
  }
  function spreadOut(v, list) {
    unspread();
    if (!list.length || list.length > SPREAD_MAX) return false;
    const centre = map.latLngToLayerPoint([venues[v].lat, venues[v].lon]), count = list.length;
    const base = sizes(v)[2] + 12;
    list.forEach((i, j) => {
      let x, y;
      if (count <= 9) {   // a circle
        const ring = Math.max(base, 7 * count / Math.PI), a = TWO_PI * j / count - Math.PI / 2;
        x = centre.x + ring * Math.cos(a); y = centre.y + ring * Math.sin(a);
      } else {            // a spiral, as Leaflet.markercluster lays out many markers
        const a = 0.9 * j + 0.5, ring = base + 2.2 * a;
        x = centre.x + ring * Math.cos(a); y = centre.y + ring * Math.sin(a);
      }
      const at = map.layerPointToLatLng([x, y]);
      spider.addLayer(L.polyline([[venues[v].lat, venues[v].lon], at], {
        renderer: spiderRenderer, color: "#3d4650", weight: 1, opacity: 0.7, interactive: false }));
      const dot = L.circleMarker(at, { renderer: spiderRenderer, radius: 6, weight: 1.5, color: "#ffffff",
        fillColor: types[E.type[i]].color, fillOpacity: passing(i) ? 0.25 : 1, bubblingMouseEvents: false });
      dot.eventIndex = i;
      dot.bindTooltip(() => { const tip = app.dom.el("div", "geomap-tip");
        tip.appendChild(app.dom.el("strong", null, E.date[i])); tip.appendChild(app.dom.el("div", null, E.headline[i]));
        return tip; }, { direction: "top", offset: [0, -6] });
      dot.on("click", () => app.popup.openEvent(i, at));
      spider.addLayer(dot);
    });
    spread = v;
    return true;
  }
  map.on("zoomstart", unspread);
  map.on("click", unspread);

  function positions() {
    // Where each drawn mark is on the screen, for tests: plain numbers only.
    return active.map((v) => {
      // Unrounded (latLngToContainerPoint rounds to whole pixels).
      const p = map.project([venues[v].lat, venues[v].lon], map.getZoom()).subtract(map.getPixelOrigin()).add(map._getMapPanePos());
      return { venue: v, name: venues[v].name, x: p.x, y: p.y, own: ownN[v], background: bgN[v], radius: sizes(v)[2],
               signs: signs.filter((s) => s[3][v]).map((s) => s[0]) };
    });
  }
  function spiderDots() {
    const out = [];
    spider.eachLayer((l) => { if (l.eventIndex !== undefined) { const p = map.latLngToContainerPoint(l.getLatLng());
      out.push({ id: E.id[l.eventIndex], x: p.x, y: p.y }); } });
    return out;
  }
  return { renderer, layer, spider, show, mark, counts, active: () => active, positions, spreadOut, unspread,
           spreadMax: SPREAD_MAX, radius, spiderDots, addSign };
});
