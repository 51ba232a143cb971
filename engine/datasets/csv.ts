import { createReadStream, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { CsvError, parse } from "csv-parse";
import { DatasetError } from "./errors.js";
import type { RowProblem } from "./report.js";

/**
 * One data row of a CSV file: its number and its cells. A row's number is the line of the file it
 * starts on, the header being 1: a spreadsheet's row number when no cell holds a line break.
 */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A CSV file opened for reading: its header, and its data rows as a stream. */
export interface CsvFile {
  readonly header: readonly string[];
  /** Whether the row after the header was a row of HXL hashtags, skipped. */
  readonly hxlSkipped: boolean;
  readonly rows: AsyncIterable<CsvRow>;
  /** Rows the parser could not read (a stray quote, ...), each with its number; filled as rows are read. */
  readonly unreadable: RowProblem[];
}

/** Options of `openCsv`. */
export interface CsvOptions {
  /** Called as the file is read, with the bytes read so far and the file's size. */
  readonly onProgress?: (read: number, size: number) => void;
}

/** A row of HXL hashtags (`#date+year`, `#geo+lat`): every cell empty or a hashtag, one at least. */
function isHxl(cells: readonly string[]): boolean {
  return cells.some((c) => c.startsWith("#")) && cells.every((c) => c === "" || c.startsWith("#"));
}

/**
 * Opens a CSV file, plain or gzip-compressed (told by its first bytes), for streaming: the
 * header is read at once, the rows as they are iterated. A row of HXL hashtags right after the
 * header is skipped. Rows the parser cannot read are noted in `unreadable` and skipped, never
 * stopping the rest. Throws `DatasetError` when the file cannot be read or is not a CSV.
 */
export async function openCsv(path: string, options: CsvOptions = {}): Promise<CsvFile> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DatasetError(
      code === "ENOENT" ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})`,
    );
  }
  const head = await firstBytes(path);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (!gzip && head.includes(0)) throw new DatasetError(`${path}: not a CSV file (it holds binary data)`);
  const raw = createReadStream(path);
  let read = 0;
  raw.on("data", (chunk) => {
    read += chunk.length;
    options.onProgress?.(read, size);
  });
  const text: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  const unreadable: RowProblem[] = [];
  const parser = text.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
    }),
  );
  // the parser's own words for the first line it could not read, should no line be readable
  let firstSkip: { line: number; why: string } | undefined;
  parser.on("skip", (err: CsvError) => {
    const line = (err as CsvError & { lines?: number }).lines ?? 0;
    firstSkip ??= { line, why: err.message };
    unreadable.push({
      row: line,
      column: null,
      message: `cannot be read as CSV (it and the rows up to the next readable one are skipped): ${err.message}`,
    });
  });
  text.on("error", (e) => parser.destroy(e));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const next = async () => {
    try {
      return await records.next();
    } catch (e) {
      if (e instanceof CsvError || (e as NodeJS.ErrnoException).code === "Z_DATA_ERROR")
        throw new DatasetError(`${path}: not a CSV file (${(e as Error).message})`);
      throw e;
    }
  };
  const first = await next();
  if (first.done === true) {
    // No record at all: either nothing but blank lines, or no line the parser could read.
    if (firstSkip !== undefined)
      throw new DatasetError(
        `${path}: not a CSV file: no line of it reads as CSV (line ${firstSkip.line}: ${firstSkip.why})`,
      );
    throw new DatasetError(`${path}: empty, not a CSV file with a header row`);
  }
  const header = first.value.record.map((h) => h.trim());
  let end = first.value.info.lines;
  const second = await next();
  const hxlSkipped = second.done !== true && isHxl(second.value.record);
  async function* rows(): AsyncGenerator<CsvRow> {
    if (second.done === true) return;
    if (!hxlSkipped) yield { row: end + 1, cells: second.value.record };
    end = second.value.info.lines;
    for (;;) {
      const r = await next();
      if (r.done === true) return;
      yield { row: end + 1, cells: r.value.record };
      end = r.value.info.lines;
    }
  }
  return { header, hxlSkipped, rows: rows(), unreadable };
}

async function firstBytes(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path, { start: 0, end: 511 })) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
