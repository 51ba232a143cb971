import type { Precision } from "../../engine/catalogue/schema.js";
import { isUncertain } from "../../engine/query/view.js";
import type { PlaceState } from "../../engine/state/types.js";
import { NEUTRAL_COLOR } from "../visual/palette.js";

/** Radius of a place marker, in pixels. */
export const MARKER_RADIUS = 6;

/** How one place is drawn at one moment. */
export interface MarkerStyle {
  /** The controller's side id, or `none` when nobody is known to hold it. */
  readonly side: string;
  /** The controller's colour (neutral when none). */
  readonly fill: string;
  /** Wedges for a divided place: colour and fraction, largest first; empty when not divided. */
  readonly shares: readonly { readonly side: string; readonly color: string; readonly fraction: number }[];
  /** Fighting in or for it: drawn with a dashed ring. */
  readonly contested: boolean;
  /** Control is uncertain at this moment or inferred rather than reported: drawn hollow. */
  readonly hollow: boolean;
  /** Its position is only approximate or a region's point: drawn fainter. */
  readonly faint: boolean;
  /** The side holding it under fire control, if any: drawn as a crosshair in that colour. */
  readonly fireControl: string | null;
}

/** The style of a place from its replayed state at `atMs`. */
export function markerStyle(
  p: PlaceState,
  atMs: number,
  precision: Precision,
  colors: ReadonlyMap<string, string>,
): MarkerStyle {
  const color = (side: string | null) => (side === null ? NEUTRAL_COLOR : (colors.get(side) ?? NEUTRAL_COLOR));
  const shares =
    p.shares === null
      ? []
      : Object.keys(p.shares)
          .sort()
          .map((side) => ({ side, color: color(side), fraction: p.shares?.[side]?.best ?? 0 }))
          .filter((s) => s.fraction > 0)
          .sort((a, b) => b.fraction - a.fraction);
  return {
    side: p.controller ?? "none",
    fill: color(p.controller),
    shares,
    contested: p.contested,
    hollow: p.basis === "inferred" || (p.controller !== null && isUncertain(p, atMs)),
    faint: precision === "approximate" || precision === "region",
    fireControl: p.fireControl === null ? null : color(p.fireControl.side),
  };
}

const r = MARKER_RADIUS;
const f1 = (x: number) => String(Math.round(x * 100) / 100);

function wedges(shares: MarkerStyle["shares"]): string {
  const parts: string[] = [];
  let start = -Math.PI / 2;
  const total = shares.reduce((t, s) => t + s.fraction, 0);
  const slices = total < 1 ? [...shares, { side: "none", color: NEUTRAL_COLOR, fraction: 1 - total }] : shares;
  for (const s of slices) {
    const end = start + Math.min(1, s.fraction) * 2 * Math.PI;
    const large = end - start > Math.PI ? 1 : 0;
    const [x0, y0, x1, y1] = [r * Math.cos(start), r * Math.sin(start), r * Math.cos(end), r * Math.sin(end)];
    parts.push(
      `<path d="M0 0L${f1(x0)} ${f1(y0)}A${r} ${r} 0 ${large} 1 ${f1(x1)} ${f1(y1)}Z" fill="${s.color}" data-share="${s.side}"/>`,
    );
    start = end;
  }
  return parts.join("");
}

/**
 * A marker's SVG, centred on 0,0 (the caller places it): a disc in the controller's colour,
 * wedges for shares, hollow (a thick ring) when uncertain or inferred, a dashed outer ring when
 * contested, a crosshair for fire control; fainter when the position is approximate.
 */
export function markerBody(s: MarkerStyle): string {
  const body =
    s.shares.length > 0
      ? `${wedges(s.shares)}<circle r="${r}" fill="none" stroke="#fff" stroke-width="1"/>`
      : s.hollow
        ? `<circle r="${r - 1}" fill="#fff" stroke="${s.fill}" stroke-width="2.5" class="fill"/>`
        : `<circle r="${r}" fill="${s.fill}" stroke="#fff" stroke-width="1" class="fill"/>`;
  const ring = s.contested
    ? `<circle r="${r + 3}" fill="none" stroke="#222" stroke-width="1.5" stroke-dasharray="2.5 2" data-contested="true"/>`
    : "";
  const fire =
    s.fireControl === null
      ? ""
      : `<path d="M${-r - 5} 0H${-r - 1}M${r + 1} 0H${r + 5}M0 ${-r - 5}V${-r - 1}M0 ${r + 1}V${r + 5}" stroke="${s.fireControl}" stroke-width="2" data-fire-control="true"/>`;
  return `${ring}${fire}${body}`;
}

/** The attributes a marker's group carries, so tests and the page can read it. */
export function markerAttributes(s: MarkerStyle): string {
  return `data-side="${s.side}" data-fill="${s.fill}" data-hollow="${s.hollow}" data-contested="${s.contested}"${s.faint ? ` opacity="0.5" data-faint="true"` : ""}`;
}
