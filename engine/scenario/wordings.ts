import { type CitedTextProblem, type CitedTexts, citationsIn, documentReader, normaliseWhitespace } from "./quotes.js";

/** An event time whose wording is not the words of its document. */
export interface WordingProblem extends CitedTextProblem<"initial" | "events"> {
  /** The time's wording as the scenario gives it. */
  readonly text: string;
}

/**
 * Checks that every event's time keeps its source's wording: the `text` stands in its document
 * (case and white space aside), or is empty with a `note` saying how the time was set. Takes a
 * loaded scenario or its citations; `readDocument` returns a document's text by id, or null
 * when it is not available (then nothing is said about that document's wordings: `checkQuotes`
 * already says it cannot be read).
 * @example
 * const problems = checkTimeWordings(scenario, (id) => readFileSync(`texts/${id}.txt`, "utf8"));
 * // [{ eventId: "cs-0905", text: "on 5 Sept", message: "the time's wording ... is not in document ..." }]
 */
export function checkTimeWordings(from: CitedTexts, readDocument: (id: string) => string | null): WordingProblem[] {
  const textOf = documentReader((id) => readDocument(id)?.toLowerCase() ?? null);
  const problems: WordingProblem[] = [];
  for (const c of citationsIn(from)) {
    if (c.time === null || c.section === "uncited") continue;
    const { text, note } = c.time;
    let message: string | null = null;
    if (text === "") {
      if (note === undefined)
        message = "the time has no wording and no note: quote the document's words, or say in 'note' how it was set";
    } else {
      const doc = textOf(c.document);
      if (doc !== null && !doc.includes(normaliseWhitespace(text).toLowerCase()))
        message = `the time's wording "${text}" is not in document '${c.document}' (case and white space aside): quote the document's words, or leave 'text' empty and say in 'note' how the time was set`;
    }
    if (message !== null)
      problems.push({ eventId: c.eventId, section: c.section, index: c.index, document: c.document, text, message });
  }
  return problems;
}
