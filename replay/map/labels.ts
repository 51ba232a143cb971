import { Ledger } from "../../engine/state/ledger.js";
import type { State } from "../../engine/state/types.js";
import { esc, type Positions } from "./layout.js";
import type { Frame } from "./projection.js";
import { MARKER_RADIUS } from "./symbols.js";

/** A label placed on the map: its text, anchor point and the box it covers. */
export interface PlacedLabel {
  readonly place: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end" | "middle";
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const FONT = 11;
/** Width of a label: an estimate (0.64 em a character, generous for a sans-serif) good enough to keep labels apart. */
const widthOf = (text: string) => text.length * FONT * 0.64;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The most labels one map carries, so a theatre of thousands of places stays legible. */
export const MAX_LABELS = 80;

/**
 * The places whose names matter at this moment, most important first: besieged, then an
 * objective of a front, then captured (held by more than one side so far); ties in catalogue order.
 */
export function labelCandidates(state: State, pos: Positions): { order: number[]; besieged: Set<number> } {
  const rank = new Map<number, number>();
  for (const s of Ledger.values(state.sieges)) {
    if (s.status !== "active") continue;
    for (const id of s.enclave) {
      const i = state.refs.placeIndex[id];
      if (i !== undefined) rank.set(i, 0);
    }
  }
  for (const q of pos.places) {
    if (rank.has(q.index)) continue;
    const p = state.places[q.index];
    if (p === undefined) continue;
    if (Object.keys(p.fronts).length > 0) rank.set(q.index, 1);
    else if (p.heldBy.length > 1) rank.set(q.index, 2);
  }
  // an area's point stands for a whole region, often its parent's: its name would mislabel a spot
  for (const q of pos.places) if (q.precision === "region") rank.delete(q.index);
  const besieged = new Set([...rank.entries()].filter(([, r]) => r === 0).map(([i]) => i));
  return { order: [...rank.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([i]) => i), besieged };
}

/**
 * Greedy placement: each candidate in turn takes the first of right, left, above, below of its
 * marker (outside the siege ring for a besieged place) whose box overlaps no label placed before, no marker and stays inside the frame; a
 * candidate with no free spot goes unlabelled.
 */
export function placeLabels(
  candidates: readonly number[],
  pos: Positions,
  frame: Frame,
  avoid: readonly Box[] = [],
  ringed: ReadonlySet<number> = new Set(),
): PlacedLabel[] {
  const taken: Box[] = [...avoid];
  for (const [x, y] of pos.xy)
    taken.push({ x0: x - MARKER_RADIUS, y0: y - MARKER_RADIUS, x1: x + MARKER_RADIUS, y1: y + MARKER_RADIUS });
  const markerBoxes = taken.length;
  const placed: PlacedLabel[] = [];
  // a dense theatre leaves most candidates no room: try a bounded number of them
  for (const index of candidates.slice(0, MAX_LABELS * 5)) {
    if (placed.length >= MAX_LABELS) break;
    const place = pos.place(index);
    const xy = pos.at(index);
    if (place === undefined || xy === undefined) continue;
    const [x, y] = xy;
    const w = widthOf(place.name);
    const g = MARKER_RADIUS + (ringed.has(index) ? 16 : 4);
    const options: [PlacedLabel["anchor"], number, number, Box][] = [
      ["start", x + g, y + 4, { x0: x + g, y0: y - 7, x1: x + g + w, y1: y + 6 }],
      ["end", x - g, y + 4, { x0: x - g - w, y0: y - 7, x1: x - g, y1: y + 6 }],
      ["middle", x, y - g - 2, { x0: x - w / 2, y0: y - g - 13, x1: x + w / 2, y1: y - g }],
      ["middle", x, y + g + 10, { x0: x - w / 2, y0: y + g, x1: x + w / 2, y1: y + g + 13 }],
    ];
    for (const [anchor, lx, ly, box] of options) {
      if (box.x0 < 2 || box.y0 < 2 || box.x1 > frame.width - 2 || box.y1 > frame.height - 2) continue;
      // a label may cover its own marker's neighbourhood but no other marker
      if (taken.some((b, k) => overlaps(b, box) && !(k < markerBoxes && pos.xy[k] === xy))) continue;
      taken.push(box);
      placed.push({ place: place.id, text: place.name, x: Math.round(lx), y: Math.round(ly), anchor });
      break;
    }
  }
  return placed;
}

/** The labels as SVG text with a white halo. */
export function labelsSvg(labels: readonly PlacedLabel[]): string {
  return labels
    .map(
      (l) =>
        `<text class="label" data-label="${esc(l.place)}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${esc(l.text)}</text>`,
    )
    .join("");
}
