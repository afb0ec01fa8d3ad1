// Unpacking: each <script class="geomap-data"> is base64 → deflate → JSON; "meta" holds the small
// things, "events.<column>" one event column each. Then the modules run on the map folium made.
window.geomapStart = function (map, nodes) {
  function bytes(b64) {
    // The browser's own decoder where it has one (2025 on): at 100,000 events the loop below takes
    // a tenth of a second.
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(b64);
    const bin = atob(b64), out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function part(node) {
    const stream = new Blob([bytes(node.textContent)]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).json().then((value) => [node.dataset.part, value]);
  }
  function fail(error) {
    const box = document.createElement("div");
    box.className = "geomap-failed";
    box.textContent = "This map could not be drawn: " + (error && error.message || error) +
      ". It needs a browser from 2023 or later (Chrome 80, Firefox 113, Safari 16.4).";
    map.getContainer().appendChild(box);
    if (window.console) console.error(error);
  }
  function outlines(packed) {
    // Delta-encoded rings in 1/1000 degree (render/html.py pack_outlines) → GeoJSON.
    if (!packed) return null;
    return { type: "FeatureCollection", features: packed.map((polys) => ({
      type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polys.map((rings) =>
        rings.map((flat) => {
          const ring = [];
          let x = 0, y = 0;
          for (let k = 0; k < flat.length; k += 2) { x += flat[k]; y += flat[k + 1]; ring.push([x / 1000, y / 1000]); }
          return ring;
        })) } })) };
  }
  if (typeof DecompressionStream === "undefined") { fail(new Error("no DecompressionStream")); return; }
  Promise.all(Array.prototype.map.call(nodes, part)).then((parts) => {
    let data = null;
    const events = {};
    parts.forEach(([name, value]) => {
      if (name === "meta") data = value;
      else events[name.slice("events.".length)] = value;
    });
    data.events = events;
    data.basemap = outlines(data.basemap);
    window.geomapPage.run(map, data);
  }).catch(fail);
};
