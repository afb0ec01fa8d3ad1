// geomap page script: the modules in this folder, joined in the order of geomap/render/script.py
// when the page frame is baked. Each module is one `geomapPage.define(name, factory)`: the factory
// gets `app` (the map, the data, the modules defined before it, and a small message bus) and returns
// what the later modules may use as `app.<name>`. A new module is a new file added to that list.
//
// Safety: every piece of text from the data reaches the page through textContent (app.dom.el) and
// every address through app.dom.link, so nothing in the data is ever parsed as HTML or script.
"use strict";

window.geomapPage = (function () {
  const factories = [];
  return {
    define(name, factory) { factories.push([name, factory]); },
    run(map, data) {
      const listeners = {};
      const app = {
        map, data,
        on(topic, fn) { (listeners[topic] = listeners[topic] || []).push(fn); },
        emit(topic, payload) { (listeners[topic] || []).forEach((fn) => fn(payload)); },
      };
      factories.forEach(([name, factory]) => { app[name] = factory(app) || {}; });
      app.emit("ready");
      return app;
    },
  };
})();
