import type { Catalogue } from "../catalogue/catalogue.js";
import type { DatasetFormat } from "../model/dataset-citation.js";
import type { CellValue, ColumnSpec } from "../model/dataset-row.js";
import { builtInCatalogue } from "../scenario/catalogue-files.js";
import { ActorBook, type ActorTarget, DEFAULT_ACTORS } from "./actors.js";
import { indexColumns, readCells } from "./cells.js";
import { openCsv } from "./csv.js";
import { DatasetError } from "./errors.js";
import { PlaceBook } from "./places.js";
import type { ImportReport, RowProblem } from "./report.js";
import { type ImportedScenario, type KeyedEvent, orderEvents, spanOf, withPlaceIds } from "./scenario-file.js";

/** What turning rows into events needs: where places and actors go, and the dataset's document id. */
export interface RowContext {
  readonly places: PlaceBook;
  readonly actors: ActorBook;
  readonly document: string;
}

/** The events one row became, or why it could not become any. */
export interface RowEvents {
  readonly events: KeyedEvent[];
  readonly problems: RowProblem[];
  readonly warnings: RowProblem[];
}

/** Options every importer takes. */
export interface DatasetImportOptions {
  /** Only rows of this country (what matches it is the dataset's own: see its importer). */
  readonly country?: string;
  /** Only rows whose dates reach this day or later (YYYY-MM-DD). */
  readonly from?: string;
  /** Only rows whose dates begin on this day or earlier (YYYY-MM-DD). */
  readonly to?: string;
  /** Dataset actor names to catalogue actors or sides; default `DEFAULT_ACTORS`. */
  readonly mapping?: Readonly<Record<string, ActorTarget>>;
  /** The scenario's id, title and IANA time zone (default UTC). */
  readonly id?: string;
  readonly title?: string;
  readonly timeZone?: string;
  /** The dataset's version (e.g. GED "19.1"), recorded on the dataset document. */
  readonly version?: string;
  /** The catalogue the scenario adds to; default the built-in one. */
  readonly catalogue?: Catalogue;
  readonly onProgress?: (read: number, size: number) => void;
}

/** One dataset's format: its columns, how a row is recognised, filtered and turned into events. */
export interface DatasetFormatSpec {
  /**
   * Its names: the format, what its files are in messages ("a UCDP GED event file"), its short
   * name in notes and titles ("UCDP GED"), and the whole dataset in the scenario's description.
   */
  readonly names: {
    readonly format: DatasetFormat;
    readonly file: string;
    readonly short: string;
    readonly whole: string;
  };
  /** The dataset document: its id, title and citation. */
  readonly document: { readonly id: string; readonly title: string; readonly note: string };
  /** Its columns, the one holding a row's id in the dataset, and the day the span starts on when no row is imported. */
  readonly rows: { readonly columns: readonly ColumnSpec[]; readonly id: string; readonly since: string };
  /** Whether a row is of the country `--country` names. */
  inCountry(values: Readonly<Record<string, CellValue>>, country: string): boolean;
  /** The first and last day a row may be of, for `--from` and `--to`; null when its dates do not read (its own check says so). */
  days(values: Readonly<Record<string, CellValue>>): { readonly from: string; readonly to: string } | null;
  rowEvents(values: Readonly<Record<string, CellValue>>, row: number, ctx: RowContext): RowEvents;
  /** A last pass over the events in log order, their place ids given (ACLED: captures or recaptures). */
  settle?(events: readonly Record<string, unknown>[], ctx: RowContext): Record<string, unknown>[];
}

/** Whether a row passes `--country`, `--from` and `--to`. */
function kept<O extends DatasetImportOptions>(
  spec: DatasetFormatSpec,
  values: Readonly<Record<string, CellValue>>,
  o: O,
): boolean {
  if (o.country !== undefined && !spec.inCountry(values, o.country)) return false;
  const days = spec.days(values);
  if (days === null) return true;
  return !(o.from !== undefined && days.to < o.from) && !(o.to !== undefined && days.from > o.to);
}

/** The importer of a format: a file and options in, the scenario and the report out. */
export type DatasetImporter = (
  path: string,
  options?: DatasetImportOptions,
) => Promise<{ scenario: ImportedScenario; report: ImportReport }>;

