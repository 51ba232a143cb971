import { z } from "zod";
import { fractionInput, quantityInput } from "../model/quantity-input.js";
import { actorRef, entityId, placeRef, sideRef } from "./refs.js";

const km = quantityInput.describe("Kilometres, exact or as a range with the source's wording.");
const km2 = quantityInput.describe("Square kilometres.");
const count = quantityInput.describe("A count, exact or as a range.");
const share = fractionInput.describe("A share between 0 and 1 (20% is 0.2).");
const text = z.string().min(1);

/** Who lost, who won: the fields of a change of control. */
const capture = {
  place: placeRef,
  actor: actorRef.describe("The actor that took the place; its side gains control."),
  share: share
    .optional()
    .describe("The share taken, for a partial capture ('20% of the town'); absent means all of it."),
  from: sideRef
    .optional()
    .describe(
      "The side the place was taken from, where the text says or plainly implies it (say which in the event's note). Before the place's first recorded change, the loader infers it was held by this side.",
    ),
};

/** A head count of one side's losses. */
const figure = z.strictObject({
  actor: actorRef.describe("Whose losses: an actor whose side the figure counts for."),
  killed: count.optional(),
  wounded: count.optional(),
  captured: count.optional(),
});

/**
 * The kind-specific fields of every event kind, by its `type`. Adding a kind here makes the
 * compiler ask for its handler (engine/reducer/handlers) and its summary line.
 */
