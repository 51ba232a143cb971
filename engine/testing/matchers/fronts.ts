import { upperBound } from "../../model/quantity.js";
import { resolvePlace, resolveSide, resolveSubject } from "../subject.js";
import { placeLabel, provenance } from "./format.js";
import { matcher, verdict } from "./result.js";

/**
 * Passes when `side`'s front to the place (any alias) is at most `km` away by its best
 * estimate. The message gives the low and high bounds too, and says when the bound alone
 * would decide otherwise.
 */
export const toBeWithinKm = matcher((received: unknown, place: string, side: string, km: number) => {
  const r = resolveSubject(received);
  const { place: p, entry } = resolvePlace(r, place);
  const sideId = resolveSide(r, side);
  const front = p.fronts[sideId];
  const label = `'${sideId}' to be within ${km} km of ${placeLabel(place, p.id, entry)}${r.when}`;
  if (front === undefined) {
    const others = Object.keys(p.fronts);
    return verdict(
      false,
      { positive: `expected ${label}`, negative: `expected ${label.replace(/ to be within /, " not to be within ")}` },
      () => [
        `  no front of '${sideId}' to this place in the state${others.length > 0 ? ` (fronts of: ${others.join(", ")})` : ""}`,
      ],
      { actual: null, expected: { side: sideId, km } },
    );
  }
  const d = front.distanceKm;
  const bounds = (): string => {
    const high = upperBound(d);
    const shown = d.high === null ? "none given" : `${d.high} km`;
    if (d.best <= km && high > km) return `  by its high bound (${shown}) it could be farther than ${km} km`;
    if (d.best > km && d.low <= km) return `  by its low bound (${d.low} km) it could be within ${km} km`;
    return `  low ${d.low} km and high ${shown} are both ${high <= km ? "within" : "beyond"} ${km} km`;
  };
  return verdict(
    d.best <= km,
    {
      positive: `expected ${label} (by best), but it is ${d.best} km`,
      negative: `expected ${label.replace(/ to be within /, " not to be within ")} (by best), but it is ${d.best} km`,
    },
    () => [
      `  - expected distance: at most ${km} km`,
      `  + received distance: ${d.best} km (low ${d.low}, high ${d.high}${d.text === null ? "" : `, '${d.text}'`})`,
      bounds(),
      "",
      provenance(r, front.byEvent),
    ],
    { actual: d, expected: { best: `<= ${km}` } },
  );
});
