import { z } from "zod";
import { fractionInput, quantityInput } from "../model/quantity-input.js";
import { actorRef, entityId, placeRef, sideRef } from "./refs.js";

const km = quantityInput.describe("Kilometres, exact or as a range with the source's wording.");
const km2 = quantityInput.describe("Square kilometres.");
const count = quantityInput.describe("A count, exact or as a range.");
/** The area a side clears ('some 1,200 square kilometres'): optional when a pocket is cleared. */
const areaCleared = km2.describe("The area cleared, in square kilometres.");
const share = fractionInput.describe("A share between 0 and 1 (20% is 0.2).");
const text = z.string().min(1);
const operation = entityId.describe("Id of the operation, chosen by the scenario; later events of it name it.");
const operationName = text.describe("The operation's name, as the source gives it.");
const objectives = z.array(placeRef).default([]).describe("The places the operation aims at.");
/** Where an event happened, when the source says. */
const where = placeRef.optional().describe("Where.");
const parties = (what: string) => z.array(actorRef).default([]).describe(`The actors ${what}.`);

/** Who lost, who won: the fields of a change of control. */
const capture = {
  place: placeRef.describe("The place taken."),
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
  killed: count.optional().describe("How many were killed."),
  wounded: count.optional().describe("How many were wounded."),
  captured: count.optional().describe("How many were taken prisoner."),
});

/** A named person's fate. */
const person = (fate: string) => ({
  person: actorRef.describe(`The person ${fate} (an actor of kind 'person' in the catalogue).`),
  by: actorRef.optional().describe(`Who ${fate === "captured" ? "captured" : fate} them, where the source says.`),
  place: where,
});

/**
 * The kind-specific fields of every event kind, by its `type`. Adding a kind here makes the
 * compiler ask for its handler (engine/reducer/handlers) and its summary line.
 */
