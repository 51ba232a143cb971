import type { DomainEvent } from "../../../engine/events/event.js";
import { Ledger } from "../../../engine/state/ledger.js";
import type { State } from "../../../engine/state/types.js";

/**
 * The places (state indices) whose state an event may have replaced, from `before` to `after`:
 * the places it names, the enclaves of the sieges it changed (a capture ends or indexes a
 * siege on each place of its enclave; a siege broken closes the fronts to it) and the places
 * of the pockets it changed (a pocket cleared takes them all). A superset of the places whose
 * record is not the same object in the two states, found without looking at every place;
 * sorted, no repeats.
 */
export function touchedPlaces(before: State, after: State, event: DomainEvent): number[] {
  if (before.places === after.places) return [];
  const index = after.refs.placeIndex;
  const out = new Set<number>();
  const add = (place: string) => {
    const i = index[place];
    if (i !== undefined) out.add(i);
  };
  for (const p of event.places) add(p);
  for (const id of Ledger.changedKeys(before.sieges, after.sieges))
    for (const s of [Ledger.get(before.sieges, id), Ledger.get(after.sieges, id)])
      for (const p of s?.enclave ?? []) add(p);
  for (const id of Ledger.changedKeys(before.pockets, after.pockets))
    for (const s of [Ledger.get(before.pockets, id), Ledger.get(after.pockets, id)])
      for (const p of s?.places ?? []) add(p);
  return [...out].sort((a, b) => a - b);
}
