import type { Scenario } from "./scenario.js";

/** Folds runs of white space to one space, so a quote may wrap differently from its source. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A quote that is not in its document. */
export interface QuoteProblem {
  readonly eventId: string | null;
  readonly section: "initial" | "events" | "uncited";
  readonly index: number;
  readonly document: string;
  readonly quote: string;
  readonly message: string;
}

/**
 * Checks that every quote of a scenario (events, initial facts, uncited sentences) stands
 * verbatim in its document, white space aside. `readDocument` returns a document's text by id,
 * or null when it is not available.
 * @example
 * const problems = checkQuotes(scenario, (id) => readFileSync(`scenarios/sources/${id}.txt`, "utf8"));
 */
export function checkQuotes(scenario: Scenario, readDocument: (id: string) => string | null): QuoteProblem[] {
  const texts = new Map<string, string | null>();
  const textOf = (id: string) => {
    if (!texts.has(id)) {
      const t = readDocument(id);
      texts.set(id, t === null ? null : normaliseWhitespace(t));
    }
    return texts.get(id) ?? null;
  };
  const problems: QuoteProblem[] = [];
  const checkOne = (
    section: QuoteProblem["section"],
    index: number,
    eventId: string | null,
    document: string,
    quote: string,
  ) => {
    const text = textOf(document);
    const message =
      text === null
        ? `document '${document}' cannot be read, so the quote cannot be checked`
        : text.includes(normaliseWhitespace(quote))
          ? null
          : `the quote is not in document '${document}' word for word`;
    if (message !== null) problems.push({ eventId, section, index, document, quote, message });
  };
  for (const [i, e] of scenario.initialEvents.entries())
    checkOne("initial", i, e.id, e.source.document, e.source.quote);
  for (const [i, e] of scenario.events.entries()) checkOne("events", i, e.id, e.source.document, e.source.quote);
  for (const [i, u] of scenario.uncited.entries()) checkOne("uncited", i, null, u.document, u.quote);
  return problems;
}
