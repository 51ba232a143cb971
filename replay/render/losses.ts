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

/** A source's count of one side's losses: "372 killed, 79 (65–93) wounded", or "none counted". */
export function lossesText(t: LossesSeen | null): string {
  if (t === null) return "none counted";
  const parts = [
    upperBound(t.wounded) > 0 ? `${quantity(t.wounded)} wounded` : null,
    upperBound(t.captured) > 0 ? `${quantity(t.captured)} captured` : null,
  ].filter((x) => x !== null);
  return [`${quantity(t.killed)} killed`, ...parts].join(", ");
}
