/**
 * The events layer's part of the page's script (see `clientScript`), spliced into it only when
 * the page draws events. From the layer's arrays (`PageEvents`) it works out each event's
 * position number once; on every redraw it gathers the events whose day range holds the day,
 * one circle per position, and sizes, colours, orders and titles them as `eventMarks` and
 * `markTitle` do, with the constants the data sends. It uses the script's strings table, its
 * escaping, its places by point and their tooltips.
 */
export const EVENTS_CLIENT = `

  // the events layer: each event's position number, once; every redraw only compares day numbers
  var L = D.layer, eventLayerEl = document.getElementById("event-layer");
  var EN = L.x.length, evPos = new Int32Array(EN), evPositions = 0;
  (function () {
    var posOf = {};
    for (var i = 0; i < EN; i++) {
      var key = L.x[i] + "," + L.y[i];
      if (posOf[key] === undefined) posOf[key] = evPositions++;
      evPos[i] = posOf[key];
    }
  })();
  var evD0 = Int32Array.from(L.d0), evD1 = Int32Array.from(L.d1), evKilled = Float64Array.from(L.killed), evFamily = Int32Array.from(L.family);
  var evStamp = new Int32Array(evPositions).fill(-1), evMarkOf = new Int32Array(evPositions);
  var evCircles = new Array(evPositions), evShown = new Array(evPositions);
  var marks = [], marksDay = -1, marksRun = 0;

  function markRadius(killed) {
    var R = L.radius;
    return Math.round(Math.min(R[2], R[0] + R[1] * Math.sqrt(killed)) * R[3]) / R[3];
  }

  function drawEvents(d) {
    if (d === marksDay) return;
    marksDay = d;
    marksRun++;
    marks = [];
    var fams = L.families.length;
    for (var i = 0; i < EN; i++) {
      if (evD0[i] > d || evD1[i] < d) continue;
      var q = evPos[i], m;
      if (evStamp[q] !== marksRun) {
        evStamp[q] = marksRun;
        evMarkOf[q] = marks.length;
        m = { head: i, count: 0, killed: 0, byFamily: new Array(fams).fill(0), ids: [] };
        marks.push(m);
      } else m = marks[evMarkOf[q]];
      m.count++;
      m.killed += evKilled[i];
      m.byFamily[evFamily[i]]++;
      if (m.ids.length < 3) m.ids.push(S[L.id[i]]);
    }
    marks.forEach(function (m) {
      var f = 0;
      for (var j = 1; j < fams; j++) if (m.byFamily[j] > m.byFamily[f]) f = j;
      m.family = f;
      m.radius = markRadius(m.killed);
    });
    marks.sort(function (a, b) { return b.radius - a.radius || a.head - b.head; });
    // one circle per position, kept from redraw to redraw: only what changed is set, only what moved is moved
    var before = eventLayerEl.firstChild;
    for (var k = 0; k < marks.length; k++) {
      var m = marks[k], h = m.head, q = evPos[h], c = evCircles[q], fam = L.families[m.family];
      if (!c) {
        c = evCircles[q] = document.createElementNS("http://www.w3.org/2000/svg", "circle");
        evShown[q] = {};
        c.setAttribute("class", "event");
        c.setAttribute("cx", String(L.x[h]));
        c.setAttribute("cy", String(L.y[h]));
        c.setAttribute("fill-opacity", "0.35");
        c.setAttribute("stroke-width", "1.2");
      }
      var a = evShown[q];
      setOnce(c, a, "data-m", k);
      setOnce(c, a, "data-place", S[L.place[h]]);
      setOnce(c, a, "data-family", fam[0]);
      setOnce(c, a, "data-count", m.count);
      setOnce(c, a, "data-killed", m.killed);
      setOnce(c, a, "r", m.radius);
      setOnce(c, a, "fill", fam[1]);
      setOnce(c, a, "stroke", fam[1]);
      if (c === before) before = c.nextSibling;
      else eventLayerEl.insertBefore(c, before);
    }
    // the circles after the last one placed are those of positions with no event in the window
    while (before) {
      var gone = before;
      before = before.nextSibling;
      gone.remove();
    }
  }

  function setOnce(node, shownAttrs, name, value) {
    if (shownAttrs[name] === value) return;
    shownAttrs[name] = value;
    node.setAttribute(name, String(value));
  }

  function markTitle(m) {
    var families = [];
    L.families.forEach(function (f, j) { if (m.byFamily[j] > 0) families.push(m.byFamily[j] + " " + f[2]); });
    return S[L.placeName[m.head]] + ": " + (m.count === 1 ? "1 event" : m.count + " events") + " (" + families.join(", ") + "); " +
      m.killed + " killed (best estimates); " + m.ids.join(", ") + (m.count > m.ids.length ? ", ..." : "");
  }

  /** The circle's events, then the places drawn at its point, if any. */
  function eventTip(c) {
    var m = marks[Number(c.getAttribute("data-m"))];
    var html = '<div data-tip-events="' + escapeHtml(S[L.place[m.head]]) + '">' + escapeHtml(markTitle(m)) + "</div>";
    var same = stacks["translate(" + L.x[m.head] + "," + L.y[m.head] + ")"];
    return same ? html + "<hr>" + tipFor(same[0]) : html;
  }
  function showEventTip(ev, c) {
    tip.innerHTML = eventTip(c);
    tip.setAttribute("data-place", c.getAttribute("data-place"));
    tip.style.display = "block";
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = Math.min(ev.clientY + 14, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }`;

/** The first lines of the script's tooltip handler when the page draws events: a circle shows its events. */
export const EVENTS_TIP = `
    var c = ev.target && ev.target.closest ? ev.target.closest("circle.event") : null;
    if (c) return showEventTip(ev, c);`;
