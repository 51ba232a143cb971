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
