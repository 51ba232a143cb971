import { z } from "zod";
import { ACLED_FIELD_COLUMNS } from "../datasets/acled/columns.js";
import { UCDP_FIELD_COLUMNS } from "../datasets/ucdp/columns.js";
import { type CellValue, type ColumnSpec, rowShape } from "./dataset-row.js";

/** The event datasets sitrep reads and writes. */
export const DATASETS = ["ucdp-ged", "acled"] as const;
export type DatasetFormat = (typeof DATASETS)[number];

/**
 * A dataset row an event cites: which dataset's format, the row's id in it, and its own columns,
 * typed (for UCDP GED its source article, headline, date and office; for ACLED its sources, notes
 * and timestamp). The dataset itself (title, version, licence) is the scenario document the event
 * names in `source.document`.
 */
export interface DatasetRow {
  readonly dataset: DatasetFormat;
  /** The row's id: UCDP's `id`, ACLED's `event_id_cnty`. */
  readonly id: string;
  /**
   * The row's columns other than those the event holds (its time and coordinates), by column
   * name. Stored once per row: on the first event citing it; the row's other events cite it by
   * dataset and id alone (see `rowFields`).
   */
  readonly fields?: Readonly<Record<string, CellValue>> | undefined;
}

/**
 * The schema of one dataset's cited row: its format's literal, its id, and its columns (typed,
 * optional: on the first event citing the row, left out on its others).
 */
function rowInput<D extends DatasetFormat>(
  dataset: D,
  columns: readonly ColumnSpec[],
  text: { readonly dataset: string; readonly id: string; readonly metaId: string; readonly meta: string },
) {
  return z
    .strictObject({
      dataset: z.literal(dataset).describe(text.dataset),
      id: z.string().min(1).describe(text.id),
      fields: z
        .strictObject(rowShape(columns))
        .optional()
        .describe("The row's columns, typed: on the first event citing the row, left out on its others."),
    })
    .meta({ id: text.metaId, description: text.meta });
}

const ucdpRow = rowInput("ucdp-ged", UCDP_FIELD_COLUMNS, {
  dataset: "A row of the UCDP Georeferenced Event Dataset.",
  id: "The row's UCDP id.",
  metaId: "UcdpRow",
  meta: "A UCDP GED row: its id and its columns other than dates and coordinates.",
});

const acledRow = rowInput("acled", ACLED_FIELD_COLUMNS, {
  dataset: "A row of an ACLED export.",
  id: "The row's event_id_cnty.",
  metaId: "AcledRow",
  meta: "An ACLED row: its id and its columns other than coordinates.",
});

/** A cited dataset row as written in a scenario file. */
export const datasetRowInput = z
  .discriminatedUnion("dataset", [ucdpRow, acledRow])
  .meta({ id: "DatasetRow", description: "A row of an event dataset that an event cites." }) as unknown as z.ZodType<
  DatasetRow,
  DatasetRow
>;
