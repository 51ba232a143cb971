import { z } from "zod";

/** How a dataset column is typed: an integer, a decimal number, a date (YYYY-MM-DD) or text. */
export type ColumnType = "int" | "number" | "date" | "text";

/** One column of a dataset's export format: its name, type and whether it may be empty. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** May be empty in a row (then it is kept as null). */
  readonly optional: boolean;
  /** What the column holds, for the docs. */
  readonly meaning: string;
}

/** A typed value of a dataset column: null for an empty cell. */
export type CellValue = string | number | null;

function cellSchema(c: ColumnSpec) {
  const base =
    c.type === "int"
      ? z.number().int()
      : c.type === "number"
        ? z.number()
        : c.type === "date"
          ? z.iso.date()
          : z.string();
  return (c.optional ? base.nullable() : base).describe(c.meaning);
}

/** The zod shape of a row's attributes, one typed field per column. */
export function rowShape(columns: readonly ColumnSpec[]): Record<string, z.ZodType> {
  return Object.fromEntries(columns.map((c) => [c.name, cellSchema(c)]));
}
