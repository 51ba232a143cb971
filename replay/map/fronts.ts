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

/** An open front: its objective's state index, its side, and since when (the order fronts are chosen in). */
export interface OpenFront {
  readonly i: number;
  readonly side: string;
  readonly since: string;
}

/** The order fronts are chosen in: the latest reported first, then by objective and side. */
export function latestFirst(a: OpenFront, b: OpenFront): number {
  return a.since < b.since ? 1 : a.since > b.since ? -1 : a.i - b.i || (a.side < b.side ? -1 : a.side > b.side ? 1 : 0);
}

/** The order arrows are drawn in: by objective, then side. */
export function byObjective(a: OpenFront, b: OpenFront): number {
  return a.i - b.i || (a.side < b.side ? -1 : a.side > b.side ? 1 : 0);
}

/** The open fronts at located places whose place (state index) `p` holds, in its `fronts` order. */
export function openFrontsOf(i: number, p: State["places"][number]): OpenFront[] {
  const out: OpenFront[] = [];
  for (const side in p.fronts) {
    const f = p.fronts[side];
    if (f === undefined || f.closed !== null) continue;
    out.push({ i, side, since: f.since ?? "" });
  }
  return out;
}

/**
 * How far a held located place (number `k` in `pos.places`) is from a front's objective at
 * `to`, as the arrow's start is chosen: squared pixels, an area's point put behind every point.
 */
export function startDistance(pos: Positions, k: number, to: readonly [number, number]): number {
  const xy = pos.xy[k] as readonly [number, number];
  return (xy[0] - to[0]) ** 2 + (xy[1] - to[1]) ** 2 + (pos.places[k]?.precision === "region" ? 1e9 : 0);
}

/**
 * The arrow of `side`'s open front on the place at state index `i`, starting from the located
 * place number `from` (in `pos.places`); null when the two are too close to draw one.
 */
export function arrowOf(state: State, pos: Positions, i: number, side: string, from: number): FrontArrow | null {
  const p = state.places[i];
  const f = p?.fronts[side];
  const to = pos.at(i);
  const start = pos.xy[from];
  if (p === undefined || f === undefined || to === undefined || start === undefined) return null;
  const len = Math.hypot(to[0] - start[0], to[1] - start[1]);
  if (len < 2 * MARKER_RADIUS + 8) return null;
  const ux = (to[0] - start[0]) / len;
  const uy = (to[1] - start[1]) / len;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    side,
    objective: p.id,
    from: pos.places[from]?.id ?? "",
    x1: r1(start[0] + ux * (MARKER_RADIUS + 3)),
    y1: r1(start[1] + uy * (MARKER_RADIUS + 3)),
    x2: r1(to[0] - ux * (MARKER_RADIUS + 6)),
    y2: r1(to[1] - uy * (MARKER_RADIUS + 6)),
    label: `${quantity(f.distanceKm)} km`,
  };
}

/**
 * Arrows for the open fronts whose objective is located (the `MAX_FRONTS` latest reported):
 * from the located point (an area's only when the side holds no point) nearest to it on the
 * map that the front's side holds, the first in `pos.places` order on a tie, stopping short
 * of the objective's marker. A front whose side holds no located place has no arrow.
 */
export function frontArrows(state: State, pos: Positions): FrontArrow[] {
  const open: OpenFront[] = [];
  for (const [i, p] of state.places.entries()) if (pos.at(i) !== undefined) open.push(...openFrontsOf(i, p));
  const chosen = open.sort(latestFirst).slice(0, MAX_FRONTS).sort(byObjective);
  // each side's held located places, by number, gathered once
  const held = new Map<string, number[]>();
  const wanted = new Set(chosen.map((c) => c.side));
  for (const [k, q] of pos.places.entries()) {
    const side = state.places[q.index]?.controller;
    if (side === null || side === undefined || !wanted.has(side)) continue;
    let list = held.get(side);
    if (list === undefined) {
      list = [];
      held.set(side, list);
    }
    list.push(k);
  }
  const arrows: FrontArrow[] = [];
  for (const { i, side } of chosen) {
    const to = pos.at(i);
    if (to === undefined) continue;
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (const k of held.get(side) ?? []) {
      if (pos.places[k]?.index === i) continue;
      const d = startDistance(pos, k, to);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    const arrow = best < 0 ? null : arrowOf(state, pos, i, side, best);
    if (arrow !== null) arrows.push(arrow);
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
