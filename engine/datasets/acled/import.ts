import { normaliseName } from "../../catalogue/names.js";
import type { CellValue } from "../../model/dataset-row.js";
import { DEFAULT_ACTORS } from "../actors.js";
import type { ImportReport } from "../report.js";
import { type DatasetFormatSpec, type DatasetImportOptions, importRows } from "../row-import.js";
import type { ImportedScenario } from "../scenario-file.js";
import { settleCaptures } from "./captures.js";
import { ACLED_COLUMNS } from "./columns.js";
import { acledDate } from "./precision.js";
import { acledRowEvents } from "./row-events.js";

/** Options of `importAcled`: `country` is a name, or an ISO 3166 numeric code (ACLED's `iso`). */
export type AcledImportOptions = DatasetImportOptions;

/** The id of the dataset document ACLED events cite. */
export const ACLED_DOCUMENT = "acled";

const CITATION =
  "Armed Conflict Location & Event Data (ACLED), https://acleddata.com. Cite: Raleigh, Clionadh, Andrew Linke, Håvard Hegre and Joakim Karlsen (2010), 'Introducing ACLED: An Armed Conflict Location and Event Dataset', Journal of Peace Research 47(5): 651-660; ACLED Codebook. ACLED's terms of use govern the rows: they are not to be redistributed.";

function keep(v: Readonly<Record<string, CellValue>>, o: AcledImportOptions): boolean {
  if (
    o.country !== undefined &&
    normaliseName(String(v.country ?? "")) !== normaliseName(o.country) &&
    String(v.iso ?? "") !== o.country
  )
    return false;
  const day = acledDate(String(v.event_date));
  if (day === null) return true; // the row's own check reports it
  if (o.from !== undefined && day < o.from) return false;
  if (o.to !== undefined && day > o.to) return false;
  return true;
}

/** An ACLED export as `importRows` reads it. */
export const ACLED_FORMAT: DatasetFormatSpec<AcledImportOptions> = {
  format: "acled",
  label: "an ACLED export",
  short: "ACLED",
  command: "acled",
  columns: ACLED_COLUMNS,
  idColumn: "event_id_cnty",
  document: { id: ACLED_DOCUMENT, title: "Armed Conflict Location & Event Data (ACLED)", note: CITATION },
  described: "an ACLED export",
  since: "1997-01-01",
  keep,
  rowEvents: acledRowEvents,
  settle: settleCaptures,
};

/**
 * Imports an ACLED export (the CSV of its export tool or API; plain or gzipped) as a scenario:
 * each usable row becomes events citing it (see `acledRowEvents`), locations become catalogue
 * places, actors map to catalogue actors and sides. Rows it cannot use are reported with their
 * number, column and why, and the rest imported. Throws `DatasetError` for a file that is not a
 * CSV or not an ACLED export.
 * @example
 * const { scenario, report } = await importAcled("test/fixtures/acled/anbar-2015.csv", { country: "Iraq" });
 */
export function importAcled(
  path: string,
  options: AcledImportOptions = {},
): Promise<{ scenario: ImportedScenario; report: ImportReport }> {
  return importRows(path, ACLED_FORMAT, options, DEFAULT_ACTORS);
}
