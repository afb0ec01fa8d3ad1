// geomap page logic: draws the events blob onto the Leaflet map that folium created.
// Every piece of user text reaches the page through textContent (el/text below) and every address
// through link(), so nothing in the data is ever parsed as HTML or script.
window.geomapDraw = function (map, data) {
  "use strict";
  var DAY = 86400000;
  var F = {};
  data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows, types = data.types, venues = data.venues;

  // --- safe DOM helpers ------------------------------------------------------------------------
  function el(tag, cls, textValue) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (textValue !== undefined && textValue !== null) node.textContent = String(textValue);
    return node;
  }
  function link(url) {
    var ok = false;
    try { ok = /^https?:$/.test(new URL(url).protocol); } catch (e) { ok = false; }
    if (!ok) return el("span", "geomap-badurl", url);
    var a = el("a", null, shorten(url));
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; a.title = url;
    return a;
  }
  function shorten(url) {
    try {
      var u = new URL(url), path = u.pathname.length > 28 ? u.pathname.slice(0, 27) + "…" : u.pathname;
      return u.hostname.replace(/^www\./, "") + path;
    } catch (e) { return url; }
  }
  function countryName(code) { return data.countries[code] || code; }
  function dayLabel(d) {
    var t = new Date(d * DAY);
    return t.toISOString().slice(0, 10);
  }
  function monthLabel(d) {
    var t = new Date(d * DAY);
    return t.toLocaleString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  }

  // --- event cards (popup, table) --------------------------------------------------------------
  function card(i) {
    var r = rows[i], t = types[r[F.type]], v = venues[r[F.venue]];
    var box = el("article", "geomap-card");
    box.dataset.eventId = r[F.id];
    var head = el("div", "geomap-card-head");
    var dot = el("span", "geomap-dot"); dot.style.background = t.color;
    head.appendChild(dot);
    head.appendChild(el("span", "geomap-card-type", t.label.replace(/s$/, "")));
    head.appendChild(el("span", "geomap-card-date", r[F.date]));
    box.appendChild(head);
    box.appendChild(el("h3", null, r[F.headline]));
    var where = v[0] + (r[F.basis] === "implied" ? " (implied by the text)" : "");
    if (r[F.origin] !== null) where = data.origins[r[F.origin]][0] + " → " + where;
    box.appendChild(el("div", "geomap-card-where", where));
    var who = r[F.actors].map(countryName).join(", ");
    if (r[F.persons].length) who += (who ? " · " : "") + r[F.persons].join(", ");
    if (who) box.appendChild(el("div", "geomap-card-who", who));
    if (r[F.summary]) box.appendChild(el("p", null, r[F.summary]));
    if (r[F.sources].length) {
      var src = el("div", "geomap-card-sources", "Sources: ");
      r[F.sources].forEach(function (u, k) {
        if (k) src.appendChild(document.createTextNode(" · "));
        src.appendChild(link(u));
      });
      box.appendChild(src);
    }
    return box;
  }

  // --- time window -----------------------------------------------------------------------------
  var range = data.days || [0, 0];
  var state = { t: range[1], window: "all", hidden: {} };
  function windowBounds() {
    if (state.window === "all") return [-Infinity, Infinity];
    var d = new Date(state.t * DAY);
    if (state.window === "day") return [state.t, state.t];
    var y = d.getUTCFullYear(), m = d.getUTCMonth();
    if (state.window === "month") {
      return [Date.UTC(y, m, 1) / DAY, Date.UTC(y, m + 1, 1) / DAY - 1];
    }
    return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
  }

  // --- layers ----------------------------------------------------------------------------------
  var markers = new Array(rows.length), arcs = new Array(rows.length);
  var groups = types.map(function () { return L.layerGroup(); });
  var arcLayer = L.layerGroup();
  var visible = [];

  function curve(a, b) {
    // A gentle great-circle-free arc: a quadratic Bézier in lat/lon, bulging to the left.
    var mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2, dx = b[0] - a[0], dy = b[1] - a[1];
    var c = [mx - dy * 0.2, my + dx * 0.2], pts = [];
    for (var s = 0; s <= 24; s++) {
      var u = s / 24, w = 1 - u;
      pts.push([w * w * a[0] + 2 * w * u * c[0] + u * u * b[0], w * w * a[1] + 2 * w * u * c[1] + u * u * b[1]]);
    }
    return pts;
  }

  rows.forEach(function (r, i) {
    var v = venues[r[F.venue]], t = types[r[F.type]];
    var m = L.circleMarker([v[1], v[2]], {
      radius: 7, weight: 1.5, color: "#ffffff", fillColor: t.color, fillOpacity: 0.92,
      className: "geomap-event geomap-type-" + t.key
    });
    m.geomapIndex = i;
    m.bindTooltip(function () {
      var tip = el("div", "geomap-tip");
      tip.appendChild(el("strong", null, r[F.date] + " · " + v[0]));
      tip.appendChild(el("div", null, r[F.headline]));
      return tip;
    }, { direction: "top", offset: [0, -6] });
    m.on("click", function () { openVenue(i); });
    markers[i] = m;
    if (r[F.origin] !== null) {
      var o = data.origins[r[F.origin]];
      arcs[i] = L.polyline(curve([o[1], o[2]], [v[1], v[2]]), {
        color: t.color, weight: 2, opacity: 0.75, dashArray: "6 5", interactive: false,
        className: "geomap-arc"
      });
    }
  });

  function openVenue(i) {
    // Every event visible at this venue, the clicked one first: nothing stays hidden underneath.
    var here = visible.filter(function (j) { return rows[j][F.venue] === rows[i][F.venue]; });
    here.sort(function (a, b) { return (a !== i) - (b !== i) || rows[a][F.t0] - rows[b][F.t0]; });
    var box = el("div", "geomap-popup");
    if (here.length > 1) {
      box.appendChild(el("div", "geomap-popup-count",
        here.length + " events at " + venues[rows[i][F.venue]][0] + " in this view"));
    }
    here.forEach(function (j) { box.appendChild(card(j)); });
    L.popup({ maxWidth: 360, maxHeight: 380, autoPanPadding: [30, 30] })
      .setLatLng(markers[i].getLatLng()).setContent(box).openOn(map);
  }

  function spread() {
    // Fan out events that share a venue so each one can be seen and clicked on its own.
    var byVenue = {};
    visible.forEach(function (i) { (byVenue[rows[i][F.venue]] = byVenue[rows[i][F.venue]] || []).push(i); });
    Object.keys(byVenue).forEach(function (k) {
      var list = byVenue[k], v = venues[k], n = list.length;
      var centre = map.latLngToLayerPoint([v[1], v[2]]);
      list.forEach(function (i, j) {
        if (n === 1) { markers[i].setLatLng([v[1], v[2]]); return; }
        var ring = 9 + 2.2 * n, angle = 2 * Math.PI * j / n - Math.PI / 2;
        var p = L.point(centre.x + ring * Math.cos(angle), centre.y + ring * Math.sin(angle));
        markers[i].setLatLng(map.layerPointToLatLng(p));
      });
    });
  }

  function refresh() {
    var b = windowBounds();
    visible = [];
    rows.forEach(function (r, i) {
      var on = !state.hidden[r[F.type]] && r[F.t1] >= b[0] && r[F.t0] <= b[1];
      var g = groups[r[F.type]];
      if (on) { visible.push(i); if (!g.hasLayer(markers[i])) g.addLayer(markers[i]); }
      else if (g.hasLayer(markers[i])) g.removeLayer(markers[i]);
      if (arcs[i]) {
        if (on) { if (!arcLayer.hasLayer(arcs[i])) arcLayer.addLayer(arcs[i]); }
        else if (arcLayer.hasLayer(arcs[i])) arcLayer.removeLayer(arcs[i]);
      }
    });
    spread();
    updateClock(b);
    filterTable();
  }
  map.on("zoomend", spread);

  // --- base layers, islands, layer control -----------------------------------------------------
  var outlines = L.geoJSON(data.basemap, {
    style: { color: "#ffffff", weight: 0.7, fillColor: "#e4e1da", fillOpacity: 1 },
    interactive: false
  });
  outlines.addTo(map);
  var online = {
    "OpenStreetMap (online)": L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 19, attribution: "© OpenStreetMap contributors" }),
    "CARTO light (online)": L.tileLayer("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png", {
      maxZoom: 19, attribution: "© OpenStreetMap contributors © CARTO" })
  };

  var islands = L.geoJSON(data.islands, {
    style: { color: "#5a4a8a", weight: 1.6, dashArray: "4 3", fillColor: "#b9a9e6", fillOpacity: 0.45,
             className: "geomap-island" },
    onEachFeature: function (f, layer) {
      var p = f.properties, n = p.names || {};
      var label = el("span", null, [n.en, n.ja_latn].filter(Boolean).join(" / ") || p.id);
      layer.bindTooltip(label, { permanent: true, direction: "center", className: "geomap-island-label" });
      layer.bindPopup(function () {
        var box = el("div", "geomap-popup");
        box.appendChild(el("h3", null, n.en || p.id));
        [["Polish", n.pl], ["Russian", n.ru], ["Japanese", n.ja], ["Korean", n.ko]].forEach(function (x) {
          if (x[1]) box.appendChild(el("div", null, x[0] + ": " + x[1]));
        });
        box.appendChild(el("p", "geomap-status", p.status));
        box.appendChild(el("p", null, p.note));
        if (p.area_km2) box.appendChild(el("div", "geomap-muted", "Area about " + Math.round(p.area_km2) + " km²"));
        return box;
      });
    }
  });
  islands.addTo(map);
  arcLayer.addTo(map);
  groups.forEach(function (g) { g.addTo(map); });

  var overlays = {};
  types.forEach(function (t, k) {
    // Type names and colours are geomap's own constants, never user text.
    if (t.count) overlays['<span class="geomap-dot" style="background:' + t.color + '"></span> ' +
                         t.label + " (" + t.count + ")"] = groups[k];
  });
  overlays["Visit routes"] = arcLayer;
  overlays["Disputed southern Kurils"] = islands;
  var bases = { "Country outlines (offline)": outlines };
  Object.keys(online).forEach(function (k) { bases[k] = online[k]; });
  L.control.layers(bases, overlays, { collapsed: false, position: "topright" }).addTo(map);
  map.on("overlayadd overlayremove", function (e) {
    var k = groups.indexOf(e.layer);
    if (k >= 0) { state.hidden[k] = e.type === "overlayremove"; refresh(); }
  });

  // --- title, legend, slider -------------------------------------------------------------------
  var info = L.control({ position: "topleft" });
  info.onAdd = function () {
    var box = el("div", "geomap-title leaflet-bar");
    box.appendChild(el("h1", null, data.title));
    var n = rows.length, u = data.unplaced.length;
    box.appendChild(el("div", "geomap-muted",
      (data.days ? dayLabel(data.days[0]) + " – " + dayLabel(data.days[1]) + " · " : "") +
      n + " events on the map" + (u ? ", " + u + " without a place (listed below)" : "")));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  info.addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    // Event colours are in the layer control; this box explains the other symbols.
    var box = el("div", "geomap-legend leaflet-bar");
    var arc = el("div", "geomap-legend-row");
    arc.appendChild(el("span", "geomap-swatch-arc")); arc.appendChild(el("span", null, "Visit route (from → to)"));
    box.appendChild(arc);
    var isl = el("div", "geomap-legend-row");
    isl.appendChild(el("span", "geomap-swatch-island"));
    isl.appendChild(el("span", null, "Disputed islands: administered by Russia, claimed by Japan"));
    box.appendChild(isl);
    box.appendChild(el("div", "geomap-muted", "Several events at one place fan out around it. Base map: Natural Earth."));
    return box;
  };
  legend.addTo(map);

  var clock, slider, windowSel, playBtn, timer = null;
  var control = L.control({ position: "bottomleft" });
  control.onAdd = function () {
    var box = el("div", "geomap-slider leaflet-bar");
    playBtn = el("button", "geomap-play", "▶"); playBtn.type = "button"; playBtn.title = "Play the months";
    slider = el("input"); slider.type = "range"; slider.min = range[0]; slider.max = range[1]; slider.step = 1;
    slider.value = state.t; slider.setAttribute("aria-label", "Date");
    windowSel = el("select");
    [["all", "All dates"], ["month", "Month"], ["day", "Day"], ["year", "Year"]].forEach(function (o) {
      var opt = el("option", null, o[1]); opt.value = o[0]; windowSel.appendChild(opt);
    });
    windowSel.setAttribute("aria-label", "Time window");
    clock = el("div", "geomap-clock");
    var line = el("div", "geomap-slider-line");
    line.appendChild(playBtn); line.appendChild(slider); line.appendChild(windowSel);
    box.appendChild(line); box.appendChild(clock);
    L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
    slider.addEventListener("input", function () {
      state.t = +slider.value;
      if (state.window === "all") { state.window = "month"; windowSel.value = "month"; }
      refresh();
    });
    windowSel.addEventListener("change", function () { state.window = windowSel.value; refresh(); });
    playBtn.addEventListener("click", function () { timer ? stop() : play(); });
    return box;
  };
  control.addTo(map);

  function step(t) {
    var d = new Date(t * DAY);
    if (state.window === "day") return t + 1;
    if (state.window === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1) / DAY;
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY;
  }
  function play() {
    if (state.window === "all") { state.window = "month"; windowSel.value = "month"; }
    if (state.t >= range[1]) state.t = range[0];
    playBtn.textContent = "❚❚";
    setTime(state.t);
    timer = setInterval(function () {
      var next = step(state.t);
      if (next > range[1]) { stop(); return; }
      setTime(next);
    }, 1100);
  }
  function stop() { clearInterval(timer); timer = null; playBtn.textContent = "▶"; }
  function setTime(t) { state.t = t; slider.value = t; refresh(); }
  function updateClock(b) {
    if (!clock) return;
    var label = state.window === "all" ? "All dates" :
      state.window === "month" ? monthLabel(b[0]) :
      state.window === "day" ? dayLabel(b[0]) : String(new Date(b[0] * DAY).getUTCFullYear());
    clock.textContent = label + " · " + visible.length + " of " + rows.length + " events shown";
  }

  // --- event table -----------------------------------------------------------------------------
  var table = document.getElementById("geomap-table-body");
  var filterBox = document.getElementById("geomap-filter");
  var tableRows = [];
  function addRow(cells, key, placedIndex) {
    var tr = el("tr");
    cells.forEach(function (c) {
      var td = el("td");
      if (c instanceof Node) td.appendChild(c); else td.textContent = c === null ? "" : String(c);
      tr.appendChild(td);
    });
    tr.dataset.search = cells.map(function (c) { return c instanceof Node ? c.textContent : String(c || ""); })
      .join(" ").toLowerCase();
    if (placedIndex !== null) {
      tr.className = "geomap-row-placed";
      tr.addEventListener("click", function (e) {
        if (e.target.tagName === "A") return;
        if (visible.indexOf(placedIndex) < 0) { state.window = "all"; windowSel.value = "all"; refresh(); }
        map.setView(markers[placedIndex].getLatLng(), Math.max(map.getZoom(), 5));
        openVenue(placedIndex);
        document.getElementById(map.getContainer().id).scrollIntoView({ behavior: "smooth" });
      });
    }
    tableRows.push({ tr: tr, key: key, placed: placedIndex });
    table.appendChild(tr);
  }
  function sourcesCell(list) {
    var span = el("span");
    list.forEach(function (u, k) { if (k) span.appendChild(document.createTextNode(" ")); span.appendChild(link(u)); });
    return span;
  }
  function who(actors, persons) {
    return actors.map(countryName).join(", ") + (persons.length ? " · " + persons.join(", ") : "");
  }
  if (table) {
    rows.forEach(function (r, i) {
      addRow([r[F.date], types[r[F.type]].label.replace(/s$/, ""), venues[r[F.venue]][0], r[F.headline],
              who(r[F.actors], r[F.persons]), sourcesCell(r[F.sources])], r[F.type], i);
    });
    data.unplaced.forEach(function (u) {
      addRow([u[2], types[u[1]].label.replace(/s$/, ""), "not on the map: " + u[4], u[3], who(u[6], u[5]),
              sourcesCell(u[7])], u[1], null);
    });
  }
  function filterTable() {
    if (!table) return;
    var q = (filterBox && filterBox.value || "").trim().toLowerCase();
    var inView = {};
    visible.forEach(function (i) { inView[i] = true; });
    var onlyView = document.getElementById("geomap-only-view");
    var restrict = onlyView && onlyView.checked;
    tableRows.forEach(function (row) {
      var show = (!q || row.tr.dataset.search.indexOf(q) >= 0) && !state.hidden[row.key] &&
                 (!restrict || (row.placed !== null && inView[row.placed]));
      row.tr.hidden = !show;
    });
  }
  if (filterBox) filterBox.addEventListener("input", filterTable);
  var onlyViewBox = document.getElementById("geomap-only-view");
  if (onlyViewBox) onlyViewBox.addEventListener("change", filterTable);

  // --- first view ------------------------------------------------------------------------------
  refresh();
  map.fitBounds(coreBounds().pad(0.08), { maxZoom: 6, paddingTopLeft: [10, 160], paddingBottomRight: [250, 90] });
  map.on("zoomend", islandLabels);
  islandLabels();

  function coreBounds() {
    // Frame where most events are: the 92 % nearest to the median venue. A lone summit in
    // New York should not zoom the map out to the whole world (it is still on the map).
    if (!rows.length) return L.latLngBounds([[30, 100], [55, 150]]);
    var pts = rows.map(function (r) { return venues[r[F.venue]]; });
    var mid = function (k) { var xs = pts.map(function (p) { return p[k]; }).sort(function (a, b) { return a - b; });
                             return xs[xs.length >> 1]; };
    var c = [mid(1), mid(2)];
    pts.sort(function (a, b) {
      return Math.hypot(a[1] - c[0], a[2] - c[1]) - Math.hypot(b[1] - c[0], b[2] - c[1]);
    });
    var keep = pts.slice(0, Math.max(1, Math.ceil(pts.length * 0.92)));
    return L.latLngBounds(keep.map(function (p) { return [p[1], p[2]]; }));
  }
  function islandLabels() {
    // Four labels on top of each other say nothing; show them once the islands are apart.
    map.getContainer().classList.toggle("geomap-far", map.getZoom() < 6);
  }

  // A small handle for tests and for people poking at the page from the console.
  window.geomap = {
    map: map,
    visibleIds: function () { return visible.map(function (i) { return rows[i][F.id]; }); },
    setWindow: function (w) { windowSel.value = w; state.window = w; refresh(); },
    setTime: setTime,
    range: range,
    markerFor: function (id) {
      for (var i = 0; i < rows.length; i++) if (rows[i][F.id] === id) return markers[i];
      return null;
    }
  };
};
