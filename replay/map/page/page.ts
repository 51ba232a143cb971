import { gzipSync } from "node:zlib";
import type { Campaign } from "../../../engine/campaign.js";
import type { MapBase } from "../base.js";
import type { EventWindow } from "../events.js";
import { arrowHeads } from "../fronts.js";
import { labelCandidates, labelsSvg, placeLabels } from "../labels.js";
import { esc } from "../layout.js";
import { legendSvg } from "../legend.js";
import { LEGEND_WIDTH } from "../projection.js";
import { furnitureSvg, groundSvg, MAP_CSS, sidesShown } from "../svg.js";
import { clientScript } from "./client.js";
import { eventLayerSvg } from "./event-layer.js";
import { pageData } from "./frames.js";

const PAGE_CSS = `
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fff}
main{display:flex;flex-wrap:wrap;gap:12px;padding:12px}
#map{flex:0 1 960px;max-width:100%}
#map svg{width:100%;height:auto;border:1px solid #ddd}
#side{flex:1 1 300px;min-width:260px;max-height:90vh;overflow:auto}
#controls{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:8px 0}
#controls input[type=range]{flex:1 1 300px}
#controls button,#controls select{font:inherit;padding:2px 8px}
#day{font-weight:700;min-width:7em}
#events li{margin:0 0 10px}
#events .quote{font-style:italic}
#events .src,.muted{color:#666;font-size:12px}
#events li.current{background:#fff6d5}
#tip{position:fixed;pointer-events:none;background:#fff;border:1px solid #999;border-radius:4px;padding:6px 8px;max-width:340px;box-shadow:0 2px 6px rgba(0,0,0,.2);font-size:13px;display:none;z-index:2}
#tip .quote{font-style:italic}
g.place{cursor:pointer}
`;

/** `</script>` and friends cannot appear inside the inline JSON. */
const scriptSafe = (json: string) => json.replace(/</g, "\\u003c");

/**
 * The frames' JSON gzipped and in base64, as the page carries it (the browser's own
 * `DecompressionStream` unpacks it): quotes and summaries repeat their wording event after
 * event, and gzip keeps one copy of each repeat.
 */
const packed = (json: string): string => gzipSync(json, { level: 9 }).toString("base64");

/**
 * One self-contained HTML page that plays the campaign: the base map (borders, legend, labels)
 * drawn once, the frames the engine replayed embedded as gzipped JSON, and a small script that
 * only unpacks and draws them. It loads nothing from the network. With an events `window` the
 * page also draws, on each day, the events of that window ending at the day's end, as
 * `sitrep map --events` does on a map of one moment.
 */
export function campaignPage(base: MapBase, campaign: Campaign, window?: EventWindow): string {
  const data = pageData(base, campaign, window);
  const { width, height } = base.frame;
  const scenario = campaign.scenario;
  const initial = scenario.initial;
  const final = campaign.timeline.final;
  const sides = new Set([...sidesShown(initial, base), ...sidesShown(final, base)]);
  const first = labelCandidates(final, base.positions);
  const second = labelCandidates(initial, base.positions);
  const order = [...new Set([...first.order, ...second.order])];
  const labels = placeLabels(
    order,
    base.positions,
    base.frame,
    [
      { x0: 0, y0: 0, x1: width - LEGEND_WIDTH, y1: 52 },
      { x0: width - LEGEND_WIDTH, y0: 0, x1: width, y1: height },
      { x0: 0, y0: height - 40, x1: width - LEGEND_WIDTH, y1: height },
    ],
    new Set([...first.besieged, ...second.besieged]),
  );
  const places = base.positions.places.map((p, k) => {
    const xy = base.positions.xy[k] ?? [0, 0];
    return `<g class="place" data-place="${esc(p.id)}" data-k="${k}" transform="translate(${xy[0]},${xy[1]})"></g>`;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" data-scenario="${esc(scenario.id)}">`,
    `<defs><style>${MAP_CSS}</style>${arrowHeads(base.colors)}</defs>`,
    groundSvg(base),
    `<g class="layer" id="layer"></g>`,
    `<g class="places" id="places">${places.join("")}</g>`,
    ...(data.layer === undefined ? [] : [eventLayerSvg(data.layer)]),
    `<g class="labels">${labelsSvg(labels)}</g>`,
    furnitureSvg(base, data.days[0] ?? ""),
    legendSvg(
      scenario.catalogue.sides.map((s) => s.id).filter((s) => sides.has(s)),
      scenario.catalogue,
      base.colors,
      base.frame,
      window,
    ),
    "</svg>",
  ].join("");
  const names = base.positions.places.map((p) => p.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(scenario.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<div id="map">
<div id="controls">
<button id="play" type="button" aria-label="play">▶ Play</button>
<label>speed <select id="speed"><option value="1">1 day/s</option><option value="2">2 days/s</option><option value="5" selected>5 days/s</option><option value="10">10 days/s</option></select></label>
<button id="prev-day" type="button" title="previous day">◀ day</button>
<button id="next-day" type="button" title="next day">day ▶</button>
<button id="prev-event" type="button" title="previous event">◀ event</button>
<button id="next-event" type="button" title="next event">event ▶</button>
<input id="slider" type="range" min="0" max="${data.days.length - 1}" value="0" step="1" aria-label="date">
<span id="day"></span>
</div>
${svg}
<p class="muted">${esc(base.attribution)}. Frames replayed by sitrep from the scenario's cited events; nothing is computed in this page but the drawing.</p>
</div>
<aside id="side">
<h2 id="events-title">Events</h2>
<ol id="events"></ol>
</aside>
</main>
<div id="tip" role="tooltip"></div>
<script id="sitrep-data" type="application/json">${scriptSafe(JSON.stringify({ days: data.days }))}</script>
<script id="sitrep-frames" type="application/gzip;base64">${packed(JSON.stringify({ names, ...data, days: undefined }))}</script>
<script>${clientScript(data.layer !== undefined)}</script>
</body>
</html>
`;
}
