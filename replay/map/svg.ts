import { Ledger } from "../../engine/state/ledger.js";
import type { State } from "../../engine/state/types.js";
import type { MapBase } from "./base.js";
import { type EventMark, type EventWindow, eventsSvg } from "./events.js";
import { arrowHeads, frontArrows, frontsSvg } from "./fronts.js";
import { labelCandidates, labelsSvg, placeLabels } from "./labels.js";
import { esc } from "./layout.js";
import { legendSvg } from "./legend.js";
import { LEGEND_WIDTH } from "./projection.js";
import { scaleBar } from "./scale-bar.js";
import { cutRoutes, siegeRings } from "./sieges.js";
import { markerAttributes, markerBody, markerStyle } from "./symbols.js";

/** Styles shared by the SVG file and the page. */
export const MAP_CSS =
  ".label{font:600 11px sans-serif;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}" +
  ".front-label{font:600 10px sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;fill:#222}" +
  ".small{font:11px sans-serif;fill:#333}.legend-title{font:700 12px sans-serif;fill:#222}" +
  ".title{font:700 16px sans-serif;fill:#222}.date{font:700 14px sans-serif;fill:#444}";

/** The sides a state shows: controllers, shareholders, besiegers and fronts' sides, in catalogue order. */
export function sidesShown(state: State, base: MapBase): string[] {
  const shown = new Set<string>();
  for (const q of base.positions.places) {
    const p = state.places[q.index];
    if (p === undefined) continue;
    if (p.controller !== null) shown.add(p.controller);
    for (const s of Object.keys(p.shares ?? {})) shown.add(s);
    for (const s of Object.keys(p.fronts)) shown.add(s);
  }
  for (const s of Ledger.values(state.sieges)) if (s.status === "active") shown.add(s.besieger);
  return state.refs.sides.filter((s) => shown.has(s));
}

/** The map's fixed layers: sea, land, borders. */
export function groundSvg(base: MapBase): string {
  const { width, height } = base.frame;
  return `<rect width="${width - LEGEND_WIDTH}" height="${height}" fill="#dbe7ef"/><path class="land" d="${base.land}" fill="#f4f1e8" stroke="none"/><path class="borders" d="${base.borders}" fill="none" stroke="#8c8c8c" stroke-width="1" stroke-linejoin="round"/>`;
}

/** Title, date, scale bar and attribution. */
export function furnitureSvg(base: MapBase, date: string): string {
  const { width, height } = base.frame;
  const right = width - LEGEND_WIDTH - 8;
  return `<rect x="0" y="0" width="${width - LEGEND_WIDTH}" height="52" fill="#fff" fill-opacity="0.85"/><text x="14" y="22" class="title">${esc(base.scenario.title)}</text><text x="14" y="42" class="date" data-date="${esc(date)}">${esc(date)}</text>${scaleBar(base.projection, base.frame)}<text x="${right}" y="${height - 8}" text-anchor="end" class="small attribution">${esc(base.attribution)}</text>`;
}

/** Every located place's marker at a moment. */
export function markersSvg(base: MapBase, state: State, atMs: number): string {
  const out: string[] = [];
  for (const [k, q] of base.positions.places.entries()) {
    const p = state.places[q.index];
    const xy = base.positions.xy[k];
    if (p === undefined || xy === undefined) continue;
    const s = markerStyle(p, atMs, q.precision, base.colors);
    out.push(
      `<g class="place" data-place="${esc(q.id)}" ${markerAttributes(s)} transform="translate(${xy[0]},${xy[1]})">${markerBody(s)}<title>${esc(q.name)}</title></g>`,
    );
  }
  return out.join("");
}

/** An events layer: the circles of the events in a window ending at the map's moment (see `eventMarks`). */
export interface EventsLayer {
  readonly marks: readonly EventMark[];
  readonly window: EventWindow;
}

/**
 * The map of a moment as one SVG document: borders, cut routes, siege rings, front arrows,
 * place markers, the events layer when one is given, labels for the places that matter, title
 * and date, scale bar, attribution and legend. `date` is the moment as the title shows it.
 */
export function mapSvg(base: MapBase, state: State, atMs: number, date: string, events?: EventsLayer): string {
  const { width, height } = base.frame;
  const arrows = frontArrows(state, base.positions);
  const candidates = labelCandidates(state, base.positions);
  const labels = placeLabels(
    candidates.order,
    base.positions,
    base.frame,
    [
      { x0: 0, y0: 0, x1: width - LEGEND_WIDTH, y1: 52 },
      { x0: width - LEGEND_WIDTH, y0: 0, x1: width, y1: height },
      { x0: 0, y0: height - 40, x1: width - LEGEND_WIDTH, y1: height },
    ],
    candidates.besieged,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-scenario="${esc(base.scenario.id)}" data-at="${esc(date)}">`,
    `<title>${esc(base.scenario.title)}: ${esc(date)}</title>`,
    `<defs><style>${MAP_CSS}</style>${arrowHeads(base.colors)}</defs>`,
    groundSvg(base),
    `<g class="routes">${cutRoutes(state, base.positions, base.colors).join("")}</g>`,
    `<g class="sieges">${siegeRings(state, base.positions, base.colors).join("")}</g>`,
    `<g class="fronts">${frontsSvg(arrows, base.colors).join("")}</g>`,
    `<g class="places">${markersSvg(base, state, atMs)}</g>`,
    ...(events === undefined ? [] : [eventsSvg(events.marks, events.window)]),
    `<g class="labels">${labelsSvg(labels)}</g>`,
    furnitureSvg(base, date),
    legendSvg(sidesShown(state, base), base.scenario.catalogue, base.colors, base.frame, events?.window),
    "</svg>",
  ].join("\n");
}
