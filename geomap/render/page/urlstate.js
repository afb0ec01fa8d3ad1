// The view in the address: window, date, cumulative, event types, layers switched off, table filter
// and map view live in the fragment (index.html#d=2018-11&w=month&t=summit,visit), so a link opens
// the page as it was. Opening such a link, or changing the fragment, restores them.
geomapPage.define("url", (app) => {
  const time = app.time, state = time.state, map = app.map, i18n = app.i18n;
  let applying = false, timer = null;

  function dateText() {
    if (state.window === "all") return null;
    const iso = i18n.iso(time.stepOf(state.t, state.window)[0]);
    return state.window === "year" ? iso.slice(0, 4) : state.window === "month" ? iso.slice(0, 7) : iso;
  }
  function encode() {
    const parts = [], d = dateText();
    if (d) parts.push("d=" + d, "w=" + state.window);
    if (state.cumulative) parts.push("c=1");
    const on = app.filters.onTypes();
    if (on.length !== app.rows.types.length) parts.push("t=" + on.join(","));
    if (!app.filters.state.background) parts.push("bg=0");
    const off = app.layers.overlaysOff();
    if (off.length) parts.push("off=" + off.join(","));
    const q = app.table.query();
    if (q) parts.push("q=" + encodeURIComponent(q));
    const c = map.getCenter();
    parts.push("v=" + c.lat.toFixed(4) + "," + c.lng.toFixed(4) + "," + map.getZoom());
    return parts.join("&");
  }
  function write() {
    if (applying) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const hash = "#" + encode();
      if (location.hash !== hash) history.replaceState(null, "", hash);
    }, 150);
  }
  function parseDate(d) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d || "");
    if (!m) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / i18n.DAY;
  }
  // Apply a fragment; what it does not name stays as it is. Returns whether it named a map view.
  function apply(hash) {
    const p = new URLSearchParams((hash || "").replace(/^#/, ""));
    if (![...p.keys()].length) return false;
    applying = true;
    try {
      const w = p.get("w"), day = parseDate(p.get("d"));
      if (w && ["all", "day", "month", "year"].includes(w)) state.window = w;
      else if (day !== null) state.window = p.get("d").length === 4 ? "year" : p.get("d").length === 7 ? "month" : "day";
      if (day !== null) state.t = Math.min(time.range[1], Math.max(time.range[0], day));
      state.cumulative = p.get("c") === "1" && state.window !== "all";
      if (p.has("t")) app.filters.setTypes(p.get("t").split(",").filter(Boolean));
      if (p.has("bg")) app.filters.setBackground(p.get("bg") !== "0");
      const off = (p.get("off") || "").split(",");
      ["routes", "areas"].forEach((k) => app.layers.setOverlay(k, off.indexOf(k) < 0));
      if (p.has("q")) app.table.setQuery(p.get("q"));
      app.main.refresh();
      const v = (p.get("v") || "").split(",").map(Number);
      if (v.length === 3 && v.every(isFinite)) { map.setView([v[0], v[1]], v[2], { animate: false }); return true; }
      return false;
    } finally { applying = false; }
  }
  app.on("window", write);
  app.on("table", write);
  app.on("layers", write);
  map.on("moveend", write);
  window.addEventListener("hashchange", () => apply(location.hash));
  return { encode, apply, write };
});
