import { normaliseName } from "../../catalogue/names.js";
import { type DatasetFormatSpec, type DatasetImportOptions, importerOf } from "../row-import.js";
import { settleCaptures } from "./captures.js";
import { ACLED_COLUMNS } from "./columns.js";
import { acledDate, acledDays } from "./precision.js";
import { acledRowEvents } from "./row-events.js";

/** Options of `importAcled`: `country` is a name, or an ISO 3166 numeric code (ACLED's `iso`). */
export type AcledImportOptions = DatasetImportOptions;

/** The id of the dataset document ACLED events cite. */
export const ACLED_DOCUMENT = "acled";

const CITATION =
  "Armed Conflict Location & Event Data (ACLED), https://acleddata.com. Cite: Raleigh, Clionadh, Andrew Linke, Håvard Hegre and Joakim Karlsen (2010), 'Introducing ACLED: An Armed Conflict Location and Event Dataset', Journal of Peace Research 47(5): 651-660; ACLED Codebook. ACLED's terms of use govern the rows: they are not to be redistributed.";

/** An ACLED export as `importRows` reads it. */
export const ACLED_FORMAT: DatasetFormatSpec = {
  names: { format: "acled", file: "an ACLED export", short: "ACLED", whole: "an ACLED export" },
  document: { id: ACLED_DOCUMENT, title: "Armed Conflict Location & Event Data (ACLED)", note: CITATION },
  rows: { columns: ACLED_COLUMNS, id: "event_id_cnty", since: "1997-01-01" },
  inCountry: (v, country) =>
    normaliseName(String(v.country ?? "")) === normaliseName(country) || String(v.iso ?? "") === country,
  days(v) {
    const day = acledDate(String(v.event_date));
    return day === null ? null : acledDays(day, Number(v.time_precision));
  },
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
export const importAcled = importerOf(ACLED_FORMAT);
