import type { PlaceId } from "../model/ids.js";
import type { PlaceState, State } from "./types.js";

/**
 * One place's record in a state, by id; `undefined` when the catalogue has no such place.
 * @example
 * placeState(campaign.at("2017-08-06").state, "sukhnah" as PlaceId)?.controller; // "syrian-government"
 */
export function placeState(state: State, id: PlaceId): PlaceState | undefined {
  const i = state.refs.placeIndex[id];
  return i === undefined ? undefined : state.places[i];
}
