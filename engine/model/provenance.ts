import { z } from "zod";

/** Where a fact comes from: the document, its words, and whom the text credits. */
export interface Provenance {
  /** Id of the source document, e.g. `001_265e8942fcc8dd81`. */
  readonly document: string;
  /** The sentence or clause the fact comes from, verbatim. */
  readonly quote: string;
  /** Whom the text attributes the claim to ("SOHR", "military sources", "reportedly"), or null when the text asserts it. */
  readonly attribution: string | null;
  /** For a fact taken from outside the document: where it comes from. */
  readonly note: string | null;
}

export const provenanceInput = z
  .strictObject({
    document: z.string().min(1).describe("Id of the source document (a file name without .txt)."),
    quote: z.string().min(1).describe("Verbatim words of the source."),
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
  .meta({
    id: "Provenance",
    description: "Where the fact comes from: the document, its verbatim words, and whom the text credits.",
  })
  .transform(
    (p): Provenance => ({
      document: p.document,
      quote: p.quote,
      attribution: p.attribution ?? null,
      note: p.note ?? null,
    }),
  );
