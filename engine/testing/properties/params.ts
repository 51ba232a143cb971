import type fc from "fast-check";

/** The seed every property runs with in CI, unless `SITREP_SEED` names another. */
export const CI_SEED = 20_170_905;
/** Fewest runs of any property. */
export const MIN_RUNS = 200;

/**
 * Parameters for `fc.assert`: at least 200 runs (more with `SITREP_RUNS`); the seed from
 * `SITREP_SEED` when given, else a fixed one when `CI` is set, else a fresh one; `SITREP_PATH`
 * (with the seed) replays one reported failure. fast-check's failure report names the seed and
 * the path, and the original error is included in it, so every failure reproduces:
 * `SITREP_SEED=<seed> SITREP_PATH=<path> npx vitest run <file>`.
 * @example
 * fc.assert(fc.property(campaignArb(), check), propertyParams());
 */
export function propertyParams<T>(
  overrides: fc.Parameters<T> = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): fc.Parameters<T> {
  const fromEnv = (name: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text === "") return undefined;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new RangeError(`${name} must be a whole number, got '${text}'`);
    return n;
  };
  const seed = fromEnv("SITREP_SEED") ?? (env.CI !== undefined && env.CI !== "" ? CI_SEED : undefined);
  const path = env.SITREP_PATH;
  const numRuns = Math.max(MIN_RUNS, overrides.numRuns ?? 0, fromEnv("SITREP_RUNS") ?? 0);
  return {
    ...overrides,
    numRuns,
    includeErrorInReport: true,
    ...(seed === undefined ? {} : { seed }),
    ...(seed !== undefined && path !== undefined && path !== "" ? { path } : {}),
  };
}
