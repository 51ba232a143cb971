import { z } from "zod";
import { type DatasetRow, datasetRowInput } from "./dataset-citation.js";

/**
 * Where a fact comes from: the document, its words, and whom the text credits; or, for a fact
 * taken from an event dataset, the dataset (the document) and its row.
 */
export interface Provenance {
  /** Id of the source document, e.g. `001_265e8942fcc8dd81`, or of the dataset (a document of kind `dataset`). */
  readonly document: string;
  /** The sentence or clause the fact comes from, verbatim; null for a dataset row, which is cited by `row`. */
  readonly quote: string | null;
  /** Whom the text attributes the claim to ("SOHR", "military sources", "reportedly"), or null when the text asserts it. */
  readonly attribution: string | null;
  /** For a fact taken from outside the document: where it comes from. */
  readonly note: string | null;
  /** The dataset row the fact comes from (its id and its own columns); absent for a quoted text. */
  readonly row?: DatasetRow | undefined;
}

export const provenanceInput = z
  .strictObject({
    document: z
      .string()
      .min(1)
      .describe("Id of the source document (a file name without .txt), or of the dataset the row is from."),
    quote: z.string().min(1).optional().describe("Verbatim words of the source; left out when citing a dataset row."),
    row: datasetRowInput
      .optional()
      .describe("The dataset row the fact comes from, when the document is an event dataset: its id and columns."),
    attribution: z
      .string()
      .min(1)
      .nullable()
      .optional()
      .describe("Whom the text credits: 'SOHR', 'military sources', 'reportedly', ..."),
    note: z
      .string()
      .min(1)
      .nullable()
      .optional()
      .describe("For facts from outside the document: where they come from."),
  })
  .refine((p) => (p.quote === undefined) !== (p.row === undefined), {
    message: "cite either a 'quote' of a text or a dataset 'row', one of the two",
    path: ["quote"],
  })
  .meta({
    id: "Provenance",
    description:
      "Where the fact comes from: the document and its verbatim words, or the dataset and its row; and whom the source credits.",
  })
  .transform(
    (p): Provenance => ({
      document: p.document,
      quote: p.quote ?? null,
      attribution: p.attribution ?? null,
      note: p.note ?? null,
      ...(p.row === undefined ? {} : { row: p.row }),
    }),
  );
