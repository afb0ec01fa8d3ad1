// Named fields for the packed data. Events are columns (one array per field, in start-date order);
// venues, origins and unplaced events are objects. Optional columns are absent when no event has them.
geomapPage.define("rows", (app) => {
  const D = app.data, E = D.events, n = E.id.length;
  const none = new Array(0);
  const datasets = D.datasets || [];
  // Toggle groups: 0 is the page's own events, 1 + k the events imported from datasets[k].
  function group(i) { return E.dataset && E.dataset[i] !== null ? E.dataset[i] + 1 : 0; }
  function passing(i) { return !!(E.passing && E.passing[i]); }
  function event(i) {
    return {
      index: i, id: E.id[i], type: D.types[E.type[i]], venue: D.venues[E.venue[i]], t0: E.t0[i], t1: E.t1[i],
      date: E.date[i], headline: E.headline[i], summary: E.summary[i], persons: E.persons[i],
      written: E.written ? E.written[i] || none : none, actors: E.actors[i], sources: E.sources[i],
      implied: E.basis[i] === "implied", origin: E.origin[i] === null ? null : D.origins[E.origin[i]],
      dataset: group(i) ? datasets[group(i) - 1] : null, sourceId: E.source_id ? E.source_id[i] : null,
      passing: passing(i),
    };
  }
  function unplaced(u) {
    const r = D.unplaced[u];
    return { id: r.id, type: D.types[r.type], date: r.date, headline: r.headline, reason: r.reason,
             persons: r.persons, actors: r.actors, sources: r.sources, venueText: r.venue_text,
             dataset: r.dataset === null || r.dataset === undefined ? null : datasets[r.dataset], passing: !!r.passing };
  }
  function country(code) { return D.countries[code] || code; }
  return { n, E, D, venues: D.venues, types: D.types, datasets, group, passing, event, unplaced, country,
           groups: 1 + datasets.length };
});