/** Columns whose presence together tells one dataset's export from another's. */
const SIGNATURES: readonly {
  readonly format: DatasetFormat;
  readonly command: string;
  readonly columns: readonly string[];
}[] = [
  { format: "ucdp-ged", command: "ucdp", columns: ["type_of_violence", "side_a", "side_b", "where_prec"] },
  { format: "acled", command: "acled", columns: ["event_id_cnty", "event_type", "sub_event_type", "actor1"] },
];

/** Refuses, in one line, a file that is another dataset's export than the one asked for. */
function refuseOtherFormat(header: readonly string[], format: DatasetFormat, what: string, file: string): void {
  const has = new Set(header);
  const other = SIGNATURES.find((s) => s.format !== format && s.columns.every((c) => has.has(c)));
  if (other !== undefined)
    throw new DatasetError(
      `${file}: not ${what}: its header is ${other.format === "acled" ? "an ACLED export's" : "a UCDP GED export's"} (import it with 'sitrep import ${other.command}')`,
    );
}

/**
 * Reads a dataset CSV row by row (streaming) and makes a scenario of the rows it can use:
 * each row's events (by `spec.rowEvents`), its locations as catalogue places, its actors mapped
 * to catalogue actors and sides. Every row it cannot use is reported with its number, column
 * and why, never stopping the rest. Throws `DatasetError` for a file that is not a CSV or not
 * of the format (naming the right command when it is the other dataset's).
 */
export async function importRows<O extends DatasetImportOptions>(
  path: string,
  spec: DatasetFormatSpec,
  options: O,
): Promise<{ scenario: ImportedScenario; report: ImportReport }> {
  const csv = await openCsv(path, options.onProgress === undefined ? {} : { onProgress: options.onProgress });
  refuseOtherFormat(csv.header, spec.names.format, spec.names.file, path);
  const { index, warnings: headerWarnings } = indexColumns(csv.header, spec.rows.columns, path, spec.names.file);
  const catalogue = options.catalogue ?? builtInCatalogue().catalogue;
  const ctx: RowContext = {
    places: new PlaceBook(catalogue),
    actors: new ActorBook(catalogue, options.mapping ?? DEFAULT_ACTORS, spec.names.short, path),
    document: spec.document.id,
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
    const cells = readCells(r.cells, r.row, spec.rows.columns, index, csv.header.length);
    if (cells.problems.length > 0) {
      problems.push(...cells.problems);
      continue;
    }
    if (!kept(spec, cells.values, options)) {
      filtered += 1;
      continue;
    }
    const idColumn = spec.rows.id;
    const rowId = String(cells.values[idColumn]);
    const first = seen.get(rowId);
    if (first !== undefined) {
      problems.push({
        row: r.row,
        column: idColumn,
        message: `${idColumn} ${rowId} is the ${idColumn} of row ${first} already`,
      });
      continue;
    }
    seen.set(rowId, r.row);
    const made = spec.rowEvents(cells.values, r.row, ctx);
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
  const added = ctx.actors.added();
  const span = spanOf(events, options.from ?? spec.rows.since);
  const placed = orderEvents(withPlaceIds(events, ctx.places.finish()));
  const logged = spec.settle === undefined ? placed : spec.settle(placed, ctx);
  const kinds: Record<string, number> = {};
  for (const event of logged) kinds[event.type as string] = (kinds[event.type as string] ?? 0) + 1;
  const scenario: ImportedScenario = {
    id: options.id ?? spec.names.format,
    title: options.title ?? `${spec.names.short} events${options.country === undefined ? "" : `, ${options.country}`}`,
    description: `${imported} rows of ${spec.names.whole}, imported by sitrep from ${path.split(/[\\/]/).pop()}.`,
    timeZone: options.timeZone ?? "UTC",
    span,
    documents: [
      {
        id: spec.document.id,
        title: spec.document.title,
        kind: "dataset",
        ...(options.version === undefined ? {} : { version: options.version }),
        note: spec.document.note,
      },
    ],
    catalogue: { sides: added.sides, places: ctx.places.places(), actors: added.actors },
    events: logged,
  };
  return {
    scenario,
    report: {
      file: path,
      format: spec.names.format,
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

/** The importer of a format (`importUcdp`, `importAcled`): `importRows` with the format's spec. */
export function importerOf(spec: DatasetFormatSpec): DatasetImporter {
  return (path, options) => importRows(path, spec, options ?? {});
}
