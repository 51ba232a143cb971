import { Ledger } from "../../engine/state/ledger.js";
import type { State } from "../../engine/state/types.js";
import { NEUTRAL_COLOR } from "../visual/palette.js";
import { esc, type Positions } from "./layout.js";
import { MARKER_RADIUS } from "./symbols.js";

/**
 * Rings around the enclaves of the sieges active in `state`, in the besieger's colour, one SVG element each;
 * a siege whose enclave has no located place is left out. A ring whose supply is cut is dashed.
 */
export function siegeRings(state: State, pos: Positions, colors: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [id, s] of Ledger.entries(state.sieges)) {
    if (s.status !== "active") continue;
    const pts = s.enclave
      .map((p) => state.refs.placeIndex[p])
      .map((i) => (i === undefined ? undefined : pos.at(i)))
      .filter((xy) => xy !== undefined);
    if (pts.length === 0) continue;
    const cx = pts.reduce((t, p) => t + p[0], 0) / pts.length;
    const cy = pts.reduce((t, p) => t + p[1], 0) / pts.length;
    const spread = Math.max(...pts.map((p) => Math.hypot(p[0] - cx, p[1] - cy)));
    const radius = Math.round((spread + MARKER_RADIUS + 9) * 10) / 10;
    const color = colors.get(s.besieger) ?? NEUTRAL_COLOR;
    const dash = s.supply === "cut" ? ` stroke-dasharray="6 3"` : "";
    out.push(
      `<circle class="siege" data-siege="${esc(id)}" data-side="${esc(s.besieger)}" data-supply="${s.supply}" cx="${Math.round(cx * 10) / 10}" cy="${Math.round(cy * 10) / 10}" r="${radius}" fill="none" stroke="${color}" stroke-width="3.5" stroke-opacity="0.85"${dash}><title>${esc(s.name)}</title></circle>`,
    );
  }
  return out;
}

/** A cross (one SVG element each) on every located supply route that is cut, in the colour of the side whose route it is. */
export function cutRoutes(state: State, pos: Positions, colors: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const r of Ledger.values(state.supplyRoutes)) {
    if (r.status !== "cut") continue;
    const i = state.refs.placeIndex[r.route];
    const xy = i === undefined ? undefined : pos.at(i);
    if (xy === undefined) continue;
    const [x, y] = xy;
    const c = colors.get(r.side) ?? NEUTRAL_COLOR;
    out.push(
      `<path class="cut-route" data-route="${esc(r.route)}" data-side="${esc(r.side)}" d="M${x - 7} ${y - 13}l8 8m0 -8l-8 8" stroke="${c}" stroke-width="2.5"/>`,
    );
  }
  return out;
}
