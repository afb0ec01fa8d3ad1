// Popups: every event at a venue in the current window, a page at a time, with the types to pick
// from; and the card of one event. Cards are the same in the popup and wherever else they are used.
geomapPage.define("popup", (app) => {
  const { el, button, link } = app.dom, { t, typeName, typeCount } = app.i18n, rows = app.rows;
  const map = app.map, PAGE = 20;
  const sections = [];   // more of a card that later modules add (review.js: doubts, evidence, corrections)
  function addSection(fn) { sections.push(fn); }

  function card(i) {
    const e = rows.event(i), box = el("article", "geomap-card");
    box.dataset.eventId = e.id;
    const head = el("div", "geomap-card-head"), dot = el("span", "geomap-dot");
    dot.style.background = e.type.color;
    head.appendChild(dot);
    head.appendChild(el("span", "geomap-card-type", typeName(e.type.key)));
    head.appendChild(el("span", "geomap-card-date", e.date));
    if (e.passing) head.appendChild(el("span", "geomap-card-tag", t("mentioned_tag")));
    box.appendChild(head);
    box.appendChild(el("h3", null, e.headline));
    let where = e.venue.name + (e.implied ? " " + t("implied_by_text") : "");
    if (e.origin) where = e.origin.name + " → " + where;
    box.appendChild(el("div", "geomap-card-where", where));
    if (!e.venue.exact) box.appendChild(el("div", "geomap-muted", t("precision_" + e.venue.precision)));
    if (e.venue.status) box.appendChild(el("div", "geomap-status", e.venue.status));
    let who = e.actors.map(rows.country).join(", ");
    if (e.persons.length) who += (who ? " · " : "") + e.persons.join(", ");
    if (who) box.appendChild(el("div", "geomap-card-who", who));
    if (e.written.length) box.appendChild(el("div", "geomap-muted", t("as_written", { names: e.written.join(", ") })));
    if (e.summary) box.appendChild(el("p", null, e.summary));
    if (e.dataset) box.appendChild(el("div", "geomap-muted", t("dataset_event", { dataset: e.dataset, id: e.sourceId || e.id })));
    if (e.sources.length) {
      const src = el("div", "geomap-card-sources", t("sources") + " ");
      e.sources.forEach((u, k) => { if (k) src.appendChild(document.createTextNode(" · ")); src.appendChild(link(u)); });
      box.appendChild(src);
    }
    sections.forEach((fn) => fn(i, box));
    return box;
  }

  function openVenue(v, focus) {
    // `focus`: an event to show first. The events are those of the venue in the current window.
    const all = app.main.visible().filter((j) => rows.E.venue[j] === v);
    if (focus !== undefined && focus !== null) all.sort((a, b) => (a !== focus) - (b !== focus) || a - b);
    let type = null, page = 0, here = all;
    const venue = rows.venues[v], box = el("div", "geomap-popup");
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", venue.name);
    const head = el("div", "geomap-popup-count"), kinds = el("div", "geomap-popup-also");
    const list = el("div", "geomap-popup-list"), nav = el("div", "geomap-pager");
    box.appendChild(head);
    if (venue.status) box.appendChild(el("div", "geomap-status", venue.status));
    box.appendChild(kinds); box.appendChild(list); box.appendChild(nav);
    function render() {
      here = type === null ? all : all.filter((j) => rows.E.type[j] === type);
      const pages = Math.max(1, Math.ceil(here.length / PAGE));
      page = Math.min(page, pages - 1);
      head.textContent = t("events_at", { n: here.length, place: venue.name });
      kinds.textContent = "";
      const per = {};
      all.forEach((j) => { per[rows.E.type[j]] = (per[rows.E.type[j]] || 0) + 1; });
      const keys = Object.keys(per).map(Number).sort((a, b) => a - b);
      if (keys.length > 1) {
        const b = button(t("all_types", { n: all.length }), null, () => { type = null; page = 0; render(); });
        b.setAttribute("aria-pressed", String(type === null));
        kinds.appendChild(b);
        keys.forEach((k) => {
          const kb = button(typeCount(rows.types[k].key, per[k]), null, () => { type = k; page = 0; render(); });
          kb.setAttribute("aria-pressed", String(type === k));
          kinds.appendChild(kb);
        });
      }
      if (here.length > 1 && here.length <= app.marks.spreadMax) {
        kinds.appendChild(button(t("spread_out"), null, () => {
          map.closePopup();
          app.marks.spreadOut(v, here);
        }));
      }
      list.textContent = "";
      here.slice(page * PAGE, page * PAGE + PAGE).forEach((j) => list.appendChild(card(j)));
      nav.textContent = "";
      if (pages > 1) {
        nav.appendChild(button("‹", t("earlier_page"), () => { page = Math.max(0, page - 1); render(); }));
        nav.appendChild(el("span", null, t("range_of", { first: page * PAGE + 1,
          last: Math.min(here.length, page * PAGE + PAGE), total: here.length })));
        nav.appendChild(button("›", t("later_page"), () => { page = Math.min(pages - 1, page + 1); render(); }));
      }
      list.scrollTop = 0;
    }
    render();
    L.popup({ maxWidth: 380, maxHeight: 440, autoPanPadding: [30, 30] })
      .setLatLng([venue.lat, venue.lon]).setContent(box).openOn(map);
    return here.length;
  }
  function openEvent(i, at) {
    const box = el("div", "geomap-popup");
    box.appendChild(card(i));
    const v = rows.venues[rows.E.venue[i]];
    L.popup({ maxWidth: 380, maxHeight: 440, autoPanPadding: [30, 30] })
      .setLatLng(at || [v.lat, v.lon]).setContent(box).openOn(map);
  }
  return { card, openVenue, openEvent, addSection };
});
