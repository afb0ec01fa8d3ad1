// Which events are switched on: a toggle per dataset group and type, and one for events mentioned in
// passing (background mentions). The table and the map both ask `shown(i)`.
geomapPage.define("filters", (app) => {
  const { E, types, group, passing } = app.rows, T = types.length;
  const hidden = new Uint8Array(app.rows.groups * T);
  const state = { background: true };
  const tests = [];   // more conditions that later modules add (review.js: only new events, ...)
  function key(g, type) { return g * T + type; }
  function shown(i) {
    if (hidden[key(group(i), E.type[i])] || (!state.background && passing(i))) return false;
    for (let k = 0; k < tests.length; k++) if (!tests[k](i)) return false;
    return true;
  }
  // The events of `list` that are switched on, in its order.
  function keep(list) {
    const out = [];
    for (let j = 0; j < list.length; j++) if (shown(list[j])) out.push(list[j]);
    return out;
  }
  function addTest(fn) { tests.push(fn); }
  function shownRow(g, type, isPassing) { return !hidden[key(g, type)] && (state.background || !isPassing); }
  function set(g, type, on) { hidden[key(g, type)] = on ? 0 : 1; app.emit("filters"); }
  function isOn(g, type) { return !hidden[key(g, type)]; }
  function setBackground(on) { state.background = on; app.emit("filters"); }
  // The type keys switched off, for the shareable link ("t=" lists those switched on).
  function onTypes() {
    const out = [];
    types.forEach((t, k) => { let on = false; for (let g = 0; g < app.rows.groups; g++) on = on || isOn(g, k); if (on) out.push(t.key); });
    return out;
  }
  function setTypes(keys) {
    types.forEach((t, k) => { for (let g = 0; g < app.rows.groups; g++) hidden[key(g, k)] = keys.indexOf(t.key) < 0 ? 1 : 0; });
    app.emit("filters");
  }
  return { shown, keep, shownRow, set, isOn, state, setBackground, onTypes, setTypes, addTest };
});
