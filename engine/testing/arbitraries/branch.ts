import fc from "fast-check";
import { DateTime } from "luxon";
import { createEvent, type DomainEvent, type EventInput } from "../../index.js";
import type { Scenario } from "../../scenario/scenario.js";
import type { TimeInput } from "../../time/event-time.js";
import { applyCompiled, compileEdits } from "../../whatif/apply.js";
import type { Branch, Edit } from "../../whatif/branch.js";
import { Choices, picksArb } from "./choices.js";

/** The ops a branch edit can have. */
export type EditOp = Edit["op"];
const EDIT_OPS: readonly EditOp[] = ["drop", "insert", "replace", "shift"];

/** Options of `branchEditsArb`. */
export interface BranchEditsArbOptions {
  /** Fewest edits (default 1). */
  readonly minEdits?: number;
  /** Most edits (default 6). */
  readonly maxEdits?: number;
  /** The ops to draw from (default all four, equally likely). */
  readonly ops?: readonly EditOp[];
}

/** One planned edit: its op and the numbers its choices come from (so edits shrink toward the simplest). */
interface EditPlan {
  readonly op: EditOp;
  readonly picks: readonly number[];
}

const LOCAL = "yyyy-MM-dd'T'HH:mm";

/** A local time (minute precision) at, just before (`floor`) or just after (`ceil`) an instant. */
function localAt(iso: string, zone: string, round: "floor" | "ceil"): TimeInput {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  const minute = dt.startOf("minute");
  const at = (round === "ceil" && minute < dt ? minute.plus({ minutes: 1 }) : minute).toFormat(LOCAL);
  return { text: `at ${at}`, at };
}

/** A day of the scenario's span as a time input. */
function dayIn(scenario: Scenario, c: Choices): TimeInput {
  const start = DateTime.fromISO(scenario.span.start, { setZone: true }).setZone(scenario.timeZone).startOf("day");
  const end = DateTime.fromISO(scenario.span.end, { setZone: true }).setZone(scenario.timeZone).startOf("day");
  const days = Math.max(0, Math.round(end.diff(start, "days").days));
  const date = start.plus({ days: c.between(0, days) }).toISODate() ?? scenario.span.start.slice(0, 10);
  return { text: `on ${date}`, date };
}

/** A new event for the scenario's catalogue, of one of a few plain kinds: clashes, strikes, advances, reports, captures, losses. */
function newEvent(scenario: Scenario, id: string, time: TimeInput, c: Choices): EventInput {
  const cat = scenario.catalogue;
  const places = cat.places.map((p) => p.id);
  const actors = cat.actors.filter((a) => a.side !== null).map((a) => a.id);
  const sides = cat.sides.map((s) => s.id);
  const base = { id, time, source: { document: "what-if", quote: `what if: ${id}` } };
  const place = places.length > 0 ? c.pick(places) : undefined;
  const actor = actors.length > 0 ? c.pick(actors) : undefined;
  const kind = c.int(7);
  if (actor === undefined || place === undefined || (kind === 0 && sides.length < 2)) {
    return { ...base, type: "offensive-launched", operation: id, actor: actor ?? "unknown-actor" } as EventInput;
  }
  switch (kind) {
    case 0: {
      const [a, b] = c.some(sides, 2, 2);
      return { ...base, type: "clashes", sides: [a ?? "", b ?? ""], places: [place] };
    }
    case 1:
      return { ...base, type: "airstrike", actor, place };
    case 2:
      return { ...base, type: "artillery-bombardment", actor, place };
    case 3:
      return { ...base, type: "advance", actor, objective: place, within: c.between(1, 80) };
    case 4:
      return { ...base, type: "control-reported", place, actor };
    case 5:
      return { ...base, type: "place-captured", place, actor };
    default:
      return { ...base, type: "casualties", figures: [{ actor, killed: c.between(0, 50) }] };
  }
}

/** An id no event of the log has, from `stem`. */
function freshId(stem: string, log: readonly DomainEvent[]): string {
  const taken = new Set(log.map((e) => e.id));
  let id = stem;
  for (let k = 1; taken.has(id); k++) id = `${stem}-${k}`;
  return id;
}

