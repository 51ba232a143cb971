import { isAbsolute, relative, resolve, sep } from "node:path";
import { DOCUMENT_ID_PATTERN } from "../model/ids.js";
import type { Scenario } from "./scenario.js";

/**
 * The path of a document's text in a sources directory, `<dir>/<id>.txt`, or null when the id
 * cannot name a file there: it does not match `DOCUMENT_ID_PATTERN`, or the path would resolve
 * outside `dir`. Every reading of a source text goes through here.
 * @example
 * sourceTextPath("texts", "001_265e8942fcc8dd81"); // "<cwd>/texts/001_265e8942fcc8dd81.txt"
 * sourceTextPath("texts", "../secret/notes"); // null
 */
export function sourceTextPath(dir: string, id: string): string | null {
  if (!DOCUMENT_ID_PATTERN.test(id)) return null;
  const base = resolve(dir);
  const file = resolve(base, `${id}.txt`);
  const rel = relative(base, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.includes(sep) ? null : file;
}

/** Folds runs of white space to one space, so a quote may wrap differently from its source. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** One cited text of a scenario: an event's (or initial fact's) quote and time wording, or an uncited sentence. */
export interface Citation {
  readonly section: "initial" | "events" | "uncited";
  readonly index: number;
  readonly eventId: string | null;
  readonly document: string;
  readonly quote: string;
  /** The event's time as written: its wording and note; null for an uncited sentence. */
  readonly time: { readonly text: string; readonly note?: string | undefined } | null;
}

/** What a citation is read from: an event as loaded or as parsed, and an uncited sentence. */
interface CitingEvent {
  readonly id: string;
  readonly source: { readonly document: string; readonly quote: string | null };
  readonly time: { readonly text: string; readonly note?: string | undefined };
}

/**
 * The citation of the event at `index` of a section, or none for an event citing a dataset row
 * (it is cited by its id, with no quote or time wording to check).
 */
export function eventCitation(section: "initial" | "events", index: number, e: CitingEvent): Citation[] {
  return e.source.quote === null
    ? []
    : [
        {
          section,
          index,
          eventId: e.id,
          document: e.source.document,
          quote: e.source.quote,
          time: { text: e.time.text, note: e.time.note },
        },
      ];
}

/** The citation of the uncited sentence at `index`. */
export function uncitedCitation(index: number, u: { readonly document: string; readonly quote: string }): Citation {
  return { section: "uncited", index, eventId: null, document: u.document, quote: u.quote, time: null };
}

/**
 * Every citation of a loaded scenario, in file order: initial facts, events, uncited sentences.
 * Events citing a dataset row have no quote, so no citation here.
 * @example
 * citationsOf(scenario).filter((c) => c.document === "sana-2017-09-05").map((c) => c.quote);
 */
export function citationsOf(scenario: Pick<Scenario, "initialEvents" | "events" | "uncited">): Citation[] {
  return [
    ...scenario.initialEvents.flatMap((e, i) => eventCitation("initial", i, e)),
    ...scenario.events.flatMap((e, i) => eventCitation("events", i, e)),
    ...scenario.uncited.map((u, i) => uncitedCitation(i, u)),
  ];
}

/** Reads each document once, by id, with white space folded; null when it cannot be read. */
export function documentReader(readDocument: (id: string) => string | null): (id: string) => string | null {
  const texts = new Map<string, string | null>();
  return (id) => {
    if (!texts.has(id)) {
      const t = readDocument(id);
      texts.set(id, t === null ? null : normaliseWhitespace(t));
    }
    return texts.get(id) ?? null;
  };
}

/**
 * A cited text of a scenario that does not check: the citation it belongs to (its event, section
 * and index), its document, and what is wrong. `QuoteProblem` and `WordingProblem` add the text.
 */
export interface CitedTextProblem<S extends Citation["section"] = Citation["section"]> {
  readonly eventId: string | null;
  readonly section: S;
  readonly index: number;
  readonly document: string;
  readonly message: string;
}

/** A quote that is not in its document. */
export interface QuoteProblem extends CitedTextProblem {
  readonly quote: string;
}

/**
 * What the checks of cited texts read: a loaded scenario, or its citations (as `citationsOf`
 * gives them, or as a partial check of a file gives them).
 */
export type CitedTexts = Pick<Scenario, "initialEvents" | "events" | "uncited"> | readonly Citation[];

/** The citations of `from`: its own when it is a list of them, else a loaded scenario's. */
export function citationsIn(from: CitedTexts): readonly Citation[] {
  return "initialEvents" in from ? citationsOf(from) : from;
}

/**
 * Checks that every quote of a scenario (events, initial facts, uncited sentences) stands
 * verbatim in its document, white space aside. Takes a loaded scenario or its citations (see
 * `CitedTexts`). `readDocument` returns a document's text by id, or null when it is not available.
 * @example
 * const problems = checkQuotes(scenario, (id) => readFileSync(`scenarios/sources/${id}.txt`, "utf8"));
 */
export function checkQuotes(from: CitedTexts, readDocument: (id: string) => string | null): QuoteProblem[] {
  const textOf = documentReader(readDocument);
  const problems: QuoteProblem[] = [];
  for (const c of citationsIn(from)) {
    const text = textOf(c.document);
    const message =
      text === null
        ? `document '${c.document}' cannot be read, so the quote cannot be checked`
        : text.includes(normaliseWhitespace(c.quote))
          ? null
          : `the quote is not in document '${c.document}' word for word`;
    if (message !== null)
      problems.push({
        eventId: c.eventId,
        section: c.section,
        index: c.index,
        document: c.document,
        quote: c.quote,
        message,
      });
  }
  return problems;
}
