import type { CellValue, ColumnSpec } from "../model/dataset-row.js";
import { DatasetError } from "./errors.js";
import type { RowProblem } from "./report.js";

/** Where each expected column is in a file's header (null when the header lacks it). */
export type ColumnIndex = ReadonlyMap<string, number | null>;

/**
 * Finds the expected columns in a header. A required column missing means the file is not of
 * the format asked for (`DatasetError`, naming the columns); an optional one missing is a
 * caveat, returned as a problem of row 1 (its cells are then empty), with the header's unknown
 * columns named in case one is it renamed.
 */
export function indexColumns(
  header: readonly string[],
  columns: readonly ColumnSpec[],
  file: string,
  /** What the file should be, with its article: "a UCDP GED event file", "an ACLED export". */
  what: string,
): { index: ColumnIndex; warnings: RowProblem[] } {
  const at = new Map(header.map((h, i) => [h, i]));
  const missing = columns.filter((c) => !at.has(c.name));
  const required = missing.filter((c) => !c.optional).map((c) => c.name);
  const known = new Set(columns.map((c) => c.name));
  const unknown = header.filter((h) => !known.has(h));
  const list = (xs: readonly string[]) =>
    xs
      .slice(0, 6)
      .map((x) => `'${x}'`)
      .join(", ") + (xs.length > 6 ? `, ... (${xs.length} in all)` : "");
  const others = unknown.length === 0 ? "" : ` (the header has ${list(unknown)} instead)`;
  if (required.length > 0) throw new DatasetError(`${file}: not ${what}: the header lacks ${list(required)}${others}`);
  const warnings = missing.map((c) => ({
    row: 1,
    column: c.name,
    message: `missing from the header${others}; imported as empty in every row`,
  }));
  return { index: new Map(columns.map((c) => [c.name, at.get(c.name) ?? null])), warnings };
}

const INT = /^-?\d+(?:\.0*)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;

/** A calendar date `YYYY-MM-DD` (a midnight time after it dropped), or null when it is none. */
export function isoDate(s: string): string | null {
  const m = DATE.exec(s);
  if (m === null) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const t = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return t.getUTCFullYear() === Number(y) && t.getUTCMonth() === Number(mo) - 1 && t.getUTCDate() === Number(d)
    ? `${y}-${mo}-${d}`
    : null;
}

function typed(c: ColumnSpec, s: string): CellValue | { error: string } {
  switch (c.type) {
    case "text":
      return s;
    case "int":
      return INT.test(s) ? Number.parseInt(s, 10) : { error: `'${s}' is not a whole number` };
    case "number": {
      const n = Number(s);
      return Number.isFinite(n) ? n : { error: `'${s}' is not a number` };
    }
    case "date":
      return isoDate(s) ?? { error: `'${s}' is not a date (expected YYYY-MM-DD)` };
  }
}

/**
 * Reads one row's cells into typed values by column. An empty cell is null; a required column
 * empty or mistyped, or a row shorter than the header, is a problem (the row is unusable); an
 * optional column mistyped is kept as null with a warning.
 */
export function readCells(
  cells: readonly string[],
  row: number,
  columns: readonly ColumnSpec[],
  index: ColumnIndex,
  width: number,
): { values: Record<string, CellValue>; problems: RowProblem[]; warnings: RowProblem[] } {
  const values: Record<string, CellValue> = {};
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  if (cells.length < width) {
    const lost = columns.filter((c) => {
      const i = index.get(c.name);
      return i !== null && i !== undefined && i >= cells.length;
    });
    problems.push({
      row,
      column: lost[0]?.name ?? null,
      message: `the row has ${cells.length} cells where the header has ${width}: ${lost.map((c) => c.name).join(", ")} missing`,
    });
    return { values, problems, warnings };
  }
  for (const c of columns) {
    const i = index.get(c.name);
    const s = i === null || i === undefined ? "" : (cells[i] ?? "").trim();
    if (s === "") {
      values[c.name] = null;
      if (!c.optional) problems.push({ row, column: c.name, message: `empty (expected: ${c.meaning})` });
      continue;
    }
    const v = typed(c, s);
    if (typeof v === "object" && v !== null) {
      values[c.name] = null;
      (c.optional ? warnings : problems).push({
        row,
        column: c.name,
        message: c.optional ? `${v.error}; kept empty` : v.error,
      });
    } else values[c.name] = v;
  }
  return { values, problems, warnings };
}

/** What is wrong with a row's point: a latitude or longitude out of range. */
export function pointProblems(row: number, lat: number, lon: number): RowProblem[] {
  return [
    ...(lat < -90 || lat > 90 ? [{ row, column: "latitude", message: `${lat} is out of range (-90 to 90)` }] : []),
    ...(lon < -180 || lon > 180 ? [{ row, column: "longitude", message: `${lon} is out of range (-180 to 180)` }] : []),
  ];
}
