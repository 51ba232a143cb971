import fc from "fast-check";

/** How many generated numbers back one step's choices (further choices are derived from them). */
const PICKS = 12;

/**
 * The numbers one generated step draws its choices from. Shrinking drives them toward 0, and
 * every choice made from 0 is the simplest option (the first element, `false`, no optional
 * field), so a shrunk log is made of plain events.
 */
export function picksArb(): fc.Arbitrary<readonly number[]> {
  return fc.array(fc.nat({ max: 0xffff }), { minLength: PICKS, maxLength: PICKS });
}

/**
 * A stream of choices read from generated numbers, so that a generator that consults a model
 * while it builds (see `eventLogArb`) stays a pure function of fast-check's values and shrinks
 * with them.
 * @example
 * const c = new Choices([3, 0, 7]);
 * c.pick(["a", "b"]); // "b"
 */
export class Choices {
  #at = 0;
  readonly #picks: readonly number[];

  constructor(picks: readonly number[]) {
    this.#picks = picks.length > 0 ? picks : [0];
  }

  #next(): number {
    const i = this.#at++;
    const k = this.#picks.length;
    const raw = this.#picks[i % k] ?? 0;
    if (i < k) return raw;
    // Past the generated numbers: mix the position in so later choices still differ.
    return (Math.imul(raw ^ (i * 0x9e3779b1), 0x85ebca6b) >>> 0) >>> 8;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return n <= 1 ? 0 : this.#next() % n;
  }

  /** A whole number in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with about `percent` % probability; a shrunk (zero) choice is false. */
  chance(percent: number): boolean {
    return this.int(100) >= 100 - percent;
  }

  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError("Choices.pick: empty list");
    return xs[this.int(xs.length)] as T;
  }

  /** Up to `max` distinct elements of `xs` (at least `min` when there are that many), in list order. */
  some<T>(xs: readonly T[], min: number, max: number): T[] {
    const n = Math.min(xs.length, this.between(min, Math.max(min, max)));
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const [x] = pool.splice(this.int(pool.length), 1);
      if (x !== undefined) out.push(x);
    }
    return xs.filter((x) => out.includes(x));
  }
}
