import type { Campaign, Snapshot, When } from "../campaign.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { PlaceEntry } from "../catalogue/schema.js";
import { SitrepError, type SitrepErrorOptions } from "../errors/sitrep-error.js";
import type { DomainEvent } from "../events/event.js";
import { didYouMean, suggest } from "../model/suggest.js";
import { builtInScenarios } from "../scenario/builtin.js";
import { builtInCatalogue } from "../scenario/catalogue-files.js";
import { loadScenarioFile } from "../scenario/load.js";
import type { Scenario } from "../scenario/scenario.js";
import type { PlaceState, Refs, State } from "../state/types.js";

/**
 * A state with what the matchers need to read it: the catalogue its names come from, and the
 * events (or the scenario) whose quotes explain it. `Snapshot`s, `{ state, catalogue }` pairs,
 * branch outcomes and spec results are all of this shape.
 */
export interface StateWithContext {
  readonly state: State;
  readonly catalogue?: Catalogue;
  readonly scenario?: Scenario;
  /** Events to quote from (the scenario's are used when it is given). */
  readonly events?: readonly DomainEvent[];
  /** The moment, as a `Snapshot` gives it. */
  readonly at?: { readonly iso: string };
}

/** What the matchers accept: a plain `State`, or a state with its catalogue and events. */
export type MatcherSubject = State | StateWithContext;

/** A `Snapshot` that carries its scenario, so names resolve in the scenario's own catalogue. */
export interface ScenarioSnapshot extends Snapshot {
  readonly scenario: Scenario;
  readonly catalogue: Catalogue;
}

interface Context {
  readonly catalogue: Catalogue;
  readonly events: readonly DomainEvent[];
}

/** Catalogues and events by the `refs` a scenario's states share (every state replayed from `scenario.initial`). */
const registered = new WeakMap<Refs, Context>();

function eventsOf(scenario: Scenario): readonly DomainEvent[] {
  return [...scenario.initialEvents, ...scenario.events];
}

/**
 * Lets the matchers read every state replayed from `scenario.initial` (by `Campaign.of`,
 * `replay`, `Timeline`, `replayBranch`) in the scenario's own catalogue, and quote its events,
 * even when given a plain `State` or a `Snapshot`. `spec`, `whatIf` and `snapshotAt` do this
 * for you. Returns the scenario.
 * @example
 * const s = registerScenario(loadScenario("./my-scenario.json"));
 * expect(Campaign.of(s).at("2020-01-02")).toHaveController("North Town", "govt");
 */
export function registerScenario(scenario: Scenario): Scenario {
  registerContext(scenario.initial.refs, scenario.catalogue, eventsOf(scenario));
  return scenario;
}

/** Lets the matchers read the states that share `refs` in `catalogue`, quoting `events` (later ones win for a repeated id). */
export function registerContext(refs: Refs, catalogue: Catalogue, events: readonly DomainEvent[]): void {
  registered.set(refs, { catalogue, events });
}

/**
 * The state of a campaign at a moment, carrying its scenario and catalogue (what
 * `campaign.at(when)` gives, plus the catalogue the matchers resolve names in).
 * @example
 * expect(snapshotAt(Campaign.of(s), "2017-08-03")).toHaveController("Sukhna", "isil");
 */
export function snapshotAt(campaign: Campaign, when: When): ScenarioSnapshot {
  registerScenario(campaign.scenario);
  return { ...campaign.at(when), scenario: campaign.scenario, catalogue: campaign.scenario.catalogue };
}

let builtInEvents: Map<string, DomainEvent> | undefined;

/** Events of every built-in scenario, by id, loaded on first use (to quote the event behind a plain state's fact). */
function builtInLog(): Map<string, DomainEvent> {
  if (builtInEvents === undefined) {
    builtInEvents = new Map();
    for (const entry of builtInScenarios()) {
      for (const e of eventsOf(loadScenarioFile(entry.file))) builtInEvents.set(e.id, e);
    }
  }
  return builtInEvents;
}

