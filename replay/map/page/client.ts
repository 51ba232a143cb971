import { EVENTS_CLIENT, EVENTS_TIP } from "./event-client.js";
import { patchFrame } from "./patch.js";

/**
 * The page's script, run in the browser. It unpacks the frames the engine replayed (the
 * gzipped JSON in `#sitrep-frames`, see `PageData`; the days are plain in `#sitrep-data`) and
 * draws them: it applies no rule of the campaign, only `patchFrame`. Kept as plain ES5-style
 * JavaScript in a string so the page carries it inline with no build step. When it has drawn
 * the first frame it sets `data-ready` on the document's root.
 *
 * With `events` it also carries the events layer's part (`EVENTS_CLIENT`), which every redraw
 * calls, and the circles' tooltips; without, it is the script of a page with no events layer.
 */
export const clientScript = (events: boolean): string => String.raw`
(function () {
  "use strict";
  ${patchFrame.toString()}
  var packed = atob(document.getElementById("sitrep-frames").textContent.trim());
  var bytes = new Uint8Array(packed.length);
  for (var b = 0; b < packed.length; b++) bytes[b] = packed.charCodeAt(b);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function (text) {
    start(JSON.parse(text));
  });

  function start(D) {
  var S = D.strings, F = D.frames, P = D.names.length, DAYS = JSON.parse(document.getElementById("sitrep-data").textContent).days;
  var svg = document.querySelector("#map svg");
  var layerEl = document.getElementById("layer");
  var nodes = Array.prototype.slice.call(document.querySelectorAll("#places g.place"));
  var slider = document.getElementById("slider");
  var dayEl = document.getElementById("day");
  var dateEl = svg.querySelector("[data-date]");
  var eventsEl = document.getElementById("events");
  var tip = document.getElementById("tip");
  var playBtn = document.getElementById("play");
  var speedEl = document.getElementById("speed");

  // Key frames: the decoded tables every K frames, so any frame is a few patches away.
  var K = Math.max(32, Math.ceil((F.length * P) / 4000000));
  var keys = [];
  var run = new Int32Array(P * 2).fill(-1), runOverlay = [];
  var lastOfDay = new Int32Array(DAYS.length);
  var dayEvents = DAYS.map(function () { return []; });
  for (var i = 0; i < F.length; i++) {
    patchFrame(run, runOverlay, F[i]);
    if (i % K === 0) keys.push({ places: run.slice(), overlay: runOverlay.slice() });
  }
  for (var d = 0, f = 0; d < DAYS.length; d++) {
    while (f + 1 < F.length && F[f + 1][0] <= d) f++;
    lastOfDay[d] = f;
  }
  D.events.forEach(function (e, k) { if (e[0] >= 0) dayEvents[e[0]].push(k); });${events ? EVENTS_CLIENT : ""}

  var attrCache = {};
  function attrsOf(s) {
    var a = attrCache[s];
    if (a) return a;
    a = [];
    S[s].replace(/([\w-]+)="([^"]*)"/g, function (_, n, v) { a.push([n, v]); return ""; });
    attrCache[s] = a;
    return a;
  }
  var STYLE_ATTRS = ["data-side", "data-fill", "data-hollow", "data-contested", "opacity", "data-faint"];

  var shown = new Int32Array(P * 2).fill(-1);
  var shownOverlay = {}, frameNo = -1, dayNo = -1;

  function tableAt(fi) {
    var k = Math.floor(fi / K);
    var t = { places: keys[k].places.slice(), overlay: keys[k].overlay.slice() };
    for (var i = k * K + 1; i <= fi; i++) patchFrame(t.places, t.overlay, F[i]);
    return t;
  }

  function drawFrame(fi) {
    var t = tableAt(fi), arr = t.places;
    for (var k = 0; k < P; k++) {
      var s = arr[2 * k];
      if (s !== shown[2 * k]) {
        var node = nodes[k], st = D.styles[s];
        node.innerHTML = S[st[0]] + "<title>" + escapeHtml(D.names[k]) + "</title>";
        STYLE_ATTRS.forEach(function (n) { node.removeAttribute(n); });
        attrsOf(st[1]).forEach(function (p) { node.setAttribute(p[0], p[1]); });
      }
      shown[2 * k] = s;
      shown[2 * k + 1] = arr[2 * k + 1];
    }
    // overlay items are drawn and removed one by one, in the order of their strings
    var next = {};
    t.overlay.forEach(function (i) { next[i] = true; });
    Object.keys(shownOverlay).forEach(function (i) {
      if (!next[i]) { shownOverlay[i].remove(); delete shownOverlay[i]; }
    });
    var before = null;
    for (var j = t.overlay.length - 1; j >= 0; j--) {
      var item = t.overlay[j];
      if (!shownOverlay[item]) {
        var g = document.createElementNS("http://www.w3.org/2000/svg", "g");
        g.innerHTML = S[item];
        layerEl.insertBefore(g, before);
        shownOverlay[item] = g;
      }
      before = shownOverlay[item];
    }
    frameNo = fi;
  }

  function escapeHtml(t) {
    return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function eventHtml(k, current) {
    var e = D.events[k];
    return '<li data-event="' + escapeHtml(S[e[1]]) + '"' + (current ? ' class="current"' : "") + ">" +
      escapeHtml(S[e[2]]) + '<br><span class="quote">\u201c' + escapeHtml(S[e[3]]) + '\u201d</span><br><span class="src">' +
      escapeHtml(S[e[4]]) + " [" + escapeHtml(S[e[1]]) + "]</span></li>";
  }

  function showDay(d) {
    var list = dayEvents[d];
    var cur = F[frameNo][1];
    eventsEl.innerHTML = list.length === 0
      ? '<li class="muted">No event on this day.</li>'
      : list.map(function (k) { return eventHtml(k, k === cur); }).join("");
    document.getElementById("events-title").textContent = "Events of " + DAYS[d] + " (" + list.length + ")";
  }

  window.sitrepRedraws = [];
  function go(d, fi, fromHash) {
    var t0 = performance.now();
    performance.mark("sitrep-redraw-start");
    d = Math.max(0, Math.min(DAYS.length - 1, d));
    if (fi === undefined) fi = lastOfDay[d];
    drawFrame(fi);${events ? "\n    drawEvents(d);" : ""}
    dayNo = d;
    slider.value = String(d);
    dayEl.textContent = DAYS[d];
    if (dateEl) dateEl.textContent = DAYS[d];
    svg.setAttribute("data-at", DAYS[d]);
    showDay(d);
    if (!fromHash && location.hash !== "#" + DAYS[d]) history.replaceState(null, "", "#" + DAYS[d]);
    performance.mark("sitrep-redraw-end");
    performance.measure("sitrep-redraw", "sitrep-redraw-start", "sitrep-redraw-end");
    requestAnimationFrame(function () {
      window.sitrepRedraws.push({ day: DAYS[d], script: performance.now() - t0 });
    });
  }

  function dayFromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    var i = DAYS.indexOf(h);
    if (i >= 0) return i;
    if (/^\d{4}-\d{2}-\d{2}$/.test(h)) return h < DAYS[0] ? 0 : DAYS.length - 1;
    return 0;
  }

  slider.addEventListener("input", function () { go(Number(slider.value)); });
  window.addEventListener("hashchange", function () { go(dayFromHash(), undefined, true); });
  document.getElementById("prev-day").addEventListener("click", function () { go(dayNo - 1); });
  document.getElementById("next-day").addEventListener("click", function () { go(dayNo + 1); });
  document.getElementById("next-event").addEventListener("click", function () {
    for (var i = frameNo + 1; i < F.length; i++) if (F[i][1] >= 0) return go(F[i][0], i);
  });
  document.getElementById("prev-event").addEventListener("click", function () {
    for (var i = frameNo - 1; i >= 0; i--) if (F[i][1] >= 0 || i === 0) return go(F[i][0], i);
  });

  var timer = null;
  function stop() { if (timer !== null) clearInterval(timer); timer = null; playBtn.textContent = "\u25b6 Play"; }
  playBtn.addEventListener("click", function () {
    if (timer !== null) return stop();
    if (dayNo >= DAYS.length - 1) go(0);
    playBtn.textContent = "\u275a\u275a Pause";
    timer = setInterval(function () {
      if (dayNo >= DAYS.length - 1) return stop();
      go(dayNo + 1);
    }, 1000 / Number(speedEl.value));
  });
  speedEl.addEventListener("change", function () { if (timer !== null) { stop(); playBtn.click(); } });

  // places drawn at the same point (an area at its parent's point, a site at its town's) share a tooltip
  var stacks = {};
  nodes.forEach(function (n, k) { var t = n.getAttribute("transform"); (stacks[t] = stacks[t] || []).push(k); });
  function tipFor(k) {
    var same = stacks[nodes[k].getAttribute("transform")] || [k];
    var points = same.filter(function (j) { return nodes[j].getAttribute("data-faint") === null; });
    var areas = same.filter(function (j) { return nodes[j].getAttribute("data-faint") !== null; });
    return points.concat(areas).map(function (j) { return tipOne(j); }).join("<hr>");
  }
  function tipOne(k) {
    var info = D.infos[shown[2 * k + 1]];
    var html = '<div data-tip-place="' + escapeHtml(nodes[k].getAttribute("data-place")) + '"><strong>' + escapeHtml(D.names[k]) + "</strong><br>Held by: <span data-controller>" + escapeHtml(S[info[0]]) + "</span>";
    if (S[info[1]] !== "") html += "<br>Since: " + escapeHtml(S[info[1]]);
    if (S[info[3]] !== "") html += '<br><span class="muted">' + escapeHtml(S[info[3]]) + "</span>";
    if (info[2] >= 0) {
      var e = D.events[info[2]];
      html += "<br>By: " + escapeHtml(S[e[2]]) + '<br><span class="quote">\u201c' + escapeHtml(S[e[3]]) +
        '\u201d</span><br><span class="muted">' + escapeHtml(S[e[4]]) + "</span>";
    }
    return html + "</div>";
  }
  function placeOf(target) {
    var g = target && target.closest ? target.closest("g.place") : null;
    return g ? Number(g.getAttribute("data-k")) : -1;
  }
  function showTip(ev) {${events ? EVENTS_TIP : ""}
    var k = placeOf(ev.target);
    if (k < 0) { tip.style.display = "none"; return; }
    tip.innerHTML = tipFor(k);
    tip.setAttribute("data-place", nodes[k].getAttribute("data-place"));
    tip.style.display = "block";
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = Math.min(ev.clientY + 14, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }
  svg.addEventListener("pointermove", showTip);
  svg.addEventListener("click", showTip);
  svg.addEventListener("pointerleave", function () { tip.style.display = "none"; });

  go(dayFromHash(), undefined, location.hash !== "");
  document.documentElement.setAttribute("data-ready", "true");
  }
})();
`;
