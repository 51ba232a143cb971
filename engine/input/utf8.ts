import { InputError } from "./input-error.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xed) max = 0x9f;
    if (b === 0xf4) max = 0x8f;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < min || c > max) return i;
      min = 0x80;
      max = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a file's bytes: UTF-8, a leading byte-order mark dropped (as JSON tools do).
 * Throws `InputError` at the line and column of the first byte that is not UTF-8 instead of
 * replacing it.
 * @example
 * decodeUtf8(Buffer.from("\ufeff{}"), "x.json"); // "{}"
 */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < at; i++)
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    const before = decoder.decode(bytes.subarray(lineStart === 0 ? 0 : lineStart, at));
    const column = before.length + 1;
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, "0");
    throw new InputError(
      shown,
      `not valid UTF-8: byte 0x${hex} at byte offset ${at} does not belong here; save the file as UTF-8`,
      { line, column },
    );
  }
}
