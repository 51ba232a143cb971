import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { ACLED_COLUMNS } from "../../engine/datasets/acled/columns.js";

/** The header of an ACLED export, in its order. */
export const ACLED_NAMES = ACLED_COLUMNS.map((c) => c.name);

/** The hand-written fixture's first row (ACLED's terms forbid redistributing its own rows). */
const FIRST = (parse(readFileSync(join("test", "fixtures", "acled", "anbar-2015.csv"))) as string[][])[1] ?? [];

/** A row in ACLED's column format: the fixture's armed clash in Ramadi, with `changes` applied. */
export function acledRow(changes: Record<string, string> = {}): string[] {
  return ACLED_NAMES.map((n, i) => changes[n] ?? FIRST[i] ?? "");
}

/** Rows as a CSV with ACLED's header (or another header given). */
export function acledCsv(rows: readonly string[][], header: readonly string[] = ACLED_NAMES): string {
  return stringify([header, ...rows]);
}
