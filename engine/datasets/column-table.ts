import type { ColumnSpec, ColumnType } from "../model/dataset-row.js";

const TYPES: readonly ColumnType[] = ["int", "number", "date", "text"];

/**
 * A dataset's columns from a table written one column a line: `name | type | meaning`, the type
 * followed by `?` when the column may be empty. Blank lines are skipped; a malformed line throws
 * (a fault of the table, found when the module loads).
 * @example
 * columnTable(`
 *   id   | int   | The row's id.
 *   note | text? | A remark.
 * `); // [{ name: "id", type: "int", optional: false, meaning: "The row's id." }, ...]
 */
export function columnTable(table: string): readonly ColumnSpec[] {
  return table
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [name, typed, ...meaning] = line.split("|").map((cell) => cell.trim());
      const type = typed?.replace(/\?$/, "") as ColumnType;
      if (name === undefined || name === "" || !TYPES.includes(type) || meaning.length === 0)
        throw new Error(`column table: '${line}' is not 'name | type[?] | meaning'`);
      return { name, type, optional: typed?.endsWith("?") === true, meaning: meaning.join("|") };
    });
}
