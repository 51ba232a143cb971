/** Longest stretch of a value an error message echoes, in characters. */
export const MAX_QUOTED_CHARS = 80;

/**
 * A value the user gave, quoted for an error message and cut to a readable length: `'abc'`, or
 * for a long one its start and how long it was: `'aaaa…' (10485760 characters)`. Line breaks
 * and other control characters are shown escaped, so the message stays one line.
 * @example
 * quote("Palmyra"); // "'Palmyra'"
 * quote("x".repeat(1000)); // "'xx…x…' (1000 characters)", with the first 80 x's
 */
export function quote(value: string, max: number = MAX_QUOTED_CHARS): string {
  const cut = value.length > max;
  const shown = (cut ? value.slice(0, max) : value).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
    /[\u0000-\u001f\u007f]/g,
    (c) => JSON.stringify(c).slice(1, -1),
  );
  return cut ? `'${shown}…' (${value.length} characters)` : `'${shown}'`;
}

/** Whether a value is too long to look for near names ("did you mean"): the search would cost more than it could help. */
export function tooLongToSuggest(value: string, max: number = MAX_QUOTED_CHARS): boolean {
  return value.length > max;
}

/** Longest run of characters without a space an error line keeps whole (paths and lists fit). */
const MAX_WORD_CHARS = 240;

/** Longest error line kept whole, in characters. */
const MAX_LINE_CHARS = 4000;

/**
 * An error line with every over-long value it echoes cut to a readable length: a quoted value
 * without spaces (`'…'` or `"…"`) longer than `MAX_QUOTED_CHARS` as `quote` shows it, any other
 * run of characters without a space longer than 240 cut with its length, and the line itself cut
 * past 4,000 characters. A safety net for messages built before they reach the user; messages
 * should quote with `quote` in the first place.
 * @example
 * cutEchoes(`no place '${"x".repeat(10_000)}'`); // "no place 'xxx…' (10000 characters)", with the first 80 x's
 */
export function cutEchoes(line: string): string {
  const cut = line
    .replace(/'([^'\s]{81,})'|"([^"\s]{81,})"/g, (whole, single: string | undefined, double: string | undefined) => {
      const value = single ?? double ?? "";
      // A value `quote` has cut already ends in "…" and is kept as it is.
      return value.length === MAX_QUOTED_CHARS + 1 && value.endsWith("…") ? whole : quote(value);
    })
    .replace(new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, "g"), (w) => {
      const end = /[:;,.)]$/.test(w) ? w.slice(-1) : ""; // the sentence's punctuation, kept
      return `${w.slice(0, MAX_WORD_CHARS)}… (${w.length - end.length} characters)${end}`;
    });
  return cut.length > MAX_LINE_CHARS ? `${cut.slice(0, MAX_LINE_CHARS)}… (${cut.length} characters)` : cut;
}
