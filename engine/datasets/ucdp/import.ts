import { normaliseName } from "../../catalogue/names.js";
import type { CellValue } from "../../model/dataset-row.js";
import { DEFAULT_ACTORS } from "../actors.js";
import type { ImportReport } from "../report.js";
import { type DatasetFormatSpec, type DatasetImportOptions, importRows } from "../row-import.js";
import type { ImportedScenario } from "../scenario-file.js";
import { UCDP_COLUMNS } from "./columns.js";
import { ucdpRowEvents } from "./row-events.js";

/** Options of `importUcdp`: `country` is a name, an ISO 3166 alpha-3 code or a Gleditsch–Ward number. */
export type UcdpImportOptions = DatasetImportOptions;

/** The id of the dataset document UCDP events cite. */
export const UCDP_DOCUMENT = "ucdp-ged";

const CITATION =
  "Uppsala Conflict Data Program, UCDP Georeferenced Event Dataset (GED), CC BY 4.0 (https://ucdp.uu.se/). Cite: Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4): 523-532; Högbladh, Stina, UCDP GED Codebook.";

function keep(v: Readonly<Record<string, CellValue>>, o: UcdpImportOptions): boolean {
  if (o.country !== undefined) {
    const c = o.country;
    const match =
      normaliseName(String(v.country ?? "")) === normaliseName(c) ||
      String(v.iso3 ?? "").toLowerCase() === c.toLowerCase() ||
      String(v.country_id ?? "") === c;
    if (!match) return false;
  }
  if (o.from !== undefined && String(v.date_end) < o.from) return false;
  if (o.to !== undefined && String(v.date_start) > o.to) return false;
  return true;
}

/** The GED event CSV as `importRows` reads it. */
export const UCDP_FORMAT: DatasetFormatSpec<UcdpImportOptions> = {
  format: "ucdp-ged",
  label: "a UCDP GED event file",
  short: "UCDP GED",
  command: "ucdp",
  columns: UCDP_COLUMNS,
  idColumn: "id",
  document: { id: UCDP_DOCUMENT, title: "UCDP Georeferenced Event Dataset (GED)", note: CITATION },
  described: "the UCDP Georeferenced Event Dataset",
  since: "1989-01-01",
  keep,
  rowEvents: ucdpRowEvents,
};

/**
 * Imports a UCDP GED event CSV (plain or gzipped; HDX's HXL row skipped) as a scenario: each
 * usable row becomes events citing it (see `ucdpRowEvents`), locations become catalogue places,
 * actors map to catalogue actors and sides. Rows it cannot use are reported with their number,
 * column and why, and the rest imported. Throws `DatasetError` for a file that is not a CSV or not
 * a GED export.
 * @example
 * const { scenario, report } = await importUcdp("scenarios/data/ucdp-ged-iraq.csv.gz", { country: "IRQ" });
 */
export function importUcdp(
  path: string,
  options: UcdpImportOptions = {},
): Promise<{ scenario: ImportedScenario; report: ImportReport }> {
  return importRows(path, UCDP_FORMAT, options, DEFAULT_ACTORS);
}
