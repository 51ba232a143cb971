import seedrandom from "seedrandom";

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * The generator of one run: `seedrandom(\`${seed}:${runIndex}\`)` (ARC4, as seedrandom's
 * default). A run's draws depend only on the master seed and its own index, never on which
 * worker runs it or in what order, so any run can be re-created alone.
 * @example
 * const rng = runRng("my-seed", 42);
 * rng(); // the same number every time
 */
export function runRng(seed: string, runIndex: number): Rng {
  return seedrandom(`${seed}:${runIndex}`);
}
