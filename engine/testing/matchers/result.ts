/** What a matcher returns, as vitest's `expect.extend` (and Jest's) reads it. */
export interface MatchResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** The part of a matcher's `this` the sitrep matchers read. */
export interface MatcherThis {
  readonly isNot: boolean;
}

/** What a matcher found: whether it passes, its headline with and without `.not`, the details, the values compared. */
interface Verdict {
  readonly pass: boolean;
  readonly headline: { readonly positive: string; readonly negative: string };
  readonly details: () => readonly string[];
  readonly values: { readonly actual: unknown; readonly expected: unknown };
}

/** A verdict whose message will read `expected <what>` or `expected <what with not>`, then the details. */
export function verdict(
  pass: boolean,
  headline: Verdict["headline"],
  details: Verdict["details"],
  values: Verdict["values"],
): Verdict {
  return { pass, headline, details, values };
}

/**
 * A matcher for `expect.extend` from a function that judges the received value: the one place
 * that reads `this.isNot` and builds the result vitest (and Jest) read.
 */
export function matcher<A extends unknown[]>(
  judge: (received: unknown, ...args: A) => Verdict,
): (this: MatcherThis, received: unknown, ...args: A) => MatchResult {
  return function (this: MatcherThis, received: unknown, ...args: A): MatchResult {
    const { pass, headline, details, values } = judge(received, ...args);
    return {
      pass,
      message: () => [this.isNot ? headline.negative : headline.positive, "", ...details()].join("\n"),
      actual: values.actual,
      expected: values.expected,
    };
  };
}