/** A subject made ready to read: its state, its catalogue, how to find an event, and where its names come from. */
export interface Resolved {
  readonly state: State;
  readonly catalogue: Catalogue;
  readonly event: (id: string) => DomainEvent | undefined;
  /** Every event the subject's facts may come from: its own, its scenario's, or the built-in scenarios'. */
  readonly events: () => Iterable<DomainEvent>;
  /** ` at <iso>` for a snapshot, else empty. */
  readonly when: string;
  /** Whose catalogue names are read in: said in the error for a name not found. */
  readonly source: "given" | "registered" | "built-in";
}

function isState(x: MatcherSubject): x is State {
  return "refs" in x && "places" in x;
}

function lookupIn(events: readonly DomainEvent[]): (id: string) => DomainEvent | undefined {
  let byId: Map<string, DomainEvent> | undefined;
  return (id) => {
    byId ??= new Map(events.map((e) => [e.id, e]));
    return byId.get(id);
  };
}

function logOf(given: readonly DomainEvent[] | undefined): Pick<Resolved, "event" | "events"> {
  if (given === undefined) return { event: (id) => builtInLog().get(id), events: () => builtInLog().values() };
  return { event: lookupIn(given), events: () => given };
}

/** Reads a matcher's subject, or throws a `TypeError` saying what it accepts. */
export function resolveSubject(subject: unknown): Resolved {
  if (typeof subject !== "object" || subject === null || !("refs" in subject || "state" in subject)) {
    throw new TypeError(
      `sitrep matchers expect a State, a Snapshot (campaign.at(...)), or { state, catalogue }; got ${subject === null ? "null" : typeof subject}`,
    );
  }
  const s = subject as MatcherSubject;
  const state = isState(s) ? s : s.state;
  const ctx: Omit<StateWithContext, "state"> = isState(s) ? {} : s;
  const when = ctx.at === undefined ? "" : ` at ${ctx.at.iso}`;
  const own = ctx.catalogue ?? ctx.scenario?.catalogue;
  const reg = registered.get(state.refs);
  const givenEvents = ctx.events ?? (ctx.scenario === undefined ? undefined : eventsOf(ctx.scenario));
  const log = logOf(givenEvents ?? reg?.events);
  if (own !== undefined) return { state, catalogue: own, ...log, when, source: "given" };
  if (reg !== undefined) return { state, catalogue: reg.catalogue, ...log, when, source: "registered" };
  return { state, catalogue: builtInCatalogue().catalogue, ...log, when, source: "built-in" };
}

/** Thrown by a matcher for a name it cannot resolve: a misspelt place, side or siege. It fails `.not` too. */
export class NameError extends SitrepError<"name-unknown", "not-found"> {
  override readonly name = "NameError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("name-unknown", "not-found", message, options);
  }
}

/** A place of the subject by id, name or any alias, with its catalogue entry when there is one. */
export function resolvePlace(r: Resolved, name: string): { place: PlaceState; entry: PlaceEntry | undefined } {
  const entry = r.catalogue.findPlace(name);
  const i = r.state.refs.placeIndex[entry?.id ?? name];
  const place = i === undefined ? undefined : r.state.places[i];
  if (place !== undefined) return { place, entry: r.catalogue.place(place.id) };
  const hint =
    r.source === "built-in"
      ? " (names were read in the built-in catalogue: for your own scenario, pass { state, catalogue }, snapshotAt(campaign, when), or registerScenario(scenario) first)"
      : "";
  const known = r.state.refs.placeIds.filter((id) => r.catalogue.place(id) !== undefined);
  const suggestions =
    known.length === r.state.refs.placeIds.length
      ? r.catalogue.suggestPlaces(name)
      : suggest(name, r.state.refs.placeIds);
  throw new NameError(`no place '${name}' in this state's catalogue${hint}${didYouMean(suggestions)}`);
}

/** A side by id or name (any case). */
export function resolveSide(r: Resolved, side: string): string {
  if (r.state.refs.sides.includes(side)) return side;
  const byName = r.catalogue.sides.find((s) => s.name.toLowerCase() === side.toLowerCase() || s.id === side);
  if (byName !== undefined && r.state.refs.sides.includes(byName.id)) return byName.id;
  throw new NameError(
    `no side '${side}' in this state (sides: ${r.state.refs.sides.join(", ")})${didYouMean(suggest(side, r.state.refs.sides))}`,
  );
}
