import type { Catalogue } from "../../catalogue/catalogue.js";
import { normaliseName } from "../../catalogue/names.js";
import type { CellValue } from "../../model/dataset-row.js";
import { builtInCatalogue } from "../../scenario/catalogue-files.js";
import { ActorBook, type ActorTarget, DEFAULT_ACTORS } from "../actors.js";
import { indexColumns, readCells } from "../cells.js";
import { openCsv } from "../csv.js";
import { PlaceBook } from "../places.js";
import type { ImportReport, RowProblem } from "../report.js";
import { type ImportedScenario, orderEvents, spanOf, withPlaceIds } from "../scenario-file.js";
import { UCDP_COLUMNS } from "./columns.js";
import { type KeyedEvent, ucdpRowEvents } from "./row-events.js";

/** Options of `importUcdp`. */
export interface UcdpImportOptions {
  /** Only rows of this country: its name, ISO 3166 alpha-3 code or Gleditsch–Ward number. */
  readonly country?: string;
  /** Only rows whose dates reach this day or later (YYYY-MM-DD). */
  readonly from?: string;
  /** Only rows whose dates begin on this day or earlier (YYYY-MM-DD). */
  readonly to?: string;
  /** Dataset actor names to catalogue actors or sides; default `DEFAULT_ACTORS`. */
  readonly mapping?: Readonly<Record<string, ActorTarget>>;
  /** The scenario's id (default `ucdp-ged`), title and IANA time zone (default UTC). */
  readonly id?: string;
  readonly title?: string;
  readonly timeZone?: string;
  /** The GED version the file is (e.g. "19.1"), recorded on the dataset document. */
  readonly version?: string;
  /** The catalogue the scenario adds to; default the built-in one. */
  readonly catalogue?: Catalogue;
  readonly onProgress?: (read: number, size: number) => void;
}

/** The id of the dataset document UCDP events cite. */
export const UCDP_DOCUMENT = "ucdp-ged";

const CITATION =
  "Uppsala Conflict Data Program, UCDP Georeferenced Event Dataset (GED), CC BY 4.0 (https://ucdp.uu.se/). Cite: Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4): 523-532; Högbladh, Stina, UCDP GED Codebook.";

function keep(v: Record<string, CellValue>, o: UcdpImportOptions): boolean {
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

/**
 * Imports a UCDP GED event CSV (plain or gzipped; HDX's HXL row skipped) as a scenario: each
 * usable row becomes events citing it (see `ucdpRowEvents`), locations become catalogue places,
 * actors map to catalogue actors and sides. Rows it cannot use are reported with their number,
 * column and why, and the rest imported. Throws `DatasetError` for a file that is not a CSV or not
 * a GED export.
 * @example
 * const { scenario, report } = await importUcdp("scenarios/data/ucdp-ged-iraq.csv.gz", { country: "IRQ" });
 */
export async function importUcdp(
  path: string,
  options: UcdpImportOptions = {},
): Promise<{ scenario: ImportedScenario; report: ImportReport }> {
  const csv = await openCsv(path, options.onProgress === undefined ? {} : { onProgress: options.onProgress });
  const { index, warnings: headerWarnings } = indexColumns(csv.header, UCDP_COLUMNS, path, "UCDP GED event");
  const catalogue = options.catalogue ?? builtInCatalogue().catalogue;
  const ctx = {
    places: new PlaceBook(catalogue),
    actors: new ActorBook(catalogue, options.mapping ?? DEFAULT_ACTORS, "UCDP GED", path),
    document: UCDP_DOCUMENT,
  };
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [...headerWarnings];
  const events: KeyedEvent[] = [];
  let rows = 0;
  let filtered = 0;
  let imported = 0;
  const seen = new Map<string, number>();
  for await (const r of csv.rows) {
    rows += 1;
    const cells = readCells(r.cells, r.row, UCDP_COLUMNS, index, csv.header.length);
    if (cells.problems.length > 0) {
      problems.push(...cells.problems);
      continue;
    }
    if (!keep(cells.values, options)) {
      filtered += 1;
      continue;
    }
    const rowId = String(cells.values.id);
    const first = seen.get(rowId);
    if (first !== undefined) {
      problems.push({ row: r.row, column: "id", message: `id ${rowId} is the id of row ${first} already` });
      continue;
    }
    seen.set(rowId, r.row);
    const made = ucdpRowEvents(cells.values, r.row, ctx);
    warnings.push(...cells.warnings, ...made.warnings);
    if (made.problems.length > 0) {
      problems.push(...made.problems);
      continue;
    }
    imported += 1;
    events.push(...made.events);
  }
  problems.push(...csv.unreadable);
  problems.sort((a, b) => a.row - b.row);
  const kinds: Record<string, number> = {};
  for (const { event } of events) kinds[event.type as string] = (kinds[event.type as string] ?? 0) + 1;
  const added = ctx.actors.added();
  const span = spanOf(events, options.from ?? "1989-01-01");
  const placed = withPlaceIds(events, ctx.places.finish());
  const scenario: ImportedScenario = {
    id: options.id ?? "ucdp-ged",
    title: options.title ?? `UCDP GED events${options.country === undefined ? "" : `, ${options.country}`}`,
    description: `${imported} rows of the UCDP Georeferenced Event Dataset, imported by sitrep from ${path.split(/[\\/]/).pop()}.`,
    timeZone: options.timeZone ?? "UTC",
    span,
    documents: [
      {
        id: UCDP_DOCUMENT,
        title: "UCDP Georeferenced Event Dataset (GED)",
        kind: "dataset",
        ...(options.version === undefined ? {} : { version: options.version }),
        note: CITATION,
      },
    ],
    catalogue: { sides: added.sides, places: ctx.places.places(), actors: added.actors },
    events: orderEvents(placed),
  };
  return {
    scenario,
    report: {
      file: path,
      format: "ucdp-ged",
      rows,
      hxlSkipped: csv.hxlSkipped,
      filtered,
      imported,
      problems,
      warnings,
      kinds,
      added: { places: ctx.places.places().length, actors: added.actors.length, sides: added.sides.length },
      matchedPlaces: ctx.places.matched,
    },
  };
}
