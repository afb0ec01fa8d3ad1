// Safe DOM helpers: text only through textContent, addresses only when they are http(s).
geomapPage.define("dom", () => {
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function button(label, title, onClick, cls) {
    const b = el("button", cls || "geomap-btn", label);
    b.type = "button";
    if (title) { b.title = title; b.setAttribute("aria-label", title); }
    b.addEventListener("click", (e) => { L.DomEvent.stop(e); onClick(e); });
    return b;
  }
  function shorten(url) {
    try {
      const u = new URL(url), path = u.pathname.length > 28 ? u.pathname.slice(0, 27) + "…" : u.pathname;
      return u.hostname.replace(/^www\./, "") + path;
    } catch (e) { return url; }
  }
  function link(url) {
    let ok = false;
    try { ok = /^https?:$/.test(new URL(url).protocol); } catch (e) { ok = false; }
    if (!ok) return el("span", "geomap-badurl", url);
    const a = el("a", null, shorten(url));
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; a.title = url;
    return a;
  }
  function srOnly(tag, text) { return el(tag, "geomap-sr-only", text); }
  return { el, button, link, shorten, srOnly };
});