/** One edit valid for the log as the earlier edits left it. */
function writeEdit(scenario: Scenario, log: readonly DomainEvent[], plan: EditPlan, index: number): Edit {
  const c = new Choices(plan.picks);
  const zone = scenario.timeZone;
  const op = log.length === 0 ? "insert" : plan.op;
  const target = log.length === 0 ? undefined : c.pick(log);
  if (op === "drop" && target !== undefined) return { op: "drop", event: target.id };
  if (op === "shift" && target !== undefined) {
    if (c.chance(25)) return { op: "shift", event: target.id, to: dayIn(scenario, c) };
    const days = c.between(-3, 3);
    const hours = c.between(-12, 12);
    return { op: "shift", event: target.id, by: days === 0 && hours === 0 ? { days: 1 } : { days, hours } };
  }
  if (op === "replace" && target !== undefined) {
    const id = c.chance(50) ? target.id : freshId(`what-if-${index}`, log);
    return {
      op: "replace",
      event: target.id,
      with: newEvent(scenario, id, localAt(target.time.earliest, zone, "floor"), c),
    };
  }
  const id = freshId(`what-if-${index}`, log);
  const anchor = target === undefined ? 2 : c.int(3);
  if (target !== undefined && anchor < 2) {
    const after = anchor === 1;
    const event = newEvent(scenario, id, localAt(target.time.earliest, zone, after ? "ceil" : "floor"), c);
    const ms = Date.parse(createEvent(event, zone).time.earliest);
    const anchorMs = Date.parse(target.time.earliest);
    // A local time in a repeated hour (a clock change) may resolve away from the anchor: put it in time order instead.
    if (after ? ms >= anchorMs : ms <= anchorMs) {
      return after ? { op: "insert", event, after: target.id } : { op: "insert", event, before: target.id };
    }
    return { op: "insert", event, at: event.time };
  }
  const at = dayIn(scenario, c);
  return { op: "insert", event: newEvent(scenario, id, at, c), at };
}

/** Writes the edits a plan describes, each valid for the log as the earlier ones left it. */
function writeEdits(scenario: Scenario, plans: readonly EditPlan[]): Edit[] {
  const edits: Edit[] = [];
  let log = scenario.events;
  for (const plan of plans) {
    const edit = writeEdit(scenario, log, plan, edits.length);
    log = applyCompiled(log, compileEdits([edit], scenario.timeZone, edits.length), scenario.timeZone).events;
    edits.push(edit);
  }
  return edits;
}

/**
 * Valid edits over a scenario's log: drops, inserts (before, after or at a time), replaces
 * (under the same id or a new one) and shifts (by a duration or to a day of the span), each
 * aimed at an event that is in the log as the earlier edits left it, so every generated list
 * applies without a `BranchEditError`. New events are plain kinds (clashes, strikes, advances,
 * reports, captures, losses) over the scenario's own catalogue; they may still break a rule on
 * replay (that is a consequence, not an invalid edit). Shrinks toward fewer, simpler edits.
 * @example
 * fc.assert(fc.property(branchEditsArb(s), (edits) => {
 *   const { consequences } = replayBranch(s, { name: "random", note: "", base: s.id, edits });
 *   for (const c of consequences) expect(c.edit === null || c.edit < edits.length).toBe(true);
 * }));
 */
export function branchEditsArb(scenario: Scenario, options: BranchEditsArbOptions = {}): fc.Arbitrary<readonly Edit[]> {
  const ops = options.ops ?? EDIT_OPS;
  if (ops.length === 0) throw new RangeError("branchEditsArb: give at least one op");
  return fc
    .array(fc.record({ op: fc.constantFrom(...ops), picks: picksArb() }), {
      minLength: options.minEdits ?? 1,
      maxLength: options.maxEdits ?? 6,
    })
    .map((plans) => writeEdits(scenario, plans));
}

/**
 * Branches of a scenario with valid edits (see `branchEditsArb`), named `generated`.
 * @example
 * fc.assert(fc.property(branchArb(s), (b) => { replayBranch(s, b); }));
 */
export function branchArb(scenario: Scenario, options: BranchEditsArbOptions = {}): fc.Arbitrary<Branch> {
  return branchEditsArb(scenario, options).map((edits) => ({ name: "generated", note: "", base: scenario.id, edits }));
}
