// Corrections made in the page, offline: another place (searched among the gazetteer's names, Polish
// forms included), type or dates, a drop with its reason, "checked", a document's date. They are kept
// in this browser's storage for this page (nothing is sent anywhere) and saved by "Download
// corrections" as an overrides.jsonl in the format `geomap build --overrides` reads. The lines of the
// overrides file this page was built with come first in it, merged with what was corrected here, so
// the saved file replaces that one without losing a line. Corrections the build has applied leave
// the list when the rebuilt page opens.
geomapPage.define("corrections", (app) => {
  const { el, button } = app.dom, { t, typeName } = app.i18n, rows = app.rows;
  const R = app.data.review || { places: [], overrides: [] };
  const STORE = "geomap-corrections:" + location.pathname;
  const built = R.overrides || [];

  // --- what is kept ----------------------------------------------------------------------------
  function keyOf(r) { return typeof r.id === "string" ? "id:" + r.id : "doc:" + r.doc; }
  const builtBy = new Map(built.map((r) => [keyOf(r), r]));
  // A correction the build applied: its line in the build's overrides file says all it says.
  function inBuild(r) {
    const b = builtBy.get(keyOf(r));
    return !!b && Object.keys(r).every((k) => JSON.stringify(b[k]) === JSON.stringify(r[k]));
  }
  let store = null;   // null when the browser keeps no storage for this page: edits last while it is open
  try { store = window.localStorage; store.getItem(STORE); } catch (e) { store = null; }
  const pending = new Map();   // key → the line it will be in overrides.jsonl, in the order made
  (function load() {
    let list = [];
    try { list = JSON.parse((store && store.getItem(STORE)) || "[]"); } catch (e) { list = []; }
    (Array.isArray(list) ? list : []).forEach((r) => {
      if (r && typeof r === "object" && (typeof r.id === "string" || typeof r.doc === "string") && !inBuild(r)) {
        pending.set(keyOf(r), r);
      }
    });
  })();
  function save() {
    if (store) {
      try { store.setItem(STORE, JSON.stringify(Array.from(pending.values()))); } catch (e) { /* full: kept in memory */ }
    }
    app.emit("corrections");
  }
  function put(key, rec) { pending.delete(key); pending.set(key, rec); save(); }
  // Every correction of an event marks it checked: whoever corrected it has looked at it.
  function correct(id, changes) {
    const key = "id:" + id, old = pending.get(key);
    if (changes.drop) { put(key, { id, drop: true, reason: String(changes.reason) }); return; }
    put(key, Object.assign({}, old && !old.drop ? old : { id }, changes, { checked: true }));
  }
  function setDocumentDate(doc, date) { put("doc:" + doc, { doc, date }); }
  function undo(key) { pending.delete(key); save(); }
  function get(id) { return pending.get("id:" + id) || null; }

  // --- the file ----------------------------------------------------------------------------------
  function lines() {
    const out = [], used = new Set();
    built.forEach((b) => {
      const key = keyOf(b), p = pending.get(key);
      if (!p) { out.push(b); return; }
      used.add(key);
      out.push(p.drop || p.doc !== undefined ? p : Object.assign({}, b.drop ? { id: b.id } : b, p));
    });
    pending.forEach((p, key) => { if (!used.has(key)) out.push(p); });
    return out;
  }
  // JSON.stringify writes each line: the text of a correction is data, never markup.
  function text() { return lines().map((r) => JSON.stringify(r) + "\n").join(""); }
  function download() {
    const url = URL.createObjectURL(new Blob([text()], { type: "application/x-ndjson" }));
    const a = el("a");
    a.href = url; a.download = "overrides.jsonl";
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // --- places ------------------------------------------------------------------------------------
  const places = R.places || [];
  const KIND = { city: 0, site: 1, island: 2, admin1: 3, country: 4 };
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[łŁ]/g, "l").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  let names = null;   // per place, [folded, as written] for each of its names; made on the first search
  const PREPOSITION = /^(?:w|we|na|do|z|ze|pod|nad|przy|in|at|to|near)\s+/;
  // A Polish case form of a name: 'kijowie' for 'kijow', 'moskwie' for 'moskwa'.
  function inflected(q, f) {
    let c = 0;
    while (c < q.length && c < f.length && q[c] === f[c]) c++;
    return c >= 4 && c >= f.length - 2 && c >= q.length - 4;
  }
  function score(q, f) {
    if (f === q) return 0;
    if (f.startsWith(q)) return 1;
    if (inflected(q, f)) return 2;
    if (f.split(" ").some((w) => w.startsWith(q))) return 3;
    return f.indexOf(q) >= 0 ? 4 : 9;
  }
  function search(query, limit) {
    const q = fold(query).replace(PREPOSITION, "");
    if (q.length < 2) return [];
    if (!names) names = places.map((p) => [p[1]].concat(p[4] ? p[4].split("|") : []).map((x) => [fold(x), x]));
    const hits = [];
    names.forEach((list, k) => {
      let best = 9, as = null;
      list.forEach(([f, raw]) => { const s = score(q, f); if (s < best) { best = s; as = raw; } });
      if (best < 9) hits.push([best, KIND[places[k][2]] ?? 5, places[k][1].length, k, as]);
    });
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    return hits.slice(0, limit || 8).map(([, , , k, as]) => {
      const p = places[k];
      return { id: p[0], name: p[1], kind: p[2], country: p[3], as: as === p[1] ? null : as };
    });
  }
  const placeNames = new Map(places.map((p) => [p[0], p[1]]));
  function placeName(id) { return placeNames.get(id) || id; }

  // --- words -------------------------------------------------------------------------------------
  function describe(r) {
    if (r.doc !== undefined && r.id === undefined) return t("review_doc_date_set", { doc: r.doc, date: r.date });
    if (r.drop) return t("review_dropped", { reason: r.reason });
    const parts = [];
    if (r.venue_id) parts.push(t("review_venue_to", { place: placeName(r.venue_id) }));
    if (r.event_type) parts.push(t("review_type_to", { type: typeName(r.event_type) }));
    if (r.date_start) parts.push(t("review_dates_to", { dates: r.date_start + (r.date_end !== r.date_start ? " – " + r.date_end : "") }));
    if (r.checked) parts.push(t("review_checked"));
    return parts.join("; ");
  }

  // --- the editor of one event -------------------------------------------------------------------
  const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
  function realDate(s) {
    const [y, m, d] = s.split("-").map(Number);
    const x = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
    return x.getUTCFullYear() === y && (!m || x.getUTCMonth() === m - 1) && (!d || x.getUTCDate() === d);
  }
  function dates(from, to) {
    const a = from.trim(), b = to.trim() || a;
    if (!DATE.test(a) || !DATE.test(b) || a.length !== b.length || !realDate(a) || !realDate(b) || b < a) return null;
    return { date_start: a, date_end: b, date_precision: { 10: "day", 7: "month", 4: "year" }[a.length] };
  }
  function field(label, control) {
    const row = el("div", "geomap-fix-row");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", label);
    row.appendChild(el("span", "geomap-fix-label", label));
    row.appendChild(control);
    return row;
  }
  function input(placeholder, cls) {
    const x = el("input", cls);
    x.type = "text"; x.placeholder = placeholder; x.setAttribute("aria-label", placeholder); x.autocomplete = "off";
    return x;
  }
  // ref: { id, type (key), dates: [start, end] or null, doc, docDate (whether its date is in doubt) }
  function editor(ref) {
    const box = el("div", "geomap-fix");
    box.addEventListener("keydown", (e) => e.stopPropagation());   // typing is not a map shortcut
    const status = el("div", "geomap-fix-status");
    status.setAttribute("role", "status");
    function saved() { const r = get(ref.id); status.textContent = r ? t("review_saved", { what: describe(r) }) : ""; }

    const venue = input(t("review_venue_placeholder"), "geomap-fix-venue");
    venue.type = "search";
    const list = el("ul", "geomap-fix-places");
    list.setAttribute("aria-label", t("review_venue"));
    venue.addEventListener("input", () => {
      list.textContent = "";
      const found = search(venue.value, 8);
      if (!found.length && fold(venue.value).length >= 2) list.appendChild(el("li", "geomap-muted", t("review_no_place")));
      found.forEach((p) => {
        const li = el("li");
        const label = p.name + (p.as ? " (" + p.as + ")" : "") + " · " + p.kind + ", " + p.country;
        li.appendChild(button(label, null, () => {
          correct(ref.id, { venue_id: p.id });
          venue.value = p.name; list.textContent = ""; saved();
        }, "geomap-fix-place"));
        list.appendChild(li);
      });
    });
    venue.addEventListener("keydown", (e) => {
      const first = list.querySelector("button");
      if (e.key === "Enter" && first) { e.preventDefault(); first.click(); }
    });
    const vbox = el("div", "geomap-fix-search");
    vbox.appendChild(venue); vbox.appendChild(list);
    box.appendChild(field(t("review_venue"), vbox));

    const type = el("select", "geomap-fix-type");
    rows.types.forEach((tp) => { const o = el("option", null, typeName(tp.key)); o.value = tp.key; type.appendChild(o); });
    type.value = ref.type;
    type.setAttribute("aria-label", t("review_type"));
    type.addEventListener("change", () => { correct(ref.id, { event_type: type.value }); saved(); });
    box.appendChild(field(t("review_type"), type));

    const from = input(t("review_date_from"), "geomap-fix-from"), to = input(t("review_date_to"), "geomap-fix-to");
    if (ref.dates) { from.value = ref.dates[0]; to.value = ref.dates[1] === ref.dates[0] ? "" : ref.dates[1]; }
    const dateRow = el("div", "geomap-fix-dates");
    dateRow.appendChild(from); dateRow.appendChild(to);
    dateRow.appendChild(button(t("review_set_dates"), null, () => {
      const d = dates(from.value, to.value);
      if (!d) { status.textContent = t("review_bad_date"); return; }
      correct(ref.id, d); saved();
    }));
    box.appendChild(field(t("review_dates"), dateRow));

    if (ref.docDate && ref.doc) {
      const docDate = input("YYYY-MM", "geomap-fix-docdate"), docRow = el("div", "geomap-fix-dates");
      docRow.appendChild(docDate);
      docRow.appendChild(button(t("review_set_doc_date"), null, () => {
        if (!/^\d{4}-\d{2}$/.test(docDate.value.trim()) || !realDate(docDate.value.trim())) {
          status.textContent = t("review_bad_doc_date"); return;
        }
        setDocumentDate(ref.doc, docDate.value.trim());
        status.textContent = t("review_saved", { what: t("review_doc_date_set", { doc: ref.doc, date: docDate.value.trim() }) });
      }));
      box.appendChild(field(t("review_doc_date", { doc: ref.doc }), docRow));
    }

    const reason = input(t("review_drop_reason"), "geomap-fix-reason"), dropRow = el("div", "geomap-fix-dates");
    dropRow.appendChild(reason);
    dropRow.appendChild(button(t("review_drop"), null, () => {
      if (!reason.value.trim()) { status.textContent = t("review_reason_needed"); reason.focus(); return; }
      correct(ref.id, { drop: true, reason: reason.value.trim() }); saved();
    }, "geomap-btn geomap-fix-drop"));
    box.appendChild(dropRow);
    box.appendChild(button(t("review_mark_checked"), null, () => { correct(ref.id, {}); saved(); }, "geomap-btn geomap-fix-checked"));
    box.appendChild(status);
    saved();
    return box;
  }

  // --- the Corrections panel -------------------------------------------------------------------
  let byId = null;   // event id → [row key, headline]; row keys as the table's (k < n placed)
  function find(id) {
    if (!byId) {
      byId = new Map();
      for (let i = 0; i < rows.n; i++) byId.set(rows.E.id[i], [i, rows.E.headline[i]]);
      app.data.unplaced.forEach((u, k) => byId.set(u.id, [rows.n + k, u.headline]));
    }
    return byId.get(id) || null;
  }
  const panel = el("details", "geomap-corrections");
  panel.id = "geomap-corrections";
  const summary = el("summary"), list = el("ol", "geomap-corrections-list");
  const downloadButton = button(t("review_download"), null, download, "geomap-btn geomap-download");
  downloadButton.id = "geomap-download";
  panel.appendChild(summary);
  panel.appendChild(el("p", "geomap-muted", t("review_download_help")));
  if (!store) panel.appendChild(el("p", "geomap-status", t("review_storage_off")));
  panel.appendChild(list);
  const fromBuild = el("p", "geomap-muted");
  panel.appendChild(fromBuild);
  function render() {
    summary.textContent = t("review_corrections", { n: pending.size });
    list.textContent = "";
    if (!pending.size) list.appendChild(el("li", "geomap-muted", t("review_none_yet")));
    pending.forEach((r, key) => {
      const li = el("li", "geomap-correction"), known = r.id !== undefined ? find(r.id) : null;
      li.dataset.key = key;
      li.appendChild(el("span", "geomap-correction-what", r.id !== undefined ? (known ? known[1] : r.id) : r.doc));
      li.appendChild(el("span", "geomap-correction-how", describe(r)));
      if (known && known[0] < rows.n && !r.drop) {
        li.appendChild(button(t("review_show_event"), null, () => app.main.showEvent(known[0])));
      }
      li.appendChild(button(t("review_undo"), null, () => undo(key)));
      list.appendChild(li);
    });
    const kept = built.filter((b) => !pending.has(keyOf(b))).length;
    fromBuild.textContent = kept ? t("review_in_build", { n: kept }) : "";
  }
  app.on("corrections", render);
  render();

  return { correct, setDocumentDate, undo, get, lines, text, download, search, describe, editor, panel,
           downloadButton, count: () => pending.size, pending: () => Array.from(pending.values()) };
});
