import type { DatasetRow } from "./dataset-citation.js";
import type { Provenance } from "./provenance.js";

/** The row's own account of its sources, in a line: UCDP's headline, ACLED's notes. */
export function rowHeadline(row: DatasetRow): string | null {
  const v = row.fields?.[row.dataset === "ucdp-ged" ? "source_headline" : "notes"];
  return typeof v === "string" && v !== "" ? v : null;
}

/** The words to show for a source: its quote, or for a dataset row the row's id and headline. */
export function citedWords(p: Provenance): string {
  if (p.quote !== null) return p.quote;
  const row = p.row;
  if (row === undefined) return "";
  const headline = rowHeadline(row);
  return `${row.dataset} row ${row.id}${headline === null ? "" : `: ${headline}`}`;
}