export const PAYLOADS = {
  "offensive-launched": {
    operation: entityId,
    name: text.optional(),
    actor: actorRef,
    objectives: z.array(placeRef).default([]),
    area: placeRef.optional(),
  },
  "offensive-suspended": { operation: entityId, actor: actorRef, reason: text.optional() },
  "offensive-resumed": {
    operation: entityId,
    name: text.optional(),
    actor: actorRef,
    objectives: z.array(placeRef).default([]),
  },
  "offensive-concluded": { operation: entityId, actor: actorRef, outcome: text.optional() },
  advance: {
    actor: actorRef,
    objective: placeRef.optional().describe("The place the advance is measured against."),
    within: km
      .optional()
      .describe("Distance left to the objective after the advance ('within 70 kilometers of Sukhnah')."),
    gained: km.optional().describe("Distance gained ('advanced between 30 and 35 kilometers')."),
    from: placeRef.optional().describe("Reference point of a distance gained ('east of Resafa')."),
    direction: text.optional(),
  },
  "place-captured": capture,
  "place-recaptured": capture,
  "control-reported": {
    place: placeRef,
    actor: actorRef.optional().describe("The holder, when one actor holds all of it."),
    shares: z
      .array(z.strictObject({ side: sideRef, share }))
      .optional()
      .describe("Shares of control, for a divided place ('about 60% of the city')."),
  },
  clashes: {
    sides: z
      .array(sideRef)
      .min(2)
      .describe("The sides fighting; the event's `places` are where (they become contested)."),
  },
  "assault-repelled": { place: placeRef, attacker: actorRef, defender: actorRef },
  raid: {
    actor: actorRef,
    target: actorRef.optional(),
    place: placeRef.optional(),
    withdrew: z
      .boolean()
      .optional()
      .describe("Whether the raiders withdrew afterwards; absent when the source does not say."),
  },
  counterattack: {
    actor: actorRef,
    against: actorRef,
    place: placeRef.optional(),
    outcome: z.enum(["succeeded", "failed", "stalled", "unknown"]),
  },
  withdrawal: {
    actor: actorRef,
    from: placeRef.optional(),
    to: placeRef.optional(),
    objective: placeRef.optional().describe("The place the retreat is measured against."),
    within: km.optional().describe("Distance to the objective after the retreat ('pushed back 30 kilometers')."),
  },
  encirclement: {
    pocket: entityId,
    name: text,
    encircled: actorRef,
    by: actorRef,
    inside: z
      .array(placeRef)
      .default([])
      .describe("Places inside the pocket; they fall to the encircling side when it is cleared."),
    area: placeRef.optional().describe("The region the pocket lies in."),
    settlements: count.optional().describe("How many settlements the pocket holds ('between 50 and 100 villages')."),
  },
  "pocket-cleared": { pocket: entityId, actor: actorRef, areaKm2: km2.optional() },
  "link-up": { forces: z.array(actorRef).min(2).describe("The forces that met."), place: placeRef.optional() },
  "siege-imposed": {
    siege: entityId,
    name: text,
    enclave: z.array(placeRef).min(1),
    besieger: actorRef,
    besieged: actorRef,
  },
  "siege-tightened": { siege: entityId, actor: actorRef, route: placeRef.optional() },
  "siege-broken": { siege: entityId, actor: actorRef.describe("The relieving actor.") },
  "siege-lifted": { siege: entityId, actor: actorRef.optional() },
  "supply-route-cut": {
    route: placeRef.describe("The road, or the place the line leads to."),
    of: actorRef.describe("Whose supply line it is."),
    actor: actorRef.describe("Who cut it."),
  },
  "supply-route-secured": { route: placeRef, actor: actorRef },
  "fire-control": { place: placeRef, actor: actorRef },
  "air-campaign": {
    operation: entityId,
    name: text.optional(),
    actor: actorRef,
    areas: z.array(placeRef).default([]),
    strikes: count
      .optional()
      .describe(
        "How many strikes or sorties the source counts ('more than 850 airstrikes': { low: 851, best: 851, high: null }).",
      ),
  },
  airstrike: {
    actor: actorRef,
    against: actorRef.optional(),
    place: placeRef.optional(),
    target: text.optional().describe("What was hit, in the source's words."),
  },
  "artillery-bombardment": { actor: actorRef, against: actorRef.optional(), place: placeRef.optional() },
  "airborne-landing": {
    actor: actorRef,
    mode: z.enum(["parachute", "helicopter", "unspecified"]),
    place: placeRef.optional(),
  },
  reinforcement: {
    actor: actorRef,
    from: placeRef.optional(),
    to: placeRef.optional(),
    size: count.optional(),
  },
  redeployment: { actor: actorRef, from: placeRef.optional(), to: placeRef.optional() },
  casualties: {
    figures: z.array(figure).min(1),
    total: count.optional().describe("A total the source gives beside the per-side figures."),
  },
  "person-killed": { person: actorRef, by: actorRef.optional(), place: placeRef.optional() },
  "person-captured": { person: actorRef, by: actorRef.optional(), place: placeRef.optional() },
  "person-executed": { person: actorRef, by: actorRef.optional(), place: placeRef.optional() },
  "civilians-killed": { killed: count, by: actorRef.optional(), place: placeRef.optional() },
  displacement: {
    people: count,
    from: placeRef.optional(),
    to: placeRef.optional(),
    status: z.enum(["fled", "resident", "seeking-passage"]),
  },
  "territory-share": {
    actor: actorRef,
    area: placeRef,
    share: share.optional(),
    areaKm2: km2.optional(),
  },
  "area-cleared": {
    actor: actorRef,
    areaKm2: km2,
    region: placeRef.optional(),
    settlements: count.optional(),
  },
  ceasefire: {
    ceasefire: entityId,
    name: text,
    parties: z.array(actorRef).default([]),
    excludes: z.array(actorRef).default([]),
    area: placeRef.optional(),
  },
  "negotiations-scheduled": {
    talks: entityId,
    name: text,
    venue: placeRef.optional(),
    parties: z.array(actorRef).default([]),
    on: z.iso.date().optional().describe("The day the talks are scheduled for."),
  },
  "negotiations-held": { talks: entityId, venue: placeRef.optional(), parties: z.array(actorRef).default([]) },
} as const satisfies Record<string, z.ZodRawShape>;

/** Every event kind, as the `type` field names it. */
export type EventType = keyof typeof PAYLOADS;
export const EVENT_TYPES = Object.freeze(Object.keys(PAYLOADS) as EventType[]);
