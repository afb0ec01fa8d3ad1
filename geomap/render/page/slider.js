// The time slider: window (all dates, day, month, year), "up to this date" (cumulative), play at
// 1×, 2× or 4×, a histogram of events per step on the track, and a live line that says the window
// and the count. Keys on the slider: ←/→ a step, Home/End the ends, space play and pause.
geomapPage.define("slider", (app) => {
  const { el } = app.dom, { t } = app.i18n, time = app.time, state = time.state, range = time.range;
  const STEP_MS = 1100, SPEEDS = [1, 2, 4];
  let slider, windowSel, cumulative, playBtn, speedBtn, clock, histo, timer = null, speed = 0, bins = null, binsUnit = null;

  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const box = el("div", "geomap-slider leaflet-bar");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("time_controls"));
    playBtn = el("button", "geomap-play", "▶"); playBtn.type = "button";
    playBtn.setAttribute("aria-label", t("play")); playBtn.title = t("play");
    speedBtn = el("button", "geomap-speed", "1×"); speedBtn.type = "button";
    speedBtn.setAttribute("aria-label", t("speed", { speed: "1×" })); speedBtn.title = t("speed", { speed: "1×" });
    windowSel = el("select", "geomap-window");
    [["all", t("window_all")], ["month", t("window_month")], ["day", t("window_day")], ["year", t("window_year")]].forEach(([v, label]) => {
      const opt = el("option", null, label); opt.value = v; windowSel.appendChild(opt);
    });
    windowSel.setAttribute("aria-label", t("time_window"));
    const cumLabel = el("label", "geomap-cumulative");
    cumulative = el("input"); cumulative.type = "checkbox";
    cumLabel.appendChild(cumulative); cumLabel.appendChild(el("span", null, t("cumulative")));
    const top = el("div", "geomap-slider-line");
    [playBtn, speedBtn, windowSel, cumLabel].forEach((x) => top.appendChild(x));
    const track = el("div", "geomap-track");
    histo = el("canvas", "geomap-histogram"); histo.height = 28; histo.setAttribute("aria-hidden", "true");
    slider = el("input", "geomap-date"); slider.type = "range"; slider.min = range[0]; slider.max = range[1];
    slider.step = 1; slider.value = state.t; slider.setAttribute("aria-label", t("date"));
    track.appendChild(histo); track.appendChild(slider);
    clock = el("div", "geomap-clock");
    clock.setAttribute("aria-live", "polite"); clock.setAttribute("role", "status");
    [top, track, clock].forEach((x) => box.appendChild(x));
    L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
    watchWidth();

    slider.addEventListener("input", () => { ensureStep(); state.t = +slider.value; app.main.refresh(); });
    slider.addEventListener("keydown", keys);
    windowSel.addEventListener("change", () => {
      state.window = windowSel.value;
      if (state.window === "all") state.cumulative = false;
      app.main.refresh();
    });
    cumulative.addEventListener("change", () => { state.cumulative = cumulative.checked; ensureStep(); app.main.refresh(); });
    playBtn.addEventListener("click", () => (timer ? stop() : play()));
    speedBtn.addEventListener("click", () => {
      speed = (speed + 1) % SPEEDS.length;
      const label = SPEEDS[speed] + "×";
      speedBtn.textContent = label;
      speedBtn.setAttribute("aria-label", t("speed", { speed: label })); speedBtn.title = t("speed", { speed: label });
      if (timer) { clearInterval(timer); timer = setInterval(tick, STEP_MS / SPEEDS[speed]); }
    });
    return box;
  };
  function ensureStep() {
    // Moving through time needs a step: from "all dates" the slider picks months.
    if (state.window === "all") state.window = "month";
  }
  function keys(e) {
    const k = e.key;
    if (k === " " || k === "Spacebar") { e.preventDefault(); if (timer) stop(); else play(); return; }
    if (!["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"].includes(k)) return;
    e.preventDefault();
    ensureStep();
    let to = state.t;
    if (k === "Home") to = range[0];
    else if (k === "End") to = range[1];
    else if (k === "ArrowRight" || k === "ArrowUp" || k === "PageUp") to = Math.min(range[1], time.next(state.t));
    else to = Math.max(range[0], time.previous(state.t));
    setTime(to);
  }
  function tick() {
    const next = time.next(state.t);
    if (next > range[1]) { stop(); return; }
    setTime(next);
  }
  function play() {
    ensureStep();
    if (time.next(state.t) > range[1]) state.t = range[0];
    playBtn.textContent = "❚❚"; playBtn.setAttribute("aria-label", t("pause")); playBtn.title = t("pause");
    setTime(state.t);
    timer = setInterval(tick, STEP_MS / SPEEDS[speed]);
  }
  function stop() {
    clearInterval(timer); timer = null;
    playBtn.textContent = "▶"; playBtn.setAttribute("aria-label", t("play")); playBtn.title = t("play");
  }
  function setTime(day) { state.t = day; app.main.refresh(); }
  // The track's width, kept by a ResizeObserver: reading clientWidth after the page was changed would
  // make the browser lay the page out again in the middle of a step.
  let trackWidth = 0, drawnKey = null;
  function watchWidth() {
    if (typeof ResizeObserver === "undefined") return;
    new ResizeObserver(() => { trackWidth = slider.clientWidth; drawHistogram(); }).observe(slider);
  }
  function drawHistogram() {
    const unit = state.window === "year" ? "year" : state.window === "day" ? "day" : "month";
    if (binsUnit !== unit) { bins = time.histogram(unit); binsUnit = unit; }
    const w = Math.max(50, (typeof ResizeObserver === "undefined" ? slider.clientWidth : trackWidth) || 300), h = histo.height;
    // Redrawn only when what it shows has changed: the steps, the lit window or the width.
    const b = time.bounds(), key = [unit, state.window === "all" ? "all" : b[0] + ":" + b[1], w].join("|");
    if (key === drawnKey) return;
    drawnKey = key;
    if (histo.width !== w) histo.width = w;
    const ctx = histo.getContext("2d"), span = Math.max(1, range[1] - range[0]);
    ctx.clearRect(0, 0, w, h);
    let most = 1;
    bins.forEach((b) => { most = Math.max(most, b[1]); });
    const thumb = 8;   // the range thumb's half width: the track is inset by it
    bins.forEach(([start, count], k) => {
      const end = k + 1 < bins.length ? bins[k + 1][0] : range[1] + 1;
      const x0 = thumb + (Math.max(start, range[0]) - range[0]) / span * (w - 2 * thumb);
      const x1 = thumb + (Math.min(end, range[1] + 1) - range[0]) / span * (w - 2 * thumb);
      const lit = state.window === "all" || (end - 1 >= b[0] && start <= b[1]);
      ctx.fillStyle = lit ? "#3b6e8f" : "#b8c3cc";
      const bh = count ? Math.max(1.5, (h - 2) * count / most) : 0;
      ctx.fillRect(x0, h - bh, Math.max(1, x1 - x0 - 0.5), bh);
    });
  }
  // Each property is written only when it changes: an unchanged write still makes the browser
  // recompute styles (and, for the live line, tell screen readers again).
  function put(node, prop, value) { if (node[prop] !== value) node[prop] = value; }
  function update(b, shown, total) {
    if (!clock) return;
    put(slider, "value", String(state.t));
    put(windowSel, "value", state.window);
    put(cumulative, "checked", state.cumulative);
    put(cumulative, "disabled", state.window === "all");
    const label = time.label(b);
    if (slider.getAttribute("aria-valuetext") !== label) slider.setAttribute("aria-valuetext", label);
    put(clock, "textContent", t("window_line", { label, n: shown, total }));
    drawHistogram();
  }
  return { control, update, play, stop, playing: () => timer !== null, bins: () => bins };
});
