import { type Quantity, upperBound } from "../../engine/model/quantity.js";
import { quantity } from "./names.js";

/** One side's losses as one source counts them. */
export interface LossesSeen {
  readonly killed: Quantity;
  readonly wounded: Quantity;
  readonly captured: Quantity;
}

/** A count of deaths as printed: "12 (10–15) killed", or "none counted". */
export function killedText(q: Quantity | null): string {
  return q === null ? "none counted" : `${quantity(q)} killed`;
}

/**
 * A source's count of one side's losses: what it counts of killed, wounded and captured
 * ("372 killed, 79 (65–93) wounded"); a count of no losses is a figure too ("0 killed"); "none
 * counted" when there is no count.
 */
export function lossesText(t: LossesSeen | null): string {
  if (t === null) return "none counted";
  return (
    [
      upperBound(t.killed) > 0 ? `${quantity(t.killed)} killed` : null,
      upperBound(t.wounded) > 0 ? `${quantity(t.wounded)} wounded` : null,
      upperBound(t.captured) > 0 ? `${quantity(t.captured)} captured` : null,
    ]
      .filter((x) => x !== null)
      .join(", ") || `${quantity(t.killed)} killed`
  );
}
