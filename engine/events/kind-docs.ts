import type { RuleId } from "../errors/rule-violation.js";
import type { EventType } from "./kinds.js";

/** A rule an event kind is checked against, and when the event breaks it. */
export interface KindRule {
  readonly rule: RuleId;
  readonly when: string;
}

/** What a scenario author needs to know of one event kind, beside its fields. */
export interface KindDoc {
  /** What the event records, in one sentence (the JSON Schema's description of the kind). */
  readonly meaning: string;
  /** The rules checked before it is applied, beyond those every event is checked against. */
  readonly rules: readonly KindRule[];
  /** What applying it changes in the state. */
  readonly effects: string;
  /** Checks across its fields that the loader makes (beyond each field's own type). */
  readonly checks?: string;
}

const sided = (field: string): KindRule => ({
  rule: "actor-without-side",
  when: `the actor in \`${field}\` belongs to no side in the catalogue`,
});
const opposed = (a: string, b: string): KindRule => ({
  rule: "same-side",
  when: `\`${a}\` and \`${b}\` are actors of the same side`,
});
const tally = (what: string, side: string) =>
  `Adds one to the \`${what}\` count of ${side} in \`activity\`; control does not change.`;
/** A kind by which the actor acts on another side (`against`), counted in the actor's side's tally. */
const actedAgainst = (meaning: string, what: string): KindDoc => ({
  meaning,
  rules: [sided("actor"), opposed("actor", "against")],
  effects: tally(what, "the actor's side"),
});
/** A kind that settles a named person's fate. */
const fate = (outcome: string): KindDoc => ({
  meaning: `A named person ${outcome}.`,
  rules: [{ rule: "person-fate-final", when: "the person was already killed or executed" }],
  effects: `The person's fate in \`people\` is \`${outcome}\`.`,
});

const OPERATION_EXISTS: KindRule = { rule: "operation-exists", when: "an operation with this id was already launched" };
const UNKNOWN_OPERATION: KindRule = { rule: "unknown-operation", when: "no operation with this id was launched" };
const UNKNOWN_SIEGE: KindRule = { rule: "unknown-siege", when: "no siege with this id was imposed" };
/** The rules of taking a place, first or again. */
const CAPTURE_RULES: readonly KindRule[] = [
  sided("actor"),
  {
    rule: "from-contradicts-holder",
    when: "`from` is the actor's own side, or another side than the one a reported fact shows holding the place",
  },
  {
    rule: "already-controlled",
    when: "the actor's side already holds all of the place, or at least the share given",
  },
];
/** A siege that ends other than by falling: broken or lifted. */
const siegeEnded = (status: string): Pick<KindDoc, "rules" | "effects"> => ({
  rules: [UNKNOWN_SIEGE, { rule: "siege-not-active", when: "the siege has already ended" }],
  effects: `The siege's status becomes \`${status}\`, with \`until\` this event's earliest time; it takes no further event. The besieged side's open fronts to the enclave's places close (reason \`relieved\`).`,
});
const DEPLOYED = "The actor's entry in `deployments` is set to where it came from and went to.";

/** Rules every event is checked against, whatever its kind. */
export const COMMON_RULES: readonly KindRule[] = [
  { rule: "unknown-place", when: "a field names a place the catalogue lacks" },
  { rule: "unknown-actor", when: "a field names an actor the catalogue lacks" },
  { rule: "unknown-side", when: "a field names a side the catalogue lacks" },
  {
    rule: "out-of-order",
    when: "its earliest time is before the previous event's (the loader names both events)",
  },
  {
    rule: "dependency-missing",
    when: "an event it names in `dependsOn` is not applied before it (in what-if branches: dropped, replaced under another id, moved after it, or itself lost its footing)",
  },
];

/**
 * The meaning, rules and effects of every event kind, by its `type`. Keyed by `EventType`, so a
 * new kind does not compile until it is documented here; `docs/events.md` is generated from
 * this table and the JSON Schema (`npm run docs`).
 */
