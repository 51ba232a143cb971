import { z } from "zod";
import { ACLED_FIELD_COLUMNS } from "../datasets/acled/columns.js";
import { UCDP_FIELD_COLUMNS } from "../datasets/ucdp/columns.js";
import { type CellValue, rowShape } from "./dataset-row.js";

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

const ucdpRow = z
  .strictObject({
    dataset: z.literal("ucdp-ged").describe("A row of the UCDP Georeferenced Event Dataset."),
    id: z.string().min(1).describe("The row's UCDP id."),
    fields: z
      .strictObject(rowShape(UCDP_FIELD_COLUMNS))
      .optional()
      .describe("The row's columns, typed: on the first event citing the row, left out on its others."),
  })
  .meta({ id: "UcdpRow", description: "A UCDP GED row: its id and its columns other than dates and coordinates." });

const acledRow = z
  .strictObject({
    dataset: z.literal("acled").describe("A row of an ACLED export."),
    id: z.string().min(1).describe("The row's event_id_cnty."),
    fields: z
      .strictObject(rowShape(ACLED_FIELD_COLUMNS))
      .optional()
      .describe("The row's columns, typed: on the first event citing the row, left out on its others."),
  })
  .meta({ id: "AcledRow", description: "An ACLED row: its id and its columns other than coordinates." });

/** A cited dataset row as written in a scenario file. */
export const datasetRowInput = z
  .discriminatedUnion("dataset", [ucdpRow, acledRow])
  .meta({ id: "DatasetRow", description: "A row of an event dataset that an event cites." }) as unknown as z.ZodType<
  DatasetRow,
  DatasetRow
>;