export const PAYLOADS = {
  "offensive-launched": {
    operation,
    name: operationName.optional(),
    actor: actorRef.describe("The actor that launches it; the operation is its side's."),
    objectives,
    area: placeRef.optional().describe("The region the offensive is fought in."),
  },
  "offensive-suspended": {
    operation,
    actor: actorRef.describe("The actor that halts it."),
    reason: text.optional().describe("Why it was halted, in the source's words."),
  },
  "offensive-resumed": {
    operation,
    name: operationName.optional(),
    actor: actorRef.describe("The actor that resumes it."),
    objectives,
  },
  "offensive-concluded": {
    operation,
    actor: actorRef.describe("The actor whose offensive ends."),
    outcome: text.optional().describe("How it ended, in the source's words."),
  },
  advance: {
    actor: actorRef.describe("The actor that advances; the front is its side's."),
    objective: placeRef.optional().describe("The place the advance is measured against."),
    within: km
      .optional()
      .describe("Distance left to the objective after the advance ('within 70 kilometers of Sukhnah')."),
    gained: km.optional().describe("Distance gained ('advanced between 30 and 35 kilometers')."),
    from: placeRef.optional().describe("Reference point of a distance gained ('east of Resafa')."),
    direction: text.optional().describe("The direction of the advance, in the source's words ('towards the east')."),
  },
  "place-captured": capture,
  "place-recaptured": capture,
  "control-reported": {
    place: placeRef.describe("The place whose control the source states."),
    actor: actorRef.optional().describe("The holder, when one actor holds all of it."),
    shares: z
      .array(z.strictObject({ side: sideRef.describe("A side holding part of the place."), share }))
      .min(1, "a divided place needs at least one side's share: give 'shares' or, for one holder, 'actor'")
      .optional()
      .describe("Shares of control, for a divided place ('about 60% of the city')."),
  },
  clashes: {
    sides: z
      .array(sideRef)
      .min(2)
      .describe("The sides fighting; the event's `places` are where (they become contested)."),
  },
  "assault-repelled": {
    place: placeRef.describe("The place assaulted."),
    attacker: actorRef.describe("The actor whose assault failed."),
    defender: actorRef.describe("The actor that beat it off; the count is its side's."),
  },
  raid: {
    actor: actorRef.describe("The raiders."),
    target: actorRef.optional().describe("The actor raided."),
    place: placeRef.optional().describe("Where the raid struck."),
    withdrew: z
      .boolean()
      .optional()
      .describe("Whether the raiders withdrew afterwards; absent when the source does not say."),
  },
  counterattack: {
    actor: actorRef.describe("The actor that counterattacks."),
    against: actorRef.describe("The actor counterattacked."),
    place: where,
    outcome: z
      .enum(["succeeded", "failed", "stalled", "unknown"])
      .describe("How it went, as the source tells; what it took is recorded by its own capture events."),
  },
  withdrawal: {
    actor: actorRef.describe("The actor that withdraws or is pushed back."),
    from: placeRef.optional().describe("The place it left."),
    to: placeRef.optional().describe("The place it fell back to."),
    objective: placeRef.optional().describe("The place the retreat is measured against."),
    within: km.optional().describe("Distance to the objective after the retreat ('pushed back 30 kilometers')."),
  },
  encirclement: {
    pocket: entityId.describe("Id of the pocket, chosen by the scenario; 'pocket-cleared' names it."),
    name: text.describe("The pocket's name, for output ('the Uqayribat pocket')."),
    encircled: actorRef.describe("The actor cut off."),
    by: actorRef.describe("The actor that encircles it."),
    inside: z
      .array(placeRef)
      .default([])
      .describe("Places inside the pocket; they fall to the encircling side when it is cleared."),
    area: placeRef.optional().describe("The region the pocket lies in."),
    settlements: count.optional().describe("How many settlements the pocket holds ('between 50 and 100 villages')."),
  },
  "pocket-cleared": {
    pocket: entityId.describe("Id of the pocket, as its 'encirclement' named it."),
    actor: actorRef.describe("The actor that cleared it; the places inside pass to its side."),
    areaKm2: areaCleared.optional(),
  },
  "link-up": {
    forces: z.array(actorRef).min(2).describe("The forces that met."),
    place: placeRef.optional().describe("Where they met."),
  },
  "siege-imposed": {
    siege: entityId.describe("Id of the siege, chosen by the scenario; later siege events name it."),
    name: text.describe("The siege's name, for output ('Siege of Deir ez-Zor')."),
    enclave: z
      .array(placeRef)
      .min(1)
      .describe("The places besieged; the siege falls when the besieger holds them all."),
    besieger: actorRef.describe("The actor laying the siege."),
    besieged: actorRef.describe("The actor besieged."),
  },
  "siege-tightened": {
    siege: entityId.describe("Id of the siege, as its 'siege-imposed' named it."),
    actor: actorRef.describe("The actor that cut the line."),
    route: placeRef.optional().describe("The road or place the cut supply line ran through."),
  },
  "siege-broken": {
    siege: entityId.describe("Id of the siege, as its 'siege-imposed' named it."),
    actor: actorRef.describe("The relieving actor."),
  },
  "siege-lifted": {
    siege: entityId.describe("Id of the siege, as its 'siege-imposed' named it."),
    actor: actorRef.optional().describe("The besieger that gave it up."),
  },
  "supply-route-cut": {
    route: placeRef.describe("The road, or the place the line leads to."),
    of: actorRef.describe("Whose supply line it is."),
    actor: actorRef.describe("Who cut it."),
  },
  "supply-route-secured": {
    route: placeRef.describe("The road, or the place the line leads to."),
    actor: actorRef.describe("Who secured it; the route is its side's."),
  },
  "fire-control": {
    place: placeRef.describe("The place under fire control."),
    actor: actorRef.describe("The actor whose guns command it."),
  },
  "air-campaign": {
    operation,
    name: operationName.optional(),
    actor: actorRef.describe("The air force or state flying it."),
    areas: z.array(placeRef).default([]).describe("The areas struck."),
    strikes: count
      .optional()
      .describe(
        "How many strikes or sorties the source counts ('more than 850 airstrikes': { low: 851, best: 851, high: null }).",
      ),
  },
  airstrike: {
    actor: actorRef.describe("The actor that struck."),
    against: actorRef.optional().describe("The actor struck."),
    place: where,
    target: text.optional().describe("What was hit, in the source's words."),
  },
  "artillery-bombardment": {
    actor: actorRef.describe("The actor that fired."),
    against: actorRef.optional().describe("The actor shelled."),
    place: where,
  },
  "airborne-landing": {
    actor: actorRef.describe("The troops landed."),
    mode: z.enum(["parachute", "helicopter", "unspecified"]).describe("How they were landed."),
    place: where,
  },
  reinforcement: {
    actor: actorRef.describe("The force sent or arriving."),
    from: placeRef.optional().describe("Where it came from."),
    to: placeRef.optional().describe("Where it went."),
    size: count.optional().describe("How many troops, vehicles, ... as the source counts them."),
  },
  redeployment: {
    actor: actorRef.describe("The unit moved."),
    from: placeRef.optional().describe("The front it left."),
    to: placeRef.optional().describe("The front it went to."),
  },
  casualties: {
    figures: z
      .array(figure)
      .describe(
        "One figure per side whose losses the source gives; none when it gives only deaths of no known side (`civilians`, `unknown`).",
      ),
    total: count.optional().describe("A total the source gives beside the per-side figures."),
    civilians: count
      .optional()
      .describe("Civilians killed in the same fighting, where the source counts them apart from the sides."),
    unknown: count
      .optional()
      .describe("Deaths the source counts without saying on which side (UCDP's deaths_unknown)."),
  },
  "person-killed": person("killed"),
  "person-captured": person("captured"),
  "person-executed": person("executed"),
  "civilians-killed": {
    killed: count.describe("How many civilians were killed."),
    by: actorRef.optional().describe("Who killed them, where the source says."),
    place: where,
  },
  displacement: {
    people: count.describe("How many people."),
    from: placeRef.optional().describe("Where they left."),
    to: placeRef.optional().describe("Where they went."),
    status: z
      .enum(["fled", "resident", "seeking-passage"])
      .describe("Whether they fled, still live there, or are seeking passage out."),
  },
  "territory-share": {
    actor: actorRef.describe("The actor whose side the figure is for."),
    area: placeRef.describe("The area the share is of ('the province')."),
    share: share.optional().describe("The side's share of the area."),
    areaKm2: km2.optional().describe("The area the side holds, in square kilometres."),
  },
  "area-cleared": {
    actor: actorRef.describe("The actor that cleared it; the area is added to its side's total."),
    areaKm2: areaCleared,
    region: placeRef.optional().describe("The region it lies in."),
    settlements: count.optional().describe("How many settlements it holds."),
  },
  ceasefire: {
    ceasefire: entityId.describe("Id of the ceasefire, chosen by the scenario."),
    name: text.describe("Its name, for output."),
    parties: parties("it binds"),
    excludes: parties("it leaves out (e.g. groups still fought)"),
    area: placeRef.optional().describe("Where it applies."),
  },
  "negotiations-scheduled": {
    talks: entityId.describe("Id of the talks, chosen by the scenario; 'negotiations-held' names it."),
    name: text.describe("Their name, for output ('Astana talks')."),
    venue: placeRef.optional().describe("Where they are to be held."),
    parties: parties("taking part"),
    on: z.iso.date().optional().describe("The day the talks are scheduled for."),
  },
  "negotiations-held": {
    talks: entityId.describe("Id of the talks (as scheduled, or new)."),
    venue: placeRef.optional().describe("Where they were held."),
    parties: parties("taking part"),
  },
  development: {
    category: text.describe(
      "What happened, as the source or dataset types it ('Protests: Peaceful protest', 'Strategic developments: Arrests').",
    ),
    actor: actorRef.optional().describe("The actor that acted, where the source says."),
    against: actorRef.optional().describe("The actor acted upon, where the source says."),
    place: where,
  },
} as const satisfies Record<string, z.ZodRawShape>;

/** Every event kind, as the `type` field names it. */
export type EventType = keyof typeof PAYLOADS;
export const EVENT_TYPES = Object.freeze(Object.keys(PAYLOADS) as EventType[]);
