// geomap page logic: unpacks the embedded event data and draws it onto the Leaflet map folium made.
// Every piece of user text reaches the page through textContent (el/text below) and every address
// through link(), so nothing in the data is ever parsed as HTML or script.
//
// Scale: events are columns sorted by first day, so a time window is found by binary search.
// Up to AGGREGATE_ABOVE events each event is its own SVG circle, fanned out around its venue;
// above that there is one canvas circle per venue and type, sized by how many events it holds, whose
// popup pages through them, so every event stays one click away and the map stays fast.

// --- unpacking: base64 → deflate → JSON, one part per event column -------------------------------
window.geomapStart = function (map, nodes) {
  "use strict";
  function bytes(b64) {
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function part(node) {
    var stream = new Blob([bytes(node.textContent)]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(function (text) { return [node.dataset.part, JSON.parse(text)]; });
  }
  function fail(error) {
    var box = document.createElement("div");
    box.className = "geomap-failed";
    box.textContent = "This map could not be drawn: " + (error && error.message || error) +
      ". It needs a browser from 2023 or later (Chrome 80, Firefox 113, Safari 16.4).";
    map.getContainer().appendChild(box);
    if (window.console) console.error(error);
  }
  if (typeof DecompressionStream === "undefined") { fail(new Error("no DecompressionStream")); return; }
  Promise.all(Array.prototype.map.call(nodes, part)).then(function (parts) {
    var data = null, events = {};
    parts.forEach(function (p) {
      if (p[0] === "meta") data = p[1];
      else events[p[0].slice("events.".length)] = p[1];
    });
    data.events = events;
    data.basemap = unpackOutlines(data.basemap);
    window.geomapDraw(map, data);
  }).catch(fail);

  function unpackOutlines(packed) {
    if (!packed) return null;
    return { type: "FeatureCollection", features: packed.map(function (polys) {
      return { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates:
        polys.map(function (rings) {
          return rings.map(function (flat) {
            var ring = [], x = 0, y = 0;
            for (var k = 0; k < flat.length; k += 2) {
              x += flat[k]; y += flat[k + 1];
              ring.push([x / 1000, y / 1000]);
            }
            return ring;
          });
        }) } };
    }) };
  }
};

window.geomapDraw = function (map, data) {
  "use strict";
  var DAY = 86400000, AGGREGATE_ABOVE = 2500, LONG = 31, PAGE = 20, TABLE_PAGE = 100, MAX_ROUTES = 120;
  var E = data.events, n = E.id.length, types = data.types, venues = data.venues;
  var aggregate = n > AGGREGATE_ABOVE;

  // --- safe DOM helpers ------------------------------------------------------------------------
  function el(tag, cls, textValue) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (textValue !== undefined && textValue !== null) node.textContent = String(textValue);
    return node;
  }
  function button(label, title, onClick) {
    var b = el("button", "geomap-page-btn", label);
    b.type = "button";
    if (title) b.title = title;
    b.addEventListener("click", function (e) { L.DomEvent.stop(e); onClick(); });
    return b;
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
  function dayLabel(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function monthLabel(d) {
    return new Date(d * DAY).toLocaleString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  }
  function singular(t) { return t.label.replace(/s$/, ""); }

  // --- event cards (popup, table) --------------------------------------------------------------
  function card(i) {
    var t = types[E.type[i]], v = venues[E.venue[i]];
    var box = el("article", "geomap-card");
    box.dataset.eventId = E.id[i];
    var head = el("div", "geomap-card-head");
    var dot = el("span", "geomap-dot"); dot.style.background = t.color;
    head.appendChild(dot);
    head.appendChild(el("span", "geomap-card-type", singular(t)));
    head.appendChild(el("span", "geomap-card-date", E.date[i]));
    box.appendChild(head);
    box.appendChild(el("h3", null, E.headline[i]));
    var where = v[0] + (E.basis[i] === "implied" ? " (implied by the text)" : "");
    if (E.origin[i] !== null) where = data.origins[E.origin[i]][0] + " → " + where;
    box.appendChild(el("div", "geomap-card-where", where));
    var who = E.actors[i].map(countryName).join(", ");
    if (E.persons[i].length) who += (who ? " · " : "") + E.persons[i].join(", ");
    if (who) box.appendChild(el("div", "geomap-card-who", who));
    if (E.summary[i]) box.appendChild(el("p", null, E.summary[i]));
    if (E.sources[i].length) {
      var src = el("div", "geomap-card-sources", "Sources: ");
      E.sources[i].forEach(function (u, k) {
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
  // Events longer than LONG days are few (month- and year-dated ones): they are checked one by
  // one; every other event starts at most LONG days before the window, so a binary search on the
  // sorted first days bounds the rest.
  var longOnes = [];
  for (var i0 = 0; i0 < n; i0++) if (E.t1[i0] - E.t0[i0] > LONG) longOnes.push(i0);
  function firstAtOrAfter(day) {
    var lo = 0, hi = n;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (E.t0[mid] < day) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function inWindow(b) {
    var out = [], i;
    if (b[0] === -Infinity) {
      for (i = 0; i < n; i++) if (!state.hidden[E.type[i]]) out.push(i);
      return out;
    }
    var stop = firstAtOrAfter(b[1] + 1);
    for (i = firstAtOrAfter(b[0] - LONG); i < stop; i++) {
      if (E.t1[i] >= b[0] && E.t1[i] - E.t0[i] <= LONG && !state.hidden[E.type[i]]) out.push(i);
    }
    longOnes.forEach(function (j) {
      if (E.t1[j] >= b[0] && E.t0[j] <= b[1] && !state.hidden[E.type[j]]) out.push(j);
    });
    return out.sort(function (a, c) { return a - c; });
  }

  // --- layers ----------------------------------------------------------------------------------
  var groups = types.map(function () { return L.layerGroup(); });
  var arcLayer = L.layerGroup();
  // In venue mode circles and routes are drawn on canvases in panes of their own, above the
  // base map's SVG (overlayPane, z-index 400) and below tooltips and popups.
  var canvas = null, routeCanvas = null;
  if (aggregate) {
    map.createPane("geomap-routes").style.zIndex = 440;
    map.createPane("geomap-venues").style.zIndex = 450;
    routeCanvas = L.canvas({ padding: 0.3, pane: "geomap-routes" });
    canvas = L.canvas({ padding: 0.3, pane: "geomap-venues" });
  }
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
  function fanOut(list, v, radius) {
    // Place the markers of one venue on a ring around it, so each can be seen and clicked.
    var centre = map.latLngToLayerPoint([v[1], v[2]]), count = list.length;
    list.forEach(function (m, j) {
      if (count === 1) { m.setLatLng([v[1], v[2]]); return; }
      var ring = radius(count), angle = 2 * Math.PI * j / count - Math.PI / 2;
      m.setLatLng(map.layerPointToLatLng(L.point(centre.x + ring * Math.cos(angle), centre.y + ring * Math.sin(angle))));
    });
  }

  // One mode draws events, the other venues; both answer the same questions below.
  var mode = aggregate ? venueMode() : eventMode();

  function eventMode() {
    var markers = new Array(n), arcs = new Array(n), shown = new Uint8Array(n);
    for (var i = 0; i < n; i++) {
      (function (i) {
        var v = venues[E.venue[i]], t = types[E.type[i]];
        var m = L.circleMarker([v[1], v[2]], {
          radius: 7, weight: 1.5, color: "#ffffff", fillColor: t.color, fillOpacity: 0.92,
          className: "geomap-event geomap-type-" + t.key
        });
        m.bindTooltip(function () {
          var tip = el("div", "geomap-tip");
          tip.appendChild(el("strong", null, E.date[i] + " · " + v[0]));
          tip.appendChild(el("div", null, E.headline[i]));
          return tip;
        }, { direction: "top", offset: [0, -6] });
        m.on("click", function () { open(i); });
        markers[i] = m;
        if (E.origin[i] !== null) {
          var o = data.origins[E.origin[i]];
          arcs[i] = L.polyline(curve([o[1], o[2]], [v[1], v[2]]), {
            color: t.color, weight: 2, opacity: 0.75, dashArray: "6 5", interactive: false,
            className: "geomap-arc"
          });
        }
      })(i);
    }
    function show(list) {
      var next = new Uint8Array(n);
      list.forEach(function (i) { next[i] = 1; });
      visible.forEach(function (i) {
        if (next[i]) return;
        groups[E.type[i]].removeLayer(markers[i]);
        if (arcs[i]) arcLayer.removeLayer(arcs[i]);
      });
      list.forEach(function (i) {
        if (shown[i]) return;
        groups[E.type[i]].addLayer(markers[i]);
        if (arcs[i]) arcLayer.addLayer(arcs[i]);
      });
      shown = next;
    }
    function spread() {
      var byVenue = {};
      visible.forEach(function (i) { (byVenue[E.venue[i]] = byVenue[E.venue[i]] || []).push(markers[i]); });
      Object.keys(byVenue).forEach(function (k) {
        fanOut(byVenue[k], venues[k], function (count) { return 9 + 2.2 * count; });
      });
    }
    function open(i) {
      // Every event visible at this venue, the clicked one first: nothing stays hidden underneath.
      var here = visible.filter(function (j) { return E.venue[j] === E.venue[i]; });
      here.sort(function (a, b) { return (a !== i) - (b !== i) || E.t0[a] - E.t0[b]; });
      var box = el("div", "geomap-popup");
      if (here.length > 1) {
        box.appendChild(el("div", "geomap-popup-count",
          here.length + " events at " + venues[E.venue[i]][0] + " in this view"));
      }
      here.forEach(function (j) { box.appendChild(card(j)); });
      L.popup({ maxWidth: 360, maxHeight: 380, autoPanPadding: [30, 30] })
        .setLatLng(markers[i].getLatLng()).setContent(box).openOn(map);
    }
    return { show: show, spread: spread, open: open, markerFor: function (i) { return markers[i]; } };
  }

  function venueMode() {
    // One marker per venue and type; key = venue * 8 + type.
    var T = types.length, counts = new Int32Array(venues.length * T), markers = {}, active = [];
    var routes = {}, routesOn = [];
    function radius(count) { return Math.min(22, 5 + 2.4 * Math.log2(count)); }
    function marker(key) {
      if (markers[key]) return markers[key];
      var v = venues[Math.floor(key / T)], t = types[key % T];
      var m = L.circleMarker([v[1], v[2]], {
        renderer: canvas, radius: 6, weight: 1.5, color: "#ffffff", fillColor: t.color, fillOpacity: 0.9
      });
      m.bindTooltip(function () {
        var tip = el("div", "geomap-tip");
        var c = counts[key];
        tip.appendChild(el("strong", null, v[0]));
        tip.appendChild(el("div", null, c + " " + (c === 1 ? singular(t).toLowerCase() : t.label.toLowerCase()) +
                                         " in this view · click to list them"));
        return tip;
      }, { direction: "top", offset: [0, -6] });
      m.on("click", function () { openGroup(Math.floor(key / T), key % T, null); });
      markers[key] = m;
      return m;
    }
    function show(list) {
      active.forEach(function (key) { counts[key] = 0; });
      var next = [], pairs = {};
      list.forEach(function (i) {
        var key = E.venue[i] * T + E.type[i];
        if (counts[key]++ === 0) next.push(key);
        if (E.origin[i] !== null) {
          var p = E.origin[i] + ":" + E.venue[i] + ":" + E.type[i];
          pairs[p] = (pairs[p] || 0) + 1;
        }
      });
      var keep = {};
      next.forEach(function (key) { keep[key] = true; });
      active.forEach(function (key) { if (!keep[key]) groups[key % T].removeLayer(markers[key]); });
      next.forEach(function (key) {
        var m = marker(key);
        m.setRadius(radius(counts[key]));
        if (!groups[key % T].hasLayer(m)) groups[key % T].addLayer(m);
      });
      active = next;
      // The busiest routes of the window; thousands of thin arcs would hide the map.
      var top = Object.keys(pairs).sort(function (a, b) { return pairs[b] - pairs[a] || (a < b ? -1 : 1); })
        .slice(0, MAX_ROUTES);
      routesOn.forEach(function (p) { arcLayer.removeLayer(routes[p]); });
      routesOn = top;
      top.forEach(function (p) {
        if (!routes[p]) {
          var k = p.split(":").map(Number), o = data.origins[k[0]], v = venues[k[1]];
          routes[p] = L.polyline(curve([o[1], o[2]], [v[1], v[2]]), {
            renderer: routeCanvas, color: types[k[2]].color, weight: 1.5, opacity: 0.6, dashArray: "6 5",
            interactive: false
          });
        }
        routes[p].setStyle({ weight: Math.min(4, 0.8 + Math.log2(pairs[p]) / 2) });
        arcLayer.addLayer(routes[p]);
      });
    }
    function spread() {
      var byVenue = {};
      active.forEach(function (key) { var v = Math.floor(key / T); (byVenue[v] = byVenue[v] || []).push(markers[key]); });
      Object.keys(byVenue).forEach(function (k) {
        var list = byVenue[k], widest = 0;
        list.forEach(function (m) { widest = Math.max(widest, m.getRadius()); });
        fanOut(list, venues[k], function (count) { return widest + 2 + (count > 4 ? widest * 0.6 : 0); });
      });
    }
    function openGroup(venue, type, focus) {
      // The events of this venue and type in the window, a page at a time; the other types
      // at the venue are one click away.
      var here = visible.filter(function (j) { return E.venue[j] === venue && E.type[j] === type; });
      if (focus !== null) here.sort(function (a, b) { return (a !== focus) - (b !== focus) || a - b; });
      var others = {};
      visible.forEach(function (j) { if (E.venue[j] === venue && E.type[j] !== type) others[E.type[j]] = (others[E.type[j]] || 0) + 1; });
      var box = el("div", "geomap-popup"), page = 0, pages = Math.max(1, Math.ceil(here.length / PAGE));
      var list = el("div", "geomap-popup-list"), nav = el("div", "geomap-pager");
      var t = types[type];
      box.appendChild(el("div", "geomap-popup-count", here.length + " " +
        (here.length === 1 ? singular(t).toLowerCase() : t.label.toLowerCase()) + " at " + venues[venue][0] + " in this view"));
      var kinds = Object.keys(others);
      if (kinds.length) {
        var also = el("div", "geomap-popup-also", "Also here: ");
        kinds.forEach(function (k) {
          also.appendChild(button(others[k] + " " + types[k].label.toLowerCase(), null, function () {
            openGroup(venue, +k, null);
          }));
        });
        box.appendChild(also);
      }
      box.appendChild(list); box.appendChild(nav);
      function render() {
        list.textContent = "";
        here.slice(page * PAGE, page * PAGE + PAGE).forEach(function (j) { list.appendChild(card(j)); });
        nav.textContent = "";
        if (pages > 1) {
          nav.appendChild(button("‹", "Earlier page", function () { page = Math.max(0, page - 1); render(); }));
          nav.appendChild(el("span", null, (page * PAGE + 1) + "–" + Math.min(here.length, page * PAGE + PAGE) +
                                           " of " + here.length));
          nav.appendChild(button("›", "Later page", function () { page = Math.min(pages - 1, page + 1); render(); }));
        }
        list.scrollTop = 0;
      }
      render();
      L.popup({ maxWidth: 360, maxHeight: 420, autoPanPadding: [30, 30] })
        .setLatLng(marker(venue * T + type).getLatLng()).setContent(box).openOn(map);
    }
    return {
      show: show, spread: spread,
      open: function (i) { openGroup(E.venue[i], E.type[i], i); },
      markerFor: function (i) { return marker(E.venue[i] * T + E.type[i]); }
    };
  }

  function refresh() {
    var b = windowBounds();
    var list = inWindow(b);
    mode.show(list);
    visible = list;
    mode.spread();
    updateClock(b);
    filterTable();
  }
  map.on("zoomend", function () { mode.spread(); });

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
      var p = f.properties, nm = p.names || {};
      var label = el("span", null, [nm.en, nm.ja_latn].filter(Boolean).join(" / ") || p.id);
      layer.bindTooltip(label, { permanent: true, direction: "center", className: "geomap-island-label" });
      layer.bindPopup(function () {
        var box = el("div", "geomap-popup");
        box.appendChild(el("h3", null, nm.en || p.id));
        [["Polish", nm.pl], ["Russian", nm.ru], ["Japanese", nm.ja], ["Korean", nm.ko]].forEach(function (x) {
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
  overlays[aggregate ? "Visit routes (busiest)" : "Visit routes"] = arcLayer;
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
    var u = data.unplaced.length;
    box.appendChild(el("div", "geomap-muted",
      (data.days ? dayLabel(data.days[0]) + " – " + dayLabel(data.days[1]) + " · " : "") +
      n.toLocaleString("en-GB") + " events on the map" + (u ? ", " + u + " without a place (listed below)" : "")));
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
    box.appendChild(el("div", "geomap-muted", aggregate
      ? "One circle per place and type, larger for more events; click it to list them. Base map: Natural Earth."
      : "Several events at one place fan out around it. Base map: Natural Earth."));
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
    clock.textContent = label + " · " + visible.length.toLocaleString("en-GB") + " of " +
      n.toLocaleString("en-GB") + " events shown";
  }

  // --- event table: the rows that pass the filters, a page at a time ----------------------------
  // Row k < n is placed event k; row n + u is unplaced event u.
  var table = document.getElementById("geomap-table-body");
  var filterBox = document.getElementById("geomap-filter");
  var onlyViewBox = document.getElementById("geomap-only-view");
  var total = n + data.unplaced.length, matches = [], tablePage = 0, searchText = null, lastFilter = null;
  var pager = null;
  function rowType(k) { return k < n ? E.type[k] : data.unplaced[k - n][1]; }
  function who(actors, persons) {
    return actors.map(countryName).join(", ") + (persons.length ? " · " + persons.join(", ") : "");
  }
  function sourcesCell(list) {
    var span = el("span");
    list.forEach(function (u, k) { if (k) span.appendChild(document.createTextNode(" ")); span.appendChild(link(u)); });
    return span;
  }
  function cells(k) {
    if (k < n) {
      return [E.date[k], singular(types[E.type[k]]), venues[E.venue[k]][0], E.headline[k],
              who(E.actors[k], E.persons[k]), sourcesCell(E.sources[k])];
    }
    var u = data.unplaced[k - n];
    return [u[2], singular(types[u[1]]), "not on the map: " + u[4], u[3], who(u[6], u[5]), sourcesCell(u[7])];
  }
  function searchable(k) {
    if (k < n) {
      return [E.date[k], singular(types[E.type[k]]), venues[E.venue[k]][0], E.headline[k],
              who(E.actors[k], E.persons[k]), E.sources[k].join(" ")].join(" ").toLowerCase();
    }
    var u = data.unplaced[k - n];
    return [u[2], singular(types[u[1]]), "not on the map: " + u[4], u[3], who(u[6], u[5]), u[7].join(" ")]
      .join(" ").toLowerCase();
  }
  function renderTable() {
    table.textContent = "";
    matches.slice(tablePage * TABLE_PAGE, tablePage * TABLE_PAGE + TABLE_PAGE).forEach(function (k) {
      var tr = el("tr");
      cells(k).forEach(function (c) {
        var td = el("td");
        if (c instanceof Node) td.appendChild(c); else td.textContent = c === null ? "" : String(c);
        tr.appendChild(td);
      });
      if (k < n) {
        tr.className = "geomap-row-placed";
        tr.addEventListener("click", function (e) {
          if (e.target.tagName === "A") return;
          if (visible.indexOf(k) < 0) { state.window = "all"; windowSel.value = "all"; refresh(); }
          map.setView(mode.markerFor(k).getLatLng(), Math.max(map.getZoom(), 5));
          mode.open(k);
          map.getContainer().scrollIntoView({ behavior: "smooth" });
        });
      }
      table.appendChild(tr);
    });
    if (!pager) {
      pager = el("div", "geomap-pager geomap-table-pager");
      table.closest("table").insertAdjacentElement("afterend", pager);
    }
    pager.textContent = "";
    var pages = Math.ceil(matches.length / TABLE_PAGE);
    if (pages > 1) {
      pager.appendChild(button("‹ Earlier", null, function () { tablePage = Math.max(0, tablePage - 1); renderTable(); }));
      pager.appendChild(el("span", null, "Rows " + (tablePage * TABLE_PAGE + 1).toLocaleString("en-GB") + "–" +
        Math.min(matches.length, (tablePage + 1) * TABLE_PAGE).toLocaleString("en-GB") + " of " +
        matches.length.toLocaleString("en-GB")));
      pager.appendChild(button("Later ›", null, function () { tablePage = Math.min(pages - 1, tablePage + 1); renderTable(); }));
    }
  }
  function filterTable() {
    if (!table) return;
    var q = (filterBox && filterBox.value || "").trim().toLowerCase();
    var restrict = !!(onlyViewBox && onlyViewBox.checked);
    var hidden = Object.keys(state.hidden).filter(function (k) { return state.hidden[k]; }).join(",");
    var key = [q, restrict, hidden, restrict ? String(windowBounds()) : ""].join("|");
    if (key === lastFilter) return;
    var sameQuery = lastFilter !== null && lastFilter.split("|")[0] === q;
    lastFilter = key;
    if (q && !searchText) {
      searchText = new Array(total);
      for (var s = 0; s < total; s++) searchText[s] = searchable(s);
    }
    var inView = null;
    if (restrict) { inView = new Uint8Array(n); visible.forEach(function (i) { inView[i] = 1; }); }
    matches = [];
    for (var k = 0; k < total; k++) {
      if (state.hidden[rowType(k)]) continue;
      if (restrict && (k >= n || !inView[k])) continue;
      if (q && searchText[k].indexOf(q) < 0) continue;
      matches.push(k);
    }
    if (!sameQuery) tablePage = 0;
    tablePage = Math.min(tablePage, Math.max(0, Math.ceil(matches.length / TABLE_PAGE) - 1));
    renderTable();
  }
  if (filterBox) filterBox.addEventListener("input", filterTable);
  if (onlyViewBox) onlyViewBox.addEventListener("change", filterTable);

  // --- first view ------------------------------------------------------------------------------
  refresh();
  map.fitBounds(coreBounds().pad(0.08), { maxZoom: 6, paddingTopLeft: [10, 60], paddingBottomRight: [60, 60] });
  map.on("zoomend", islandLabels);
  islandLabels();

  function coreBounds() {
    // Frame where most events are: the venues nearest to the median that hold 92 % of them.
    // A lone summit in New York should not zoom the map out to the whole world (it is still on the map).
    if (!n) return L.latLngBounds([[30, 100], [55, 150]]);
    var perVenue = new Int32Array(venues.length);
    for (var i = 0; i < n; i++) perVenue[E.venue[i]]++;
    var used = [];
    venues.forEach(function (v, k) { if (perVenue[k]) used.push(k); });
    function median(coord) {
      var xs = used.slice().sort(function (a, b) { return venues[a][coord] - venues[b][coord]; }), seen = 0;
      for (var j = 0; j < xs.length; j++) { seen += perVenue[xs[j]]; if (seen * 2 > n) return venues[xs[j]][coord]; }
      return venues[xs[xs.length - 1]][coord];
    }
    var c = [median(1), median(2)];
    used.sort(function (a, b) {
      return Math.hypot(venues[a][1] - c[0], venues[a][2] - c[1]) - Math.hypot(venues[b][1] - c[0], venues[b][2] - c[1]);
    });
    var keep = [], count = 0, want = Math.max(1, Math.ceil(n * 0.92));
    for (var j = 0; j < used.length && count < want; j++) { keep.push(used[j]); count += perVenue[used[j]]; }
    return L.latLngBounds(keep.map(function (k) { return [venues[k][1], venues[k][2]]; }));
  }
  function islandLabels() {
    // Four labels on top of each other say nothing; show them once the islands are apart.
    map.getContainer().classList.toggle("geomap-far", map.getZoom() < 6);
  }

  // A small handle for tests, benchmarks and people poking at the page from the console.
  var byId = null;
  function indexOf(id) {
    if (!byId) { byId = new Map(); for (var i = 0; i < n; i++) byId.set(E.id[i], i); }
    return byId.has(id) ? byId.get(id) : -1;
  }
  window.geomap = {
    map: map,
    mode: aggregate ? "venues" : "events",
    visibleIds: function () { return visible.map(function (i) { return E.id[i]; }); },
    setWindow: function (w) { windowSel.value = w; state.window = w; refresh(); },
    setTime: setTime,
    range: range,
    types: types,
    markerFor: function (id) { var i = indexOf(id); return i < 0 ? null : mode.markerFor(i); },
    openEvent: function (id) { var i = indexOf(id); if (i >= 0) mode.open(i); return i >= 0; },
    drawnAt: performance.now()
  };
};