export const KIND_DOCS: { readonly [K in EventType]: KindDoc } = {
  "offensive-launched": {
    meaning: "A ground offensive begins, with the places it aims at.",
    rules: [OPERATION_EXISTS, sided("actor")],
    effects: "Adds the operation to `operations`: kind `ground`, the actor's side, its objectives, status `active`.",
  },
  "offensive-suspended": {
    meaning: "An active offensive is halted.",
    rules: [UNKNOWN_OPERATION, { rule: "operation-not-active", when: "the operation is not `active`" }],
    effects: "The operation's status becomes `suspended`.",
  },
  "offensive-resumed": {
    meaning:
      "An offensive resumes; one the log has not seen (begun before the scenario's span) starts with this event.",
    rules: [{ rule: "operation-not-suspended", when: "the operation is known and not `suspended`" }, sided("actor")],
    effects:
      "A known operation becomes `active` again; an unknown one is added to `operations` as a ground operation, `active`.",
  },
  "offensive-concluded": {
    meaning: "An offensive ends.",
    rules: [UNKNOWN_OPERATION, { rule: "operation-not-active", when: "the operation is already `concluded`" }],
    effects:
      "The operation's status becomes `concluded`; the side's open fronts to its objectives close (reason `stopped`), keeping their last distance.",
  },
  advance: {
    meaning: "A side advances: towards an objective, by a distance, or in a direction.",
    rules: [sided("actor")],
    effects:
      "With `objective` and `within`, the side's front to the objective is set: its distance (`within`), as of this event. With `gained`, the advance is kept in `advances` (side, distance gained, `from`, `direction`, `objective`). Otherwise the event changes no state.",
    checks: "At least one of `within`, `gained`, `objective` or `direction`; `within` needs `objective`.",
  },
  withdrawal: {
    meaning: "A side withdraws or is pushed back.",
    rules: [sided("actor")],
    effects:
      "With `objective` and `within`, the side's front to the objective is set to the new distance. Otherwise the event is kept in the log and changes no state.",
    checks: "`within` needs `objective`.",
  },
  "place-captured": {
    meaning: "A side takes a place, all of it or a share ('20% of the town').",
    rules: CAPTURE_RULES,
    effects:
      "Whole: the actor's side controls the place (holder: the actor), nobody shares it, it is no longer contested, the side's front to it closes (reason `captured`, its last distance kept), fire control it kept over it ends, and an active siege whose besieger is this side and whose whole enclave it now holds becomes `fallen`. Partial (`share` < 1): the side gets that share, the other sides keep their proportions of the rest, the controller is the side holding more than half (else none), and the place is contested. With `from`, and where this is the place's first recorded change, the loader also lets the place start held by that side, marked `inferred` with this event as its basis (turn it off with `--no-infer` or `infer: false`).",
  },
  "place-recaptured": {
    meaning: "A side takes back a place it held before.",
    rules: [
      ...CAPTURE_RULES,
      {
        rule: "never-held",
        when: "the side never held the place (use `place-captured`, or record the earlier holding with a `control-reported` in `initial`)",
      },
    ],
    effects: "As `place-captured`.",
  },
  "control-reported": {
    meaning: "The source states who holds a place ('the ISIL-held town of ...'): control as a fact, without a capture.",
    rules: [sided("actor"), { rule: "shares-exceed-one", when: "the shares add up to more than 1" }],
    effects:
      "With `actor`: its side holds all of the place, as after a whole capture (no siege falls). With `shares`: the place is divided as given, controlled by the side holding more than half (else none), contested when more than one side holds a share.",
    checks: "Exactly one of `actor` (one holder) and `shares` (a divided place).",
  },
  clashes: {
    meaning: "Fighting between sides in the event's places.",
    rules: [{ rule: "same-side", when: "fewer than two different sides are listed" }],
    effects:
      "Each place in `places` becomes contested (until a capture settles it); each side's `clashes` count in `activity` goes up by one.",
  },
  "assault-repelled": {
    meaning: "An assault on a place is beaten off.",
    rules: [sided("defender"), opposed("attacker", "defender")],
    effects: tally("assaultsRepelled", "the defender's side"),
  },
  raid: {
    meaning: "A raid: a position overrun, then (usually) left.",
    rules: [sided("actor"), opposed("actor", "target")],
    effects: tally("raids", "the actor's side"),
  },
  counterattack: actedAgainst(
    "A counterattack, whatever its outcome; what it takes is recorded by its own capture events.",
    "counterattacks",
  ),
  encirclement: {
    meaning: "Forces are cut off on all sides: a pocket forms.",
    rules: [
      { rule: "pocket-exists", when: "a pocket with this id already formed" },
      sided("encircled"),
      sided("by"),
      opposed("encircled", "by"),
    ],
    effects: "Adds the pocket to `pockets`: the encircled and encircling sides, the places inside, status `formed`.",
  },
  "pocket-cleared": {
    meaning: "A pocket is cleared by the side that encircled it (or another).",
    rules: [
      { rule: "unknown-pocket", when: "no encirclement formed a pocket with this id" },
      { rule: "pocket-not-formed", when: "the pocket was already cleared" },
      sided("actor"),
    ],
    effects:
      "The pocket becomes `cleared`; every place inside it that the actor's side did not hold whole passes to that side (as a whole capture); `areaKm2`, when given, is added to the side's total in `cleared`.",
  },
  "link-up": {
    meaning: "Two or more forces meet (a relief force reaching a besieged one, two pincers closing).",
    rules: [{ rule: "actor-without-side", when: "one of `forces` belongs to no side" }],
    effects:
      "Each side among the forces gets one more `linkUps` in `activity`; with `place`, each side's open front to it closes (reason `linked-up`). A link-up does not break a siege by itself: record the `siege-broken` (with `dependsOn` the link-up).",
  },
  "siege-imposed": {
    meaning: "A siege is laid around an enclave.",
    rules: [
      { rule: "siege-exists", when: "a siege with this id already exists" },
      sided("besieger"),
      sided("besieged"),
      opposed("besieger", "besieged"),
    ],
    effects:
      "Adds the siege to `sieges`: status `active`, supply `open`, the besieger's and besieged's sides, the enclave. It ends `broken` (`siege-broken`), `lifted` (`siege-lifted`) or `fallen`: a whole capture by the besieger's side that leaves it holding every place of the enclave.",
  },
  "siege-tightened": {
    meaning: "A supply line of the besieged is cut: the siege tightens.",
    rules: [UNKNOWN_SIEGE, { rule: "siege-not-active", when: "the siege has ended (broken, lifted or fallen)" }],
    effects: "The siege's supply becomes `cut`; the route (or `unnamed`) is added to the routes cut.",
  },
  "siege-broken": { meaning: "A siege is broken, by relief from outside or a breakout.", ...siegeEnded("broken") },
  "siege-lifted": { meaning: "The besieger gives a siege up.", ...siegeEnded("lifted") },
  "supply-route-cut": {
    meaning: "A side's supply line is cut by its enemy.",
    rules: [sided("of"), sided("actor"), { rule: "route-unchanged", when: "that side's route is already cut" }],
    effects: "The route of the side of `of` is `cut` in `supplyRoutes`.",
  },
  "supply-route-secured": {
    meaning: "A side secures or reopens a supply route.",
    rules: [sided("actor"), { rule: "route-unchanged", when: "that side's route is already secured" }],
    effects: "The route of the actor's side is `secured` in `supplyRoutes`.",
  },
  "fire-control": {
    meaning: "A side brings a place it does not hold under fire control.",
    rules: [sided("actor"), { rule: "fire-control-over-own-place", when: "the actor's side holds all of the place" }],
    effects: "The place's `fireControl` is the actor's side, until that side takes the place whole.",
  },
  "air-campaign": {
    meaning: "An air campaign begins over some areas.",
    rules: [OPERATION_EXISTS, sided("actor")],
    effects:
      "Adds the operation to `operations`: kind `air`, the actor's side, status `active`, and `strikes` when given.",
  },
  airstrike: actedAgainst("An airstrike.", "airstrikes"),
  "artillery-bombardment": actedAgainst("An artillery bombardment.", "bombardments"),
  "airborne-landing": {
    meaning: "Troops landed by parachute or helicopter.",
    rules: [sided("actor")],
    effects: tally("landings", "the actor's side"),
  },
  reinforcement: {
    meaning: "Reinforcements sent or arriving.",
    rules: [],
    effects: DEPLOYED,
  },
  redeployment: {
    meaning: "A unit moved from one front to another.",
    rules: [],
    effects: DEPLOYED,
  },
  casualties: {
    meaning: "Losses per side, as one claimant counts them.",
    rules: [{ rule: "actor-without-side", when: "the actor of a figure belongs to no side" }],
    effects:
      "Each figure is added to its side's tally in `casualties`, under the claimant (`source.attribution`, or the document when the text asserts the figure). Claimants are never added together. `civilians` is added to `civilianDeaths` and `unknown` (deaths of no known side) to `unknownSideDeaths`, under the same claimant; `total` stays on the event.",
  },
  "person-killed": fate("killed"),
  "person-captured": fate("captured"),
  "person-executed": fate("executed"),
  "civilians-killed": {
    meaning: "Civilians killed, as one claimant counts them.",
    rules: [],
    effects: "`killed` is added to the claimant's tally in `civilianDeaths`.",
  },
  displacement: {
    meaning: "People displaced (or staying, or seeking passage), as a figure.",
    rules: [],
    effects: "Sets the latest figure for that origin, destination and status in `displacement`.",
  },
  "territory-share": {
    meaning: "A side's share of an area, or the area it holds ('10 percent of the province').",
    rules: [sided("actor")],
    effects: "Sets the side's figure for that area in `territory`.",
    checks: "At least one of `share` and `areaKm2`.",
  },
  "area-cleared": {
    meaning: "Territory cleared by a side, in square kilometres.",
    rules: [sided("actor")],
    effects: "`areaKm2` is added to the side's total in `cleared`.",
  },
  ceasefire: {
    meaning: "A ceasefire takes effect, with the parties it covers and those it leaves out.",
    rules: [{ rule: "ceasefire-exists", when: "a ceasefire with this id already took effect" }],
    effects: "Adds the ceasefire to `ceasefires`.",
  },
  "negotiations-scheduled": {
    meaning: "Talks announced, for a day or not.",
    rules: [{ rule: "talks-exists", when: "talks with this id were already scheduled or held" }],
    effects: "Adds the talks to `talks`, status `scheduled`.",
  },
  "negotiations-held": {
    meaning: "Talks held, scheduled before or not.",
    rules: [{ rule: "talks-already-held", when: "talks with this id were already held" }],
    effects: "The talks are `held` in `talks` (added when they were not scheduled).",
  },
  development: {
    meaning:
      "A development of a type no other kind records (a protest, an arrest, an agreement, an explosion): kept with its type, so nothing a dataset reports is dropped.",
    rules: [],
    effects: "None: control, tallies and figures stay as they were; the event is in the log and its timeline.",
  },
};
