import type { State } from "../../engine/state/types.js";
import { quantity } from "../render/names.js";
import { NEUTRAL_COLOR } from "../visual/palette.js";
import { esc, type Positions } from "./layout.js";
import { MARKER_RADIUS } from "./symbols.js";

/** An open front drawn as an arrow from the side's nearest held place toward its objective. */
export interface FrontArrow {
  readonly side: string;
  readonly objective: string;
  readonly from: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** "12 km (10–15)": the distance the source gives, with its range. */
  readonly label: string;
}

/** The most fronts one map draws: the latest reported, so a theatre with hundreds stays legible. */
export const MAX_FRONTS = 40;

/**
 * Arrows for the open fronts whose objective is located (the `MAX_FRONTS` latest reported):
 * from the located point (an area's only when the side holds no point) nearest to it on the
 * map that the front's side holds, stopping short
 * of the objective's marker. A front whose side holds no located place has no arrow.
 */
export function frontArrows(state: State, pos: Positions): FrontArrow[] {
  const open: { i: number; side: string; since: string }[] = [];
  for (const [i, p] of state.places.entries()) {
    for (const side in p.fronts) {
      const f = p.fronts[side];
      if (f === undefined || f.closed !== null || pos.at(i) === undefined) continue;
      open.push({ i, side, since: f.since ?? "" });
    }
  }
  open.sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : a.i - b.i || (a.side < b.side ? -1 : 1)));
  const chosen = open.slice(0, MAX_FRONTS).sort((a, b) => a.i - b.i || (a.side < b.side ? -1 : 1));
  // each side's held points (areas after them), gathered once
  const held = new Map<string, { index: number; x: number; y: number; area: boolean }[]>();
  const wanted = new Set(chosen.map((c) => c.side));
  for (const [k, q] of pos.places.entries()) {
    const side = state.places[q.index]?.controller;
    if (side === null || side === undefined || !wanted.has(side)) continue;
    const xy = pos.xy[k] as readonly [number, number];
    let list = held.get(side);
    if (list === undefined) {
      list = [];
      held.set(side, list);
    }
    list.push({ index: q.index, x: xy[0], y: xy[1], area: q.precision === "region" });
  }
  const arrows: FrontArrow[] = [];
  for (const { i, side } of chosen) {
    const p = state.places[i];
    const to = pos.at(i);
    const f = p?.fronts[side];
    if (p === undefined || to === undefined || f === undefined) continue;
    {
      let best: number | null = null;
      let bestD = Number.POSITIVE_INFINITY;
      for (const h of held.get(side) ?? []) {
        if (h.index === i) continue;
        // an area's point is a poor place to start from: any located point comes first
        const d = (h.x - to[0]) ** 2 + (h.y - to[1]) ** 2 + (h.area ? 1e9 : 0);
        if (d < bestD) {
          bestD = d;
          best = h.index;
        }
      }
      const from = best === null ? undefined : pos.at(best);
      if (best === null || from === undefined) continue;
      const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
      if (len < 2 * MARKER_RADIUS + 8) continue;
      const ux = (to[0] - from[0]) / len;
      const uy = (to[1] - from[1]) / len;
      const r1 = (x: number) => Math.round(x * 10) / 10;
      arrows.push({
        side,
        objective: p.id,
        from: pos.place(best)?.id ?? "",
        x1: r1(from[0] + ux * (MARKER_RADIUS + 3)),
        y1: r1(from[1] + uy * (MARKER_RADIUS + 3)),
        x2: r1(to[0] - ux * (MARKER_RADIUS + 6)),
        y2: r1(to[1] - uy * (MARKER_RADIUS + 6)),
        label: `${quantity(f.distanceKm)} km`,
      });
    }
  }
  return arrows;
}

/** The arrow markers (heads) the fronts layer refers to, one per side colour. */
export function arrowHeads(colors: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of [...colors.values(), NEUTRAL_COLOR, "#555555"]) {
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(
      `<marker id="head-${c.slice(1)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${c}"/></marker>`,
    );
  }
  return out.join("");
}

/** The fronts as SVG, one group each: each arrow in its side's colour, labelled with its distance at the middle. */
export function frontsSvg(arrows: readonly FrontArrow[], colors: ReadonlyMap<string, string>): string[] {
  return arrows.map((a) => {
    const c = colors.get(a.side) ?? NEUTRAL_COLOR;
    const mx = Math.round(((a.x1 + a.x2) / 2) * 10) / 10;
    const my = Math.round(((a.y1 + a.y2) / 2) * 10) / 10;
    return `<g class="front" data-front="${esc(a.side)}@${esc(a.objective)}" data-side="${esc(a.side)}"><line x1="${a.x1}" y1="${a.y1}" x2="${a.x2}" y2="${a.y2}" stroke="${c}" stroke-width="2.5" stroke-dasharray="7 3" marker-end="url(#head-${c.slice(1)})"/><text x="${mx}" y="${my - 4}" class="front-label" text-anchor="middle">${esc(a.label)}</text></g>`;
  });
}
