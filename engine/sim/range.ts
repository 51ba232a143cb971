import { type RangeResult, Tally } from "./measures.js";
import { type Prepared, runOne } from "./run.js";

/** Runs `from..to` of a prepared simulation and returns their measures. */
export function measureRange(p: Prepared, from: number, to: number): RangeResult {
  const tally = new Tally(p.setup, from, to);
  for (let i = from; i < to; i++) {
    tally.begin(i);
    tally.end(runOne(p, i, tally.visit));
  }
  return tally.partial;
}
