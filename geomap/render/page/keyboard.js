// The map as one keyboard-operable region: the marks are not tab stops one by one. With the map
// focused, Leaflet's arrows pan and +/- zoom; here N and P (or ] and [) walk through the venues
// in the window, busiest first, Enter lists the events of the one reached, Escape closes.
geomapPage.define("keyboard", (app) => {
  const map = app.map, container = map.getContainer(), { t } = app.i18n, rows = app.rows;
  const say = app.dom.srOnly("div", "");
  say.setAttribute("aria-live", "polite");
  say.id = "geomap-map-status";
  container.parentNode.insertBefore(say, container.nextSibling);
  let at = -1;
  function venuesNow() { return app.marks.active().slice().sort((a, b) => app.marks.counts(b).total - app.marks.counts(a).total || a - b); }
  function go(delta) {
    const list = venuesNow();
    if (!list.length) { say.textContent = t("no_venue_in_window"); return; }
    at = (at + delta + list.length) % list.length;
    const v = list[at], c = app.marks.counts(v), venue = rows.venues[v];
    map.panTo([venue.lat, venue.lon]);
    say.textContent = t("venue_reached", { k: at + 1, m: list.length, place: venue.name, n: c.total });
    current = v;
  }
  let current = null;
  container.addEventListener("keydown", (e) => {
    if (e.target !== container) return;
    if (e.key === "n" || e.key === "]") { e.preventDefault(); go(1); }
    else if (e.key === "p" || e.key === "[") { e.preventDefault(); go(-1); }
    else if (e.key === "Enter" && current !== null) {
      e.preventDefault();
      app.popup.openVenue(current);
      const first = container.querySelector(".leaflet-popup-content button, .leaflet-popup-content a");
      if (first) first.focus();
    }
  });
  app.on("window", () => { at = -1; current = null; });
  return { go, status: () => say.textContent };
});
