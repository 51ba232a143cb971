/** A row an importer could not use, or used with a caveat: where, which column, and why. */
export interface RowProblem {
  /** The row's number in the file, the header being row 1 (as a spreadsheet numbers them). */
  readonly row: number;
  /** The column at fault, or null when the row as a whole is. */
  readonly column: string | null;
  readonly message: string;
}

/** What an import did: every row it could not use, every caveat, and what the rows became. */
export interface ImportReport {
  readonly file: string;
  readonly format: "ucdp-ged" | "acled";
  /** Data rows read (the header and a row of HXL hashtags not counted). */
  readonly rows: number;
  /** Whether a row of HXL hashtags (`#date+year`, ...) followed the header and was skipped. */
  readonly hxlSkipped: boolean;
  /** Rows left out by `--country`, `--from` or `--to`. */
  readonly filtered: number;
  /** Rows imported. */
  readonly imported: number;
  /** Rows that could not be used, each with why; the other rows are imported. */
  readonly problems: readonly RowProblem[];
  /** Rows imported with a caveat (figures out of order, an actor of its own side, ...). */
  readonly warnings: readonly RowProblem[];
  /** Events made, by kind. */
  readonly kinds: Readonly<Record<string, number>>;
  /** Catalogue entries the import added. */
  readonly added: { readonly places: number; readonly actors: number; readonly sides: number };
  /** Locations that are places of the base catalogue already (by their coordinates). */
  readonly matchedPlaces: number;
}

/** A problem as one line: `file:row 12: column 'low': ...`. */
export function problemLine(file: string, p: RowProblem): string {
  return `${file}:row ${p.row}: ${p.column === null ? "" : `column '${p.column}': `}${p.message}`;
}

/** The report's summary in a few lines: rows, kinds, catalogue additions. */
export function summaryLines(r: ImportReport): string[] {
  const kinds = Object.entries(r.kinds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  return [
    `${r.file}: ${r.rows} rows read${r.hxlSkipped ? " (the HXL hashtag row skipped)" : ""}; ${r.imported} imported, ${r.problems.length === 0 ? "none" : new Set(r.problems.map((p) => p.row)).size} unusable, ${r.filtered} left out by the filters, ${new Set(r.warnings.map((w) => w.row)).size} with warnings`,
    `events: ${kinds === "" ? "none" : kinds}`,
    `catalogue: ${r.added.places} places added (${r.matchedPlaces} locations are known places), ${r.added.actors} actors and ${r.added.sides} sides added`,
  ];
}
