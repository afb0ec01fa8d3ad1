// The time window: all dates, or a day, month or year at a time, or everything up to the end of the
// current step (cumulative). Events are sorted by first day, so a window is found by binary search.
geomapPage.define("time", (app) => {
  const { E, n } = app.rows, i18n = app.i18n, DAY = i18n.DAY;
  const LONG = 31;   // days: longer events (month- and year-dated ones) are few and checked one by one
  const range = app.data.days || [0, 0];
  const state = { t: range[1], window: "all", cumulative: false };
  const longOnes = [];
  for (let i = 0; i < n; i++) if (E.t1[i] - E.t0[i] > LONG) longOnes.push(i);

  function stepOf(t, unit) {
    // [first, last] day of the step holding day t.
    const d = new Date(t * DAY), y = d.getUTCFullYear(), m = d.getUTCMonth();
    if (unit === "day") return [t, t];
    if (unit === "month") return [Date.UTC(y, m, 1) / DAY, Date.UTC(y, m + 1, 1) / DAY - 1];
    return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
  }
  function bounds() {
    if (state.window === "all") return [-Infinity, Infinity];
    const s = stepOf(state.t, state.window);
    return state.cumulative ? [-Infinity, s[1]] : s;
  }
  function next(t, unit) { return stepOf(t, unit || state.window)[1] + 1; }
  function previous(t, unit) { return stepOf(stepOf(t, unit || state.window)[0] - 1, unit || state.window)[0]; }
  function firstAtOrAfter(day) {
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (E.t0[mid] < day) lo = mid + 1; else hi = mid; }
    return lo;
  }
  // The events whose [first, last] day meets the window and that `keep` lets through (null: all),
  // in order.
  function inWindow(b, keep) {
    if (b[0] === -Infinity) {
      // A prefix of the columns: filled in place, without growing an array event by event.
      const stop = b[1] === Infinity ? n : firstAtOrAfter(b[1] + 1);
      if (!keep) { const all = new Array(stop); for (let i = 0; i < stop; i++) all[i] = i; return all; }
      const out = [];
      for (let i = 0; i < stop; i++) if (keep(i)) out.push(i);
      return out;
    }
    const out = [], t0 = E.t0, t1 = E.t1, stop = firstAtOrAfter(b[1] + 1);
    for (let i = firstAtOrAfter(b[0] - LONG); i < stop; i++) {
      if (t1[i] >= b[0] && t1[i] - t0[i] <= LONG && (!keep || keep(i))) out.push(i);
    }
    let late = false;
    for (let k = 0; k < longOnes.length; k++) {
      const j = longOnes[k];
      if (t1[j] >= b[0] && t0[j] <= b[1] && (!keep || keep(j))) { out.push(j); late = true; }
    }
    return late ? out.sort((a, c) => a - c) : out;
  }
  function label(b) {
    if (state.window === "all") return i18n.t("all_dates");
    const step = stepOf(state.t, state.window);
    const name = state.window === "month" ? i18n.month(step[0]) : state.window === "day" ? i18n.day(step[0]) : i18n.year(step[0]);
    return state.cumulative ? i18n.t("up_to", { date: name }) : name;
  }
  // Events per step over the whole range, counted by first day: the slider's histogram.
  function histogram(unit) {
    const bins = [];
    for (let s = stepOf(range[0], unit)[0]; s <= range[1]; s = next(s, unit)) bins.push([s, 0]);
    let k = 0;
    for (let i = 0; i < n; i++) {
      while (k + 1 < bins.length && bins[k + 1][0] <= E.t0[i]) k++;
      bins[k][1]++;
    }
    return bins;
  }
  return { state, range, bounds, stepOf, next, previous, inWindow, label, histogram };
});
