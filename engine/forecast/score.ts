/**
 * The log score of "the milestone happens within the horizon": `-ln(p)` if it happened, else
 * `-ln(1 - p)`, lower is better. p, a frequency over `runs` runs, is first clamped to
 * [1 / (2 runs), 1 - 1 / (2 runs)], so that a 0 or 1 from a finite ensemble costs a large but
 * finite penalty instead of Infinity.
 * @param pHappened the share of runs in which the milestone happened within the horizon
 * @param happened whether the record has it happen within the horizon
 * @param runs how many runs the share is taken over
 * @example
 * logScore(0.5, true, 100); // ln 2 ≈ 0.693
 * logScore(0, true, 100); // -ln(1/200) = ln 200 ≈ 5.298
 */
export function logScore(pHappened: number, happened: boolean, runs: number): number {
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`runs must be a whole number >= 1, got ${runs}`);
  if (!(pHappened >= 0 && pHappened <= 1)) {
    throw new RangeError(`pHappened must be a share of runs between 0 and 1, got ${pHappened}`);
  }
  const floor = 1 / (2 * runs);
  const p = Math.min(1 - floor, Math.max(floor, pHappened));
  return -Math.log(happened ? p : 1 - p);
}

/**
 * The skill of a model over a baseline: `1 - model / baseline`, for scores where lower is
 * better (CRPS). 1 is perfect, 0 no better than the baseline, below 0 worse. A baseline that
 * scored 0 (perfect) cannot be improved on: skill is 0 when the model is perfect too, and
 * -Infinity otherwise (the limit of 1 - model / baseline as the baseline falls to 0), so it
 * is never NaN.
 * @example
 * skill(3, 4); // 0.25
 * skill(0, 0); // 0
 * skill(1, 0); // -Infinity
 */
export function skill(model: number, baseline: number): number {
  for (const [name, v] of [
    ["model", model],
    ["baseline", baseline],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} score must be a finite number >= 0, got ${v}`);
  }
  if (baseline === 0) return model === 0 ? 0 : Number.NEGATIVE_INFINITY;
  return 1 - model / baseline;
}
