// The review loop: which events are in doubt and why (geomap/review/doubt.py), the passage each was
// read from with the words that gave its date, place and type marked, what changed since the last
// build, and the corrections (corrections.js) — in each event's card, in the table's rows, and in a
// bar above the table: show all events, those that need review (most doubtful first), those new
// since the last build, or those changed; the Corrections panel; "Download corrections".
// Events in doubt, and new or changed ones, carry a small sign on their mark.
geomapPage.define("review", (app) => {
  const { el, button } = app.dom, { t } = app.i18n, rows = app.rows, fix = app.corrections;
  const R = app.data.review, E = rows.E, U = app.data.unplaced, n = rows.n, total = n + U.length;
  if (!R) return { doubtful: () => false, mode: () => "all", setMode() {} };

  // --- what the build says of each row (k < n: placed event k; else unplaced event k - n) -------
  function value(k) { return (k < n ? (E.review ? E.review[k] : 0) : U[k - n].review) || null; }
  function id(k) { return k < n ? E.id[k] : U[k - n].id; }
  function doubts(k) { const v = value(k); return (v && v.doubts) || []; }
  // In doubt until checked in the build or corrected here: worked out for every row by count(),
  // when the page opens and after each correction, since the map asks it of every event it draws.
  const inDoubt = new Uint8Array(total);
  function doubtful(k) { return inDoubt[k] === 1; }
  function change(k) { const v = value(k); return (v && v.change) || 0; }
  function scoreOf(k) { const v = value(k); return (v && v.score) || 0; }

  const counts = { review: 0, new: 0, changed: 0 };
  function count() {
    counts.review = 0; counts.new = 0; counts.changed = 0;
    for (let k = 0; k < total; k++) {
      inDoubt[k] = doubts(k).length > 0 && !fix.get(id(k)) ? 1 : 0;
      if (inDoubt[k]) counts.review++;
      const c = change(k);
      if (c === 1) counts.new++; else if (c === 2) counts.changed++;
    }
  }
  count();
  const since = R.changes ? R.changes.since : null;
  function sinceLabel() {
    const [y, m, d] = since.split("-").map(Number);
    return app.i18n.day(Date.UTC(y, m - 1, d) / app.i18n.DAY);
  }

  // --- what is shown ----------------------------------------------------------------------------
  const state = { mode: "all" };
  const MODES = {
    all: () => true,
    review: doubtful,
    new: (k) => change(k) === 1,
    changed: (k) => change(k) === 2,
  };
  function passes(k) { return MODES[state.mode](k); }
  const bar = el("div", "geomap-review-bar");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", t("review_show"));
  const modeButtons = {};
  function label(mode) {
    if (mode === "all") return t("review_all");
    if (mode === "review") return t("review_needs", { n: counts.review });
    if (mode === "new") return t("review_new", { date: sinceLabel(), n: counts.new });
    return t("review_changed", { n: counts.changed });
  }
  function pressed() {
    Object.keys(modeButtons).forEach((m) => modeButtons[m].setAttribute("aria-pressed", String(m === state.mode)));
  }
  function setMode(mode) {
    state.mode = MODES[mode] ? mode : "all";
    pressed();
    app.table.orderBy(state.mode === "review" ? (k) => -scoreOf(k) : null);
    app.emit("filters");   // the map shows what the table shows
  }
  ["all", "review"].concat(since ? ["new", "changed"] : []).forEach((mode) => {
    const b = button(label(mode), null, () => setMode(mode), "geomap-btn geomap-review-mode");
    b.dataset.mode = mode;
    modeButtons[mode] = b;
    bar.appendChild(b);
  });
  bar.appendChild(fix.downloadButton);
  app.filters.addTest((i) => passes(i));
  app.table.addFilter("review", passes);
  if (app.table.tools) {
    app.table.tools.insertAdjacentElement("afterend", bar);
    bar.insertAdjacentElement("afterend", fix.panel);
  }
  pressed();

  // --- signs on the map, and the legend rows for them ----------------------------------------------
  app.marks.addSign("review", doubtful, { text: "?", fill: "#1d232a", angle: -45 });
  if (since) app.marks.addSign("new", (i) => change(i) > 0, { text: "+", fill: "#0b6e4f", angle: -135 });
  if (counts.review) app.legend.addRow("sign-review", t("review_legend_doubt"));
  if (since && counts.new + counts.changed) app.legend.addRow("sign-new", t("review_legend_new", { date: sinceLabel() }));

  // --- evidence ---------------------------------------------------------------------------------
  function passage(text, marks) {
    const q = el("blockquote", "geomap-passage");
    let at = 0;
    marks.forEach(([a, b, kind]) => {
      if (a < at) return;
      if (a > at) q.appendChild(document.createTextNode(text.slice(at, a)));
      const m = el("mark", "geomap-mark-" + kind, text.slice(a, b));
      m.title = t("review_mark_" + kind);
      q.appendChild(m);
      at = b;
    });
    if (at < text.length) q.appendChild(document.createTextNode(text.slice(at)));
    return q;
  }
  function evidence(k) {
    const v = value(k) || {}, box = el("div", "geomap-evidence");
    if (v.passage) {
      const [text, marks] = v.passage;
      box.appendChild(passage(text, marks));
      const kinds = Array.from(new Set(marks.map((m) => m[2])));
      if (kinds.length) {
        const key = el("div", "geomap-muted geomap-marks-key", t("review_marks_key") + " ");
        kinds.forEach((kind) => { key.appendChild(el("mark", "geomap-mark-" + kind, t("review_key_" + kind))); key.appendChild(document.createTextNode(" ")); });
        box.appendChild(key);
      }
    } else box.appendChild(el("p", "geomap-muted", t("review_no_passage")));
    (v.why || []).forEach(([what, reason]) => box.appendChild(el("div", "geomap-why", t("review_why_" + what) + ": " + reason)));
    // The source addresses stand beside it already: in the card above, in the row's Sources column.
    if (v.doc) box.appendChild(el("div", "geomap-muted", t("review_source", { doc: v.doc })));
    return box;
  }
  function doubtList(k) {
    const ul = el("ul", "geomap-doubts");
    ul.setAttribute("aria-label", t("review_why"));
    doubts(k).forEach(([kind, reason, args]) => {
      const li = el("li", "geomap-doubt", t("doubt_" + reason, args));
      li.dataset.kind = kind;
      ul.appendChild(li);
    });
    return ul;
  }
  function tags(k) {
    const box = el("span", "geomap-review-tags"), v = value(k) || {}, r = fix.get(id(k));
    if (change(k) === 1) box.appendChild(el("span", "geomap-tag geomap-tag-new", t("review_tag_new")));
    if (change(k) === 2) box.appendChild(el("span", "geomap-tag geomap-tag-changed", t("review_tag_changed")));
    if (v.checked) box.appendChild(el("span", "geomap-tag geomap-tag-checked", t("review_tag_checked")));
    if (r) box.appendChild(el("span", "geomap-tag geomap-tag-pending", t("review_tag_pending") + ": " + fix.describe(r)));
    return box;
  }
  function ref(k) {
    const v = value(k) || {};
    return { id: id(k), type: rows.types[k < n ? E.type[k] : U[k - n].type].key, dates: v.dates || null, doc: v.doc,
             docDate: doubts(k).some((d) => d[0] === "doc_date") };
  }
  // Evidence and the editor, each behind its own summary line; `opened`: both open at once (the
  // table's review row), and the editor returned so its place box can take the focus.
  function sections(k, box, opened) {
    if (doubtful(k)) box.appendChild(doubtList(k));
    const ev = el("details", "geomap-review-evidence");
    ev.appendChild(el("summary", null, t("review_evidence")));
    ev.appendChild(evidence(k));
    const fx = el("details", "geomap-review-correct");
    fx.appendChild(el("summary", null, t("review_correct")));
    let editor = null;
    function make() { if (!editor) { editor = fix.editor(ref(k)); fx.appendChild(editor); } }
    fx.addEventListener("toggle", () => { if (fx.open) make(); });
    if (opened) { ev.open = true; fx.open = true; make(); }
    box.appendChild(ev);
    box.appendChild(fx);
    return editor;
  }

  // --- cards --------------------------------------------------------------------------------------
  app.popup.addSection((i, box) => {
    const tg = tags(i);
    if (tg.childNodes.length) box.querySelector(".geomap-card-head").appendChild(tg);
    const part = el("div", "geomap-card-review");
    sections(i, part, false);
    box.appendChild(part);
  });

  // --- table rows -----------------------------------------------------------------------------------
  // A column of its own: the tags, and the button that opens the row's evidence and corrections.
  if (app.table.section) {
    const th = el("th", null, t("review_column"));
    th.scope = "col";
    th.dataset.col = "review";
    app.table.section.querySelector("thead tr").appendChild(th);
  }
  const open = new Set();   // ids whose review row is open
  let focus = null;         // the id whose place box takes the focus once its row is drawn
  app.table.addRowHook((k, tr) => {
    const cell = el("td", "geomap-review-cell"), eid = id(k);
    tr.appendChild(cell);
    const tg = tags(k);
    if (tg.childNodes.length) cell.appendChild(tg);
    const d = doubtful(k) ? doubts(k).length : 0;
    const toggle = button(d ? t("review_button", { n: d }) : t("review_open"), null, () => {
      if (open.has(eid)) open.delete(eid); else { open.add(eid); focus = eid; }
      app.table.refresh(null, "review");
    }, "geomap-btn geomap-review-toggle" + (d ? " geomap-review-doubt" : ""));
    toggle.setAttribute("aria-expanded", String(open.has(eid)));
    cell.appendChild(toggle);
    if (!open.has(eid)) return;
    const more = el("tr", "geomap-review-row"), td = el("td");
    td.colSpan = tr.children.length;
    const editor = sections(k, td, true);
    more.appendChild(td);
    tr.insertAdjacentElement("afterend", more);
    if (focus === eid) { focus = null; editor.querySelector(".geomap-fix-venue").focus(); }
  });

  app.on("corrections", () => {
    count();
    Object.keys(modeButtons).forEach((m) => { modeButtons[m].textContent = label(m); });
    app.emit("filters");
  });

  return { doubtful, value, mode: () => state.mode, setMode, counts: () => Object.assign({}, counts), since };
});
