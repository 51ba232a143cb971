import { z } from "zod";
import { actorInput, placeInput, sideInput } from "../catalogue/schema.js";
import { eventInput } from "../events/schema.js";
import { DOCUMENT_ID_PATTERN, ID_PATTERN } from "../model/ids.js";

/** A source document a scenario cites. */
export const documentInput = z.strictObject({
  id: z
    .string()
    .regex(
      DOCUMENT_ID_PATTERN,
      "expected a document id of letters, digits, '-' and '_' (at most 200, the first a letter or digit), the name of its text file without .txt, such as '001_265e8942fcc8dd81'",
    )
    .describe(
      "The id events cite in source.document: the name of the document's text file without .txt (letters, digits, '-' and '_', the first a letter or digit, at most 200).",
    ),
  title: z.string().min(1).describe("The document's title."),
  kind: z
    .string()
    .min(1)
    .optional()
    .describe("'news article', 'encyclopedia article', ...; 'dataset' for an event dataset whose rows events cite."),
  version: z.string().min(1).optional().describe("For a dataset: the version of it the rows come from."),
  published: z.string().min(1).optional().describe("Publication date as the document gives it."),
  note: z
    .string()
    .optional()
    .describe("Anything else a reader should know of the document: where to find it, its licence."),
});

/** A scenario file: metadata, catalogue additions, the initial facts and the event log. */
export const scenarioInput = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema the file is written to, for editors."),
  id: z
    .string()
    .regex(ID_PATTERN, "expected a kebab-case id such as 'central-syria-2017'")
    .describe("The scenario's id, kebab-case: commands name it by this id."),
  title: z.string().min(1).describe("The scenario's title."),
  description: z.string().optional().describe("What the scenario covers, and from what."),
  timeZone: z.string().min(1).describe("IANA time zone the texts' dates are read in, e.g. 'Asia/Damascus'."),
  span: z
    .strictObject({
      start: z.iso.date().describe("The first day, YYYY-MM-DD."),
      end: z.iso.date().describe("The last day, YYYY-MM-DD."),
    })
    .describe("First and last day the scenario covers."),
  documents: z.array(documentInput).min(1).describe("The source documents the events cite."),
  catalogue: z
    .strictObject({
      sides: z.array(sideInput).default([]).describe("Sides added: parties control is counted for."),
      places: z.array(placeInput).default([]).describe("Places added."),
      actors: z.array(actorInput).default([]).describe("Actors added: forces, units, states, named people."),
    })
    .optional()
    .describe("Places, actors and sides this scenario adds to the shared catalogue."),
  initial: z
    .array(eventInput)
    .default([])
    .describe(
      "Facts that hold when the scenario starts (who holds what, sieges already laid), each cited like an event.",
    ),
  uncited: z
    .array(
      z.strictObject({
        document: z.string().min(1).describe("Id of the document the sentence is in."),
        quote: z
          .string()
          .min(1)
          .describe("A sentence of the document, verbatim, that holds a date or number but no event."),
        reason: z
          .string()
          .min(1)
          .describe("Why it holds no event: background, commentary, a fact outside the scenario's span, ..."),
      }),
    )
    .default([])
    .describe("Sentences with dates or numbers that deliberately carry no event, and why."),
  events: z
    .array(eventInput)
    .describe("The event log, in order: each event's earliest time is at or after the previous one's."),
});

export type ScenarioInput = z.input<typeof scenarioInput>;
export type ParsedScenario = z.output<typeof scenarioInput>;
