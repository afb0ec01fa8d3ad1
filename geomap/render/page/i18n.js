// UI text in the page's language: the strings table comes with the data (geomap/render/i18n/*.json),
// with plural forms chosen by the language's own rules (Polish has three).
geomapPage.define("i18n", (app) => {
  const S = app.data.strings, lang = app.data.lang || "en";
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang === "en" ? "en-GB" : lang);
  const DAY = 864e5;

  function num(x) { return numbers.format(x); }
  function pick(value, n) {
    return typeof value === "string" ? value : (value[rules.select(n)] || value.other);
  }
  // t("events_shown", {n: 3, total: 10}): "{name}" is replaced by the value; a number is formatted,
  // and a string with plural forms picks the one for `n`.
  function t(key, vars) {
    const v = vars || {};
    let s = S[key];
    if (s === undefined) throw new Error("no UI string " + key);
    s = pick(s, v.n === undefined ? 1 : v.n);
    return s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? (typeof v[k] === "number" ? num(v[k]) : String(v[k])) : m));
  }
  function typeLabel(key) { return S.types[key].label; }
  function typeCount(key, n) { return num(n) + " " + pick(S.types[key].count, n); }
  function typeName(key) { return S.types[key].one; }
  function date(d) { return new Date(d * DAY); }
  function month(d) { const x = date(d); return S.months[x.getUTCMonth()] + " " + x.getUTCFullYear(); }
  function day(d) {
    const x = date(d);
    return x.getUTCDate() + " " + S.months_of[x.getUTCMonth()] + " " + x.getUTCFullYear();
  }
  function year(d) { return String(date(d).getUTCFullYear()); }
  function iso(d) { return date(d).toISOString().slice(0, 10); }
  return { t, num, lang, typeLabel, typeCount, typeName, month, day, year, iso, DAY };
});
