import { parse } from "csv-parse/sync";

/**
 * Rows of RFC 4180 CSV text (quoted fields may hold commas, line breaks and doubled quotes),
 * parsed by `csv-parse`, the parser the importers stream with. Rows may differ in length.
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}
