/** The O(n²) empirical CRPS, straight from its definition, on values censored at the horizon (Infinity: none, as for counts). */
export function naiveCrps(ensemble: readonly number[], y: number, horizon: number): number {
  const xs = ensemble.map((x) => Math.min(x, horizon));
  const obs = Math.min(y, horizon);
  const n = xs.length;
  let toObs = 0;
  let pairs = 0;
  for (const a of xs) {
    toObs += Math.abs(a - obs);
    for (const b of xs) pairs += Math.abs(a - b);
  }
  return toObs / n - (0.5 * pairs) / (n * n);
}
