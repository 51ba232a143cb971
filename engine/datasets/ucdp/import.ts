import { normaliseName } from "../../catalogue/names.js";
import { type DatasetFormatSpec, type DatasetImportOptions, importerOf } from "../row-import.js";
import { UCDP_COLUMNS } from "./columns.js";
import { ucdpRowEvents } from "./row-events.js";

/** Options of `importUcdp`: `country` is a name, an ISO 3166 alpha-3 code or a Gleditsch–Ward number. */
export type UcdpImportOptions = DatasetImportOptions;

/** The id of the dataset document UCDP events cite. */
export const UCDP_DOCUMENT = "ucdp-ged";

const CITATION =
  "Uppsala Conflict Data Program, UCDP Georeferenced Event Dataset (GED), CC BY 4.0 (https://ucdp.uu.se/). Cite: Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4): 523-532; Högbladh, Stina, UCDP GED Codebook.";

/** The GED event CSV as `importRows` reads it. */
export const UCDP_FORMAT: DatasetFormatSpec = {
  names: {
    format: "ucdp-ged",
    file: "a UCDP GED event file",
    short: "UCDP GED",
    whole: "the UCDP Georeferenced Event Dataset",
  },
  document: { id: UCDP_DOCUMENT, title: "UCDP Georeferenced Event Dataset (GED)", note: CITATION },
  rows: { columns: UCDP_COLUMNS, id: "id", since: "1989-01-01" },
  inCountry(v, country) {
    if (normaliseName(String(v.country ?? "")) === normaliseName(country)) return true;
    return String(v.iso3 ?? "").toLowerCase() === country.toLowerCase() || String(v.country_id ?? "") === country;
  },
  days: (v) => ({ from: String(v.date_start), to: String(v.date_end) }),
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
export const importUcdp = importerOf(UCDP_FORMAT);
