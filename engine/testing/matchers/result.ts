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

/** Builds a result whose message reads `expected <what>` or `expected <what with not>`, then the details. */
export function result(
  pass: boolean,
  isNot: boolean,
  headline: { readonly positive: string; readonly negative: string },
  details: () => readonly string[],
  values: { readonly actual: unknown; readonly expected: unknown },
): MatchResult {
  return {
    pass,
    message: () => [isNot ? headline.negative : headline.positive, "", ...details()].join("\n"),
    actual: values.actual,
    expected: values.expected,
  };
}
