import { z } from "zod";
import { provenanceInput } from "../model/provenance.js";
import { timeInput } from "../time/event-time.js";
import { EVENT_ID_PATTERN } from "./id-pattern.js";
import { KIND_DOCS } from "./kind-docs.js";
import { EVENT_TYPES, type EventType, PAYLOADS } from "./kinds.js";
import { actorRef, placeRef } from "./refs.js";

export { EVENT_ID_PATTERN };

const eventId = z.string().regex(EVENT_ID_PATTERN, "expected an event id such as 'cs-2017-07-14-launch'").meta({
  id: "EventId",
  description: "Id of an event, unique in its scenario: lower-case letters and digits, with '-', '.' or '_' between.",
});

/** Fields every event has, as written in a scenario file. */
export const baseInput = {
  id: eventId.describe("The event's id, unique in its scenario; other events name it in 'dependsOn'."),
  time: timeInput,
  source: provenanceInput,
  actors: z.array(actorRef).default([]).describe("Further actors the event concerns."),
  places: z.array(placeRef).default([]).describe("Further places the event concerns."),
  dependsOn: z
    .array(eventId)
    .default([])
    .describe("Events this one needs: without them it loses its footing (see what-if branches)."),
  note: z.string().min(1).optional().describe("An encoder's remark: how the text was read."),
};

/** Checks across fields that one kind needs. */
const REFINEMENTS: Partial<Record<EventType, (e: Record<string, unknown>, ctx: z.RefinementCtx) => void>> = {
  advance: (e, ctx) => {
    if (e.within === undefined && e.gained === undefined && e.objective === undefined && e.direction === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["within"],
        message:
          "an advance needs 'within' (distance left), 'gained' (distance covered), an 'objective' or a 'direction'",
      });
    }
    if (e.within !== undefined && e.objective === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["objective"],
        message: "'within' needs the 'objective' it is measured to",
      });
    }
  },
  withdrawal: (e, ctx) => {
    if (e.within !== undefined && e.objective === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["objective"],
        message: "'within' needs the 'objective' it is measured to",
      });
    }
  },
  casualties: (e, ctx) => {
    if (Array.isArray(e.figures) && e.figures.length === 0 && e.civilians === undefined && e.unknown === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["figures"],
        message: "a casualty report needs a figure for a side, or 'civilians' or 'unknown' (deaths of no known side)",
      });
    }
  },
  "territory-share": (e, ctx) => {
    if (e.share === undefined && e.areaKm2 === undefined) {
      ctx.addIssue({ code: "custom", path: ["share"], message: "a territory figure needs 'share' or 'areaKm2'" });
    }
  },
  "control-reported": (e, ctx) => {
    if ((e.actor === undefined) === (e.shares === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["actor"],
        message: "give either 'actor' (one holder) or 'shares' (a divided place), not both or neither",
      });
    }
    const first = new Map<string, number>();
    const shares = Array.isArray(e.shares) ? (e.shares as readonly { readonly side: string }[]) : [];
    for (const [i, s] of shares.entries()) {
      const prior = first.get(s.side);
      if (prior === undefined) first.set(s.side, i);
      else
        ctx.addIssue({
          code: "custom",
          path: ["shares", i, "side"],
          message: `side '${s.side}' already has a share (shares[${prior}]): give each side one share`,
        });
    }
  },
};

/** The name of a kind's definition in the JSON Schema: `place-captured` is "PlaceCaptured". */
export function kindDefinitionName(type: EventType): string {
  return type.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

function kindSchema<K extends EventType>(type: K) {
  const { meaning } = KIND_DOCS[type];
  const schema = z.strictObject({
    type: z.literal(type).describe(`The kind of event, here '${type}'. ${meaning}`),
    ...baseInput,
    ...PAYLOADS[type],
  });
  const refine = REFINEMENTS[type];
  const checked =
    refine === undefined
      ? schema
      : schema.superRefine((e, ctx) => refine(e as unknown as Record<string, unknown>, ctx));
  return checked.meta({ id: kindDefinitionName(type), description: meaning });
}

/** Per-kind schemas, for error messages that speak of one kind. */
export const KIND_SCHEMAS = Object.freeze(
  Object.fromEntries(EVENT_TYPES.map((t) => [t, kindSchema(t)])) as {
    [K in EventType]: ReturnType<typeof kindSchema<K>>;
  },
);

/** An event as parsed from a file, before its time is resolved in a zone. */
export type ParsedEvent = { [K in EventType]: z.output<(typeof KIND_SCHEMAS)[K]> }[EventType];
/** An event as written, before parsing (what `createEvent` takes). */
export type EventInput = { [K in EventType]: z.input<(typeof KIND_SCHEMAS)[K]> }[EventType];

/** The schema of one event as written in a scenario file: a discriminated union on `type`. */
export const eventInput = z
  .discriminatedUnion("type", EVENT_TYPES.map((t) => KIND_SCHEMAS[t]) as unknown as [z.ZodObject, ...z.ZodObject[]])
  .meta({
    id: "Event",
    description: "One event: its kind ('type'), the fields every event has, and its kind's own.",
  }) as unknown as z.ZodType<ParsedEvent, EventInput>;
