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

/**
 * A Gamma draw of shape `shape` and scale 1 (Marsaglia and Tsang's method, 2000; for a shape
 * below 1, a draw of shape + 1 times `U^(1/shape)`). Its mean and variance are both `shape`.
 */
export function gamma(rng: Rng, shape: number): number {
  if (!(shape > 0 && Number.isFinite(shape)))
    throw new RangeError(`a Gamma shape is a finite number > 0, got ${shape}`);
  if (shape < 1) return gamma(rng, shape + 1) * (1 - rng()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A factor with mean 1 whose squared coefficient of variation is `spread` (a Gamma draw of shape
 * 1 / spread, scaled); exactly 1, with no draw, when `spread` is 0.
 */
export function gammaFactor(rng: Rng, spread: number): number {
  if (!(spread >= 0 && Number.isFinite(spread)))
    throw new RangeError(`a spread is a finite number >= 0, got ${spread}`);
  return spread === 0 ? 1 : gamma(rng, 1 / spread) * spread;
}
