import type { Rng } from "../sim/rng.js";

/** A standard normal draw (Box–Muller; two uniforms, always). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal factor with mean 1 and log-scale sd `sigma`. */
export function lognormalFactor(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng) - (sigma * sigma) / 2);
}

/** An exponential draw with mean `mean`. */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng()) * mean;
}

/** A Poisson count with mean `lambda` (Knuth's product method: the daily rates here are small). */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  const limit = Math.exp(-Math.min(lambda, 30));
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** An index drawn in proportion to `weights` (all >= 0, some > 0). */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}
