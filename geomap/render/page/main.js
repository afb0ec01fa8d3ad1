// Wiring: the window → the events shown → marks, routes, counts, the slider line and the table.
// Then the first view: the frame computed in Python (layers), or the view a shared link names.
geomapPage.define("main", (app) => {
  const map = app.map, rows = app.rows, time = app.time;
  let visible = [], windowed = [];
  let shownBounds = null;   // the window the marks, routes and counts were last drawn for (null: redraw)

  function sameWindow(a, b) { return a !== null && a[0] === b[0] && a[1] === b[1]; }
  function refresh() {
    const b = time.bounds();
    // The same window with the same filters (setWindow then setTime, a slider input that lands on
    // the same step) shows the same events: only the cheap parts run again.
    if (!sameWindow(shownBounds, b)) {
      windowed = time.inWindow(b, null);
      visible = app.filters.keep(windowed);
      app.marks.show(visible);
      app.routes.show(visible);
      app.layers.update(windowed);
      app.table.refresh(visible, "window");
      shownBounds = b;
    } else app.marks.unspread();
    app.slider.update(b, visible.length, rows.n);
    app.emit("window", { bounds: b, visible });
  }
  app.on("filters", () => { shownBounds = null; refresh(); app.table.refresh(visible, "filters"); });

  // Show event k on the map: widen the window if it is outside, zoom to its venue, open its card.
  function showEvent(k) {
    if (visible.indexOf(k) < 0) {
      time.state.window = "all"; time.state.cumulative = false;
      refresh();
      if (visible.indexOf(k) < 0) return false;   // its type is switched off
    }
    const v = rows.venues[rows.E.venue[k]];
    map.setView([v.lat, v.lon], Math.max(map.getZoom(), 5), { animate: false });
    app.popup.openVenue(rows.E.venue[k], k);
    map.getContainer().scrollIntoView({ block: "nearest" });
    return true;
  }

  app.on("ready", () => {
    // The first view before any layer is on the map: each layer is then projected and drawn once,
    // not once for folium's starting view and again for this one.
    const f = app.data.frame;
    map.fitBounds(f ? [[f[0], f[1]], [f[2], f[3]]] : [[30, 100], [55, 150]],
                  { maxZoom: 6, paddingTopLeft: [10, 60], paddingBottomRight: [60, 60], animate: false });
    app.layers.outlines.addTo(map);
    app.areas.layer.addTo(map);
    app.routes.layer.addTo(map);
    app.marks.layer.addTo(map);
    app.marks.spider.addTo(map);
    app.legend.info.addTo(map);
    app.layers.control.addTo(map);
    app.legend.legend.addTo(map);
    app.slider.control.addTo(map);
    refresh();
    app.url.apply(location.hash);
    handle();
  });

  function index(id) {
    for (let i = 0; i < rows.n; i++) if (rows.E.id[i] === id) return i;
    return -1;
  }
  function handle() {
    // A small handle for tests, benchmarks and people poking at the page from the console;
    // everything it returns is plain data.
    window.geomap = {
      map,
      app,
      range: time.range,
      types: rows.types,
      visibleIds: () => visible.map((i) => rows.E.id[i]),
      setWindow: (w) => { time.state.window = w; if (w === "all") time.state.cumulative = false; refresh(); },
      setCumulative: (on) => { time.state.cumulative = !!on; refresh(); },
      setTime: (day) => { time.state.t = day; refresh(); },
      marks: () => app.marks.positions(),
      markerFor: (id) => { const i = index(id); return i < 0 ? null : app.marks.mark(rows.E.venue[i]); },
      openEvent: (id) => { const i = index(id); if (i >= 0) app.popup.openVenue(rows.E.venue[i], i); return i >= 0; },
      showEvent: (id) => { const i = index(id); return i >= 0 && showEvent(i); },
      venueOf: (id) => { const i = index(id); return i < 0 ? null : rows.E.venue[i]; },
      spreadOut: (id) => { const i = index(id); const v = rows.E.venue[i];
        return app.marks.spreadOut(v, visible.filter((j) => rows.E.venue[j] === v)); },
      spiderDots: () => app.marks.spiderDots(),
      fragment: () => app.url.encode(),
      areas: () => app.areas.list(),
      openArea: (id) => app.areas.open(id),
      drawnAt: performance.now(),
    };
  }
  return { refresh, visible: () => visible, showEvent };
});
