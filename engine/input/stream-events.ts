import { closeSync, openSync, readSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/**
 * Checks a file before it is read (that it is a regular file, not too large, ...); throws to
 * refuse it. The default only asks for a regular file.
 */
export type InputCheck = (path: string) => void;

/** One JSON value a line of a file holds, with its line number (1-based). */
export interface JsonLine {
  readonly line: number;
  readonly value: unknown;
}

/** A line that is not JSON. */
export interface BadLine {
  readonly line: number;
  readonly message: string;
}

/** Options of `readJsonLines`. */
export interface JsonLinesOptions {
  /** Run once before reading (the regular-file and size checks every file read goes through). */
  readonly check?: InputCheck;
  /** Told how many bytes of how many are read, after each chunk. */
  readonly onProgress?: (read: number, total: number) => void;
  /** Bytes read at a time (default 4 MiB). */
  readonly chunkBytes?: number;
}

/** Whether a path names a file of one JSON value a line (`.ndjson` or `.jsonl`). */
export function isNdjsonPath(path: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(path);
}

const regularFile: InputCheck = (path) => {
  if (!statSync(path).isFile()) throw new Error(`'${path}' is not a regular file`);
};

/**
 * Reads a file of one JSON value a line (NDJSON) a chunk at a time, never holding the whole text:
 * a file of any size whose values fit in memory can be read. Blank lines are skipped and a
 * leading byte-order mark dropped. Each line is parsed on its own, so the strings of the values
 * keep nothing of the file's text alive.
 * @example
 * const { values, bad } = readJsonLines("events.ndjson", { onProgress: (r, t) => bar.update(r / t) });
 */
export function readJsonLines(path: string, options: JsonLinesOptions = {}): { values: JsonLine[]; bad: BadLine[] } {
  (options.check ?? regularFile)(path);
  const total = statSync(path).size;
  const chunk = Buffer.allocUnsafe(options.chunkBytes ?? 4 * 2 ** 20);
  const decoder = new StringDecoder("utf8");
  const values: JsonLine[] = [];
  const bad: BadLine[] = [];
  let line = 0;
  let rest = "";
  let read = 0;
  const take = (text: string): void => {
    line++;
    const t = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (t.trim() === "") return;
    try {
      values.push({ line, value: JSON.parse(t) });
    } catch (e) {
      bad.push({ line, message: (e as Error).message });
    }
  };
  const fd = openSync(path, "r");
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      read += n;
      const text = rest + decoder.write(chunk.subarray(0, n));
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        take(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
        start = nl + 1;
      }
      rest = text.slice(start);
      options.onProgress?.(read, total);
    }
  } finally {
    closeSync(fd);
  }
  const last = rest + decoder.end();
  if (last !== "") take(last);
  return { values, bad };
}
