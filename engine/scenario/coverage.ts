import { normaliseWhitespace } from "./quotes.js";
import type { Scenario } from "./scenario.js";
import { hasDateOrNumber, sentencesOf } from "./sentences.js";

/** One sentence with a date or number, and what the scenario does with it. */
export interface CoveredSentence {
  readonly text: string;
  /** Events (and initial facts) whose quote overlaps the sentence. */
  readonly events: readonly string[];
  /** Why it holds no event, when the scenario says so. */
  readonly reason: string | null;
}

/** How much of one document's dated or numbered sentences a scenario accounts for. */
export interface CoverageReport {
  readonly document: string;
  readonly sentences: readonly CoveredSentence[];
  readonly total: number;
  readonly cited: number;
  /** Not cited, but with a reason why they hold no event. */
  readonly explained: number;
  /** Neither cited nor explained: developments the scenario may have left out. */
  readonly missing: number;
  /** (cited + explained) / total, from 0 to 1. */
  readonly ratio: number;
}

/** Every [start, end) at which `needle` stands in `haystack`. */
function spans(haystack: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (needle.length === 0) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** A quote covers a sentence when it overlaps it by at least half the shorter of the two (or 40 characters). */
function overlaps(a: [number, number], s: { start: number; end: number }): boolean {
  const shared = Math.min(a[1], s.end) - Math.max(a[0], s.start);
  return shared > 0 && shared >= Math.min(40, (a[1] - a[0]) / 2, (s.end - s.start) / 2);
}

/**
 * Lists every sentence of `document` that contains a date or a number, with the events that
 * quote it and the scenario's reason for the ones it leaves without an event.
 * @example
 * const r = coverage(scenario, "001_265e8942fcc8dd81", readFileSync(seed, "utf8"));
 * r.missing; // sentences nobody accounted for
 */
export function coverage(scenario: Scenario, document: string, text: string): CoverageReport {
  const whole = normaliseWhitespace(text);
  const quotes = [...scenario.initialEvents, ...scenario.events].flatMap((e) =>
    e.source.document === document && e.source.quote !== null
      ? [{ id: e.id, at: spans(whole, normaliseWhitespace(e.source.quote)) }]
      : [],
  );
  const reasons = scenario.uncited
    .filter((u) => u.document === document)
    .map((u) => ({ reason: u.reason, at: spans(whole, normaliseWhitespace(u.quote)) }));
  const sentences: CoveredSentence[] = [];
  for (const s of sentencesOf(text)) {
    if (!hasDateOrNumber(s.text)) continue;
    const events = quotes.filter((q) => q.at.some((a) => overlaps(a, s))).map((q) => q.id);
    const reason = reasons.find((r) => r.at.some((a) => overlaps(a, s)))?.reason ?? null;
    sentences.push({ text: s.text, events, reason });
  }
  const cited = sentences.filter((s) => s.events.length > 0).length;
  const explained = sentences.filter((s) => s.events.length === 0 && s.reason !== null).length;
  const total = sentences.length;
  return {
    document,
    sentences,
    total,
    cited,
    explained,
    missing: total - cited - explained,
    ratio: total === 0 ? 1 : (cited + explained) / total,
  };
}
