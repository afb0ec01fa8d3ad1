// The events table: every event, placed or not, as the full text alternative to the map. Sortable
// by any column, filtered by words, by the layer toggles and, when asked, by the time window; each
// placed event has a button that shows it on the map. Rows k < n are placed event k, rows n + u are
// unplaced event u. More filters can be added with `addFilter(name, test)`.
geomapPage.define("table", (app) => {
  const { el, button, link } = app.dom, { t, num, typeName } = app.i18n, rows = app.rows;
  const n = rows.n, E = rows.E, U = app.data.unplaced, total = n + U.length, PAGE = 100;
  const section = document.getElementById("geomap-events");
  if (!section) return { refresh() {}, addFilter() {}, orderBy() {}, addRowHook() {} };

  const title = el("h2", null, t("table_title"));
  title.id = "geomap-events-title";
  section.setAttribute("aria-labelledby", title.id);
  const tools = el("div", "geomap-tools");
  const search = el("input"); search.type = "search"; search.id = "geomap-filter";
  search.placeholder = t("filter_placeholder"); search.setAttribute("aria-label", t("filter_label"));
  const onlyLabel = el("label"), only = el("input");
  only.type = "checkbox"; only.id = "geomap-only-view";
  onlyLabel.appendChild(only); onlyLabel.appendChild(document.createTextNode(" " + t("only_in_window")));
  const status = el("div", "geomap-muted geomap-table-status");
  status.setAttribute("role", "status");
  [search, onlyLabel, status].forEach((x) => tools.appendChild(x));
  const table = el("table", "geomap-table"), head = el("thead"), headRow = el("tr"), body = el("tbody");
  body.id = "geomap-table-body";
  const caption = el("caption", "geomap-sr-only", t("table_caption"));
  table.appendChild(caption);
  const columns = [["date", t("col_date")], ["type", t("col_type")], ["venue", t("col_venue")],
                   ["event", t("col_event")], ["who", t("col_who")], ["sources", t("col_sources")]];
  const sortable = { date: true, type: true, venue: true, event: true, who: true };
  let sortKey = "date", sortDir = 1;
  let custom = null;   // an order a later module asks for (review.js: most doubtful first), until a column is sorted
  columns.forEach(([key, label]) => {
    const th = el("th");
    th.scope = "col";
    th.dataset.col = key;
    if (sortable[key]) {
      const b = el("button", "geomap-sort", label); b.type = "button";
      b.addEventListener("click", () => { sortDir = sortKey === key ? -sortDir : 1; sortKey = key; custom = null; sortRows(); render(); });
      th.appendChild(b);
    } else th.textContent = label;
    headRow.appendChild(th);
  });
  head.appendChild(headRow); table.appendChild(head); table.appendChild(body);
  const pager = el("div", "geomap-pager geomap-table-pager");
  const note = el("p", "geomap-sources", t("credits"));
  [title, tools, table, pager, note].forEach((x) => section.appendChild(x));

  // --- the text of each row ---------------------------------------------------------------------
  function typeCell(k) {
    const r = k < n ? rows.event(k) : rows.unplaced(k - n);
    return typeName(r.type.key) + (r.dataset ? " (" + r.dataset + ")" : "") + (r.passing ? " · " + t("mentioned_tag") : "");
  }
  function who(actors, persons) { return actors.map(rows.country).join(", ") + (persons.length ? " · " + persons.join(", ") : ""); }
  function text(k) {
    if (k < n) return [E.date[k], typeCell(k), rows.venues[E.venue[k]].name, E.headline[k], who(E.actors[k], E.persons[k])];
    const u = U[k - n];
    return [u.date, typeCell(k), t("not_on_map", { reason: u.reason }), u.headline, who(u.actors, u.persons)];
  }
  function sources(k) { return k < n ? E.sources[k] : U[k - n].sources; }
  function typeOf(k) { return k < n ? E.type[k] : U[k - n].type; }
  function groupOf(k) { return k < n ? rows.group(k) : (U[k - n].dataset === null || U[k - n].dataset === undefined ? 0 : U[k - n].dataset + 1); }

  // --- filters ------------------------------------------------------------------------------------
  // inView (which events the map shows) is made from `shownList` only when the table follows the
  // window, and `words` (the filter's text) once per drawing, not once per row.
  let searchText = null, inView = null, shownList = null, words = "";
  const filters = [
    ["layers", (k) => app.filters.shownRow(groupOf(k), typeOf(k), k < n ? rows.passing(k) : !!U[k - n].passing)],
    ["window", (k) => !only.checked || (k < n && inView[k] === 1)],
    ["words", (k) => {
      const q = words;
      if (!q) return true;
      if (!searchText) {
        searchText = new Array(total);
        for (let s = 0; s < total; s++) searchText[s] = text(s).concat(sources(s)).join(" ").toLowerCase();
      }
      return searchText[k].indexOf(q) >= 0;
    }],
  ];
  // Before the first drawing (modules adding theirs while the page starts) nothing is drawn yet:
  // the map's first refresh draws the table once.
  function addFilter(name, test) { filters.push([name, test]); if (order !== null) refresh(); }
  // A numeric key per row to order by (lower first), or null for the column order again.
  function orderBy(key) { custom = key; order = null; page = 0; render(); }
  const rowHooks = [];   // what later modules add to a drawn row (review.js: tags, evidence, corrections)
  function addRowHook(fn) { rowHooks.push(fn); if (order !== null) refresh(); }

  // --- order --------------------------------------------------------------------------------------
  let order = null;
  function sortRows() {
    const key = custom || { date: (k) => (k < n ? E.t0[k] : U[k - n].t0), type: typeCell, event: (k) => text(k)[3],
                  venue: (k) => text(k)[2], who: (k) => text(k)[4] }[sortKey];
    const dir = custom ? 1 : sortDir;
    const keys = new Array(total);
    for (let k = 0; k < total; k++) keys[k] = key(k);
    const collator = new Intl.Collator(app.i18n.lang);
    order = Array.from({ length: total }, (_, k) => k).sort((a, b) => {
      const x = keys[a], y = keys[b];
      const c = typeof x === "number" ? x - y : collator.compare(x, y);
      return dir * c || a - b;
    });
    headRow.querySelectorAll("th").forEach((th) => {
      if (sortable[th.dataset.col]) th.setAttribute("aria-sort", !custom && th.dataset.col === sortKey ? (sortDir > 0 ? "ascending" : "descending") : "none");
    });
  }

  // --- drawing ------------------------------------------------------------------------------------
  let matches = [], page = 0;
  function render() {
    if (order === null) sortRows();
    words = search.value.trim().toLowerCase();
    if (only.checked && shownList) {
      inView = new Uint8Array(n);
      for (let j = 0; j < shownList.length; j++) inView[shownList[j]] = 1;
      shownList = null;
    }
    matches = [];
    for (let j = 0; j < total; j++) {
      const k = order[j];
      let ok = true;
      for (let f = 0; f < filters.length && ok; f++) ok = filters[f][1](k);
      if (ok) matches.push(k);
    }
    const pages = Math.max(1, Math.ceil(matches.length / PAGE));
    page = Math.min(page, pages - 1);
    body.textContent = "";
    matches.slice(page * PAGE, page * PAGE + PAGE).forEach((k) => {
      const tr = el("tr"), cells = text(k);
      cells.forEach((c, j) => {
        const td = el("td");
        if (j === 3 && k < n) {
          const b = el("button", "geomap-rowlink", c); b.type = "button";
          b.title = t("show_on_map");
          b.addEventListener("click", (e) => { e.stopPropagation(); app.main.showEvent(k); });
          td.appendChild(b);
        } else td.textContent = c === null ? "" : String(c);
        tr.appendChild(td);
      });
      const src = el("td");
      sources(k).forEach((u, j) => { if (j) src.appendChild(document.createTextNode(" ")); src.appendChild(link(u)); });
      tr.appendChild(src);
      if (k < n) {
        tr.className = "geomap-row-placed";
        tr.addEventListener("click", (e) => { if (e.target.tagName !== "A") app.main.showEvent(k); });
      }
      body.appendChild(tr);
      rowHooks.forEach((fn) => fn(k, tr));
    });
    pager.textContent = "";
    if (pages > 1) {
      pager.appendChild(button(t("earlier"), null, () => { page = Math.max(0, page - 1); render(); }));
      pager.appendChild(el("span", null, t("rows_of", { first: page * PAGE + 1,
        last: Math.min(matches.length, (page + 1) * PAGE), total: matches.length })));
      pager.appendChild(button(t("later"), null, () => { page = Math.min(pages - 1, page + 1); render(); }));
    }
    status.textContent = t("rows_shown", { n: matches.length, total });
  }
  // cause "window": only the time moved, which changes nothing unless the table follows the window.
  function refresh(visible, cause) {
    if (visible) shownList = visible;
    if (cause === "window" && !only.checked && order !== null) return;
    render();
  }
  search.addEventListener("input", () => { page = 0; render(); app.emit("table"); });
  only.addEventListener("change", () => { page = 0; render(); app.emit("table"); });
  function query() { return search.value; }
  function setQuery(q) { search.value = q; page = 0; render(); }
  return { refresh, addFilter, orderBy, addRowHook, query, setQuery, matches: () => matches, section, tools };
});
