import type { PlaceId, SideId } from "../model/ids.js";
import { Ledger } from "../state/ledger.js";
import { placeState } from "../state/place-state.js";
import type { SiegeStatus, State } from "../state/types.js";
import { holdsWhole, openAxes } from "./processes/fronts.js";
import type { World } from "./world.js";

/**
 * Something a forecast dates: a side reaching the objective of one of its open fronts (it
 * takes the place, stands at 0 km from it, or its besieged enclave there is relieved), or an
 * active siege ending (broken, lifted or fallen). Defined from the state at the origin, and
 * judged on states, so a simulated future and the recorded one are judged alike.
 */
export type Milestone =
  | {
      readonly id: string;
      readonly kind: "objective";
      readonly side: SideId;
      readonly place: PlaceId;
      /** The siege whose enclave holds the objective and whose besieged side this is, if any. */
      readonly relieves: string | null;
    }
  | { readonly id: string; readonly kind: "siege"; readonly siege: string };

/** How a siege milestone ended, coded for compact results. */
export const SIEGE_ENDS: readonly SiegeStatus[] = ["broken", "lifted", "fallen"];

/** The milestones open at the origin: every open front of a side to an objective, every active siege. */
export function milestonesAt(start: State, world: World): Milestone[] {
  const out: Milestone[] = [];
  for (const { place: p, side, relieves } of openAxes(start, world))
    out.push({ id: `objective:${side}:${p.id}`, kind: "objective", side, place: p.id, relieves });
  for (const s of Ledger.values(start.sieges))
    if (s.status === "active") out.push({ id: `siege:${s.id}`, kind: "siege", siege: s.id });
  return out;
}

/**
 * Whether the milestone has happened in `state`: 0 when not, else 1 + the index in
 * `SIEGE_ENDS` of how a siege ended (1 for an objective reached).
 */
export function reachedIn(m: Milestone, state: State): number {
  if (m.kind === "siege") {
    const s = Ledger.get(state.sieges, m.siege);
    return s === undefined || s.status === "active" ? 0 : 1 + SIEGE_ENDS.indexOf(s.status);
  }
  const p = placeState(state, m.place);
  if (p === undefined) return 0;
  if (m.relieves === null && holdsWhole(p, m.side)) return 1;
  const f = p.fronts[m.side];
  // A front that ended by its side taking, linking up with or relieving the objective reached it; one that stopped did not.
  if (f !== undefined && (f.closed === null ? f.distanceKm.best <= 0 : f.closed.reason !== "stopped")) return 1;
  if (m.relieves !== null) {
    const s = Ledger.get(state.sieges, m.relieves);
    if (s !== undefined && (s.status === "broken" || s.status === "lifted")) return 1;
  }
  return 0;
}
