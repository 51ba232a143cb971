import { DateTime } from "luxon";
import { SitrepError } from "../errors/sitrep-error.js";
import { createEvent, EventInputError } from "../events/create.js";
import type { DomainEvent } from "../events/event.js";
import type { EventInput } from "../events/schema.js";
import { issueMessage, issuePath } from "../input/zod-issues.js";
import type { EventId } from "../model/ids.js";
import { suggest } from "../model/suggest.js";
import type { Scenario } from "../scenario/scenario.js";
import { type EventTime, resolveTime, timeInput } from "../time/event-time.js";
import { TimeError } from "../time/time-error.js";
import { type Branch, describeEdit, type Edit, formatShift, type Shift } from "./branch.js";

/** Thrown when an edit cannot be applied: its target is not in the log, its event is not valid, or it contradicts its anchor. */
export class BranchEditError extends SitrepError<"edit-invalid", "bad-input"> {
  override readonly name = "BranchEditError";
  constructor(
    /** The edit's index in the branch (or in the choice alternative). */
    readonly editIndex: number,
    /** The event id the edit names. */
    readonly eventId: string | null,
    /** The field of the edit at fault: `event`, `with`, `before`, `after`, `at`, `to`. */
    readonly field: string,
    readonly detail: string,
    /** Closest ids of the log, for a target that does not exist. */
    readonly suggestions: readonly string[] = [],
  ) {
    super("edit-invalid", "bad-input", `edits[${editIndex}]: ${reasonOf(detail, suggestions)}`);
  }

  /** What is wrong, without the edit's index (for a problem already located at the edit). */
  get reason(): string {
    return reasonOf(this.detail, this.suggestions);
  }
}

function reasonOf(detail: string, suggestions: readonly string[]): string {
  return `${detail}${suggestions.length > 0 ? `; closest: ${suggestions.map((s) => `'${s}'`).join(", ")}` : ""}`;
}

/** An edit with its events built and its times resolved, ready to apply to any log many times. */
export type CompiledEdit =
  | { readonly op: "drop"; readonly index: number; readonly target: EventId; readonly text: string }
  | {
      readonly op: "insert";
      readonly index: number;
      readonly event: DomainEvent;
      readonly anchor: "before" | "after";
      readonly target: EventId;
      readonly text: string;
    }
  | {
      readonly op: "insert";
      readonly index: number;
      readonly event: DomainEvent;
      readonly anchor: "at";
      readonly text: string;
    }
  | {
      readonly op: "replace";
      readonly index: number;
      readonly target: EventId;
      readonly event: DomainEvent;
      readonly text: string;
    }
  | {
      readonly op: "shift";
      readonly index: number;
      readonly target: EventId;
      readonly to: EventTime;
      readonly text: string;
    }
  | {
      readonly op: "shift";
      readonly index: number;
      readonly target: EventId;
      readonly by: Shift;
      readonly text: string;
    };

function build(input: EventInput, zone: string, index: number, field: string): DomainEvent {
  try {
    return createEvent(input, zone);
  } catch (e) {
    if (e instanceof EventInputError) {
      throw new BranchEditError(index, e.eventId, field, e.message);
    }
    throw e;
  }
}

function time(input: unknown, zone: string, index: number, field: string): EventTime {
  const r = timeInput.safeParse(input, { reportInput: true });
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? "" : ` (at ${issuePath(issue).join(".")})`;
    throw new BranchEditError(
      index,
      null,
      field,
      `'${field}' is not a time${where}: ${issue === undefined ? "invalid" : issueMessage(issue)}`,
    );
  }
  try {
    return resolveTime(r.data, zone);
  } catch (e) {
    if (e instanceof TimeError) throw new BranchEditError(index, null, field, e.message);
    throw e;
  }
}

/**
 * Builds the events of `edits` once (checked like scenario events, times resolved in `zone`),
 * so applying them to a log costs only array work. `offset` numbers the edits from there.
 */
export function compileEdits(edits: readonly Edit[], zone: string, offset = 0): CompiledEdit[] {
  return edits.map((edit, i) => compileOne(edit, offset + i, zone));
}

function compileOne(edit: Edit, index: number, zone: string): CompiledEdit {
  const text = describeEdit(edit);
  switch (edit.op) {
    case "drop":
      return { op: "drop", index, target: edit.event, text };
    case "insert": {
      if ("at" in edit) {
        const at = time(edit.at, zone, index, "at");
        const event = Object.freeze({ ...build(edit.event, zone, index, "event"), time: at }) as DomainEvent;
        return { op: "insert", index, event, anchor: "at", text };
      }
      const event = build(edit.event, zone, index, "event");
      return "before" in edit
        ? { op: "insert", index, event, anchor: "before", target: edit.before, text }
        : { op: "insert", index, event, anchor: "after", target: edit.after, text };
    }
    case "replace":
      return { op: "replace", index, target: edit.event, event: build(edit.with, zone, index, "with"), text };
    case "shift":
      return "to" in edit
        ? { op: "shift", index, target: edit.event, to: time(edit.to, zone, index, "to"), text }
        : { op: "shift", index, target: edit.event, by: edit.by, text };
  }
}

const earliestCache = new WeakMap<DomainEvent, number>();

/** An event's earliest time in epoch ms, parsed once per event object. */
export function earliestMs(e: DomainEvent): number {
  let ms = earliestCache.get(e);
  if (ms === undefined) {
    ms = Date.parse(e.time.earliest);
    earliestCache.set(e, ms);
  }
  return ms;
}

/** One event of a log being edited, linked to its neighbours. */
interface Node {
  event: DomainEvent;
  origin: number | null;
  prev: Node | null;
  next: Node | null;
}

/**
 * A log being edited: a doubly linked list with an index by id, so finding, dropping,
 * replacing, shifting and inserting next to an event each cost O(1) whatever the log's length.
 * Inserts `at` a time are collected and merged in one pass (see `flush`), so a branch of k
 * edits costs O(n + k log k), not O(n k).
 */
class EditableLog {
  #head: Node | null = null;
  #tail: Node | null = null;
  readonly #byId = new Map<string, Node>();
  /** Inserts `at` a time not merged yet, in edit order. */
  #pending: Node[] = [];

  constructor(log: readonly DomainEvent[]) {
    for (const e of log) this.#link({ event: e, origin: null, prev: this.#tail, next: null });
  }

  #link(n: Node): void {
    if (n.prev === null) this.#head = n;
    else n.prev.next = n;
    if (n.next === null) this.#tail = n;
    else n.next.prev = n;
    this.#byId.set(n.event.id, n);
  }

  #unlink(n: Node): void {
    if (n.prev === null) this.#head = n.next;
    else n.prev.next = n.next;
    if (n.next === null) this.#tail = n.prev;
    else n.next.prev = n.prev;
    if (this.#byId.get(n.event.id) === n) this.#byId.delete(n.event.id);
  }

  /** The events in list order (pending inserts merged first). */
  toArray(): { events: DomainEvent[]; origin: (number | null)[] } {
    this.flush();
    const events: DomainEvent[] = [];
    const origin: (number | null)[] = [];
    for (let n = this.#head; n !== null; n = n.next) {
      events.push(n.event);
      origin.push(n.origin);
    }
    return { events, origin };
  }

  /**
   * Merges the pending `at` inserts. Each such insert puts its event after every event whose
   * earliest time is at or before its own, in a log sorted stably by earliest time (as pushing
   * it and re-sorting would). For a run of them that is one stable merge: the log sorted, the
   * new events sorted stably, and at equal times the log's events first.
   */
  flush(): void {
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    const log: Node[] = [];
    for (let n = this.#head; n !== null; n = n.next) log.push(n);
    const sorted = sortedStably(log);
    const added = sortedStably(batch);
    const merged: Node[] = [];
    let i = 0;
    let j = 0;
    while (i < sorted.length || j < added.length) {
      const a = sorted[i];
      const b = added[j];
      if (b === undefined || (a !== undefined && earliestMs(a.event) <= earliestMs(b.event))) {
        merged.push(a as Node);
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    this.#head = null;
    this.#tail = null;
    for (const n of merged) {
      n.prev = this.#tail;
      n.next = null;
      this.#link(n);
    }
  }

  /** The node of event `edit.target`, or BranchEditError with the closest ids. */
  find(edit: CompiledEdit & { target: EventId }, field: string): Node {
    this.flush();
    const n = this.#byId.get(edit.target);
    if (n === undefined) {
      throw new BranchEditError(
        edit.index,
        edit.target,
        field,
        `${edit.text}: no event '${edit.target}' in the log${edit.index > 0 ? " (as the earlier edits left it)" : ""}`,
        suggest(
          edit.target,
          this.toArray().events.map((e) => e.id),
        ),
      );
    }
    return n;
  }

  /** Throws unless `event`'s id is new to the log (or is that of `except`, the event it replaces). */
  ensureNew(edit: CompiledEdit, event: DomainEvent, except: Node | null, field: string): void {
    const other = this.#byId.get(event.id);
    if (other !== undefined && other !== except) {
      throw new BranchEditError(
        edit.index,
        event.id,
        field,
        `${edit.text}: the log already has an event '${event.id}': give the new event an id of its own`,
      );
    }
  }

  drop(n: Node): void {
    this.#unlink(n);
  }

  /** Puts `event` in `n`'s place. */
  put(n: Node, event: DomainEvent, origin: number): void {
    if (this.#byId.get(n.event.id) === n) this.#byId.delete(n.event.id);
    n.event = event;
    n.origin = origin;
    this.#byId.set(event.id, n);
  }

  insertNextTo(anchor: Node, side: "before" | "after", event: DomainEvent, origin: number): void {
    const n: Node =
      side === "after"
        ? { event, origin, prev: anchor, next: anchor.next }
        : { event, origin, prev: anchor.prev, next: anchor };
    this.#link(n);
  }

  insertAt(event: DomainEvent, origin: number): void {
    const n: Node = { event, origin, prev: null, next: null };
    this.#pending.push(n);
    this.#byId.set(event.id, n);
  }
}

/** Nodes sorted stably by their event's earliest time (TimSort: linear on a log already nearly in order). */
function sortedStably(nodes: readonly Node[]): Node[] {
  for (let i = 1; i < nodes.length; i++)
    if (earliestMs((nodes[i - 1] as Node).event) > earliestMs((nodes[i] as Node).event))
      return [...nodes].sort((a, b) => earliestMs(a.event) - earliestMs(b.event));
  return nodes.slice();
}

const shiftCache = new WeakMap<DomainEvent, Map<string, DomainEvent>>();

/** The years a shifted time may land in: those an ISO 8601 date writes with four digits. */
export const SHIFT_YEARS = { first: 1, last: 9999 } as const;

function shifted(e: DomainEvent, edit: CompiledEdit & { op: "shift"; by: Shift }, zone: string): DomainEvent {
  const by = edit.by;
  const key = `${by.days ?? 0}/${by.hours ?? 0}/${by.minutes ?? 0}`;
  let m = shiftCache.get(e);
  const hit = m?.get(key);
  if (hit !== undefined) return hit;
  const move = (iso: string) => {
    const dt = DateTime.fromISO(iso, { setZone: true })
      .setZone(zone)
      .plus({
        days: by.days ?? 0,
        hours: by.hours ?? 0,
        minutes: by.minutes ?? 0,
      });
    const out = dt.isValid && dt.year >= SHIFT_YEARS.first && dt.year <= SHIFT_YEARS.last ? dt.toISO() : null;
    if (out === null) {
      throw new BranchEditError(
        edit.index,
        e.id,
        "by",
        `${edit.text}: moves '${e.id}' (${iso}) outside the times sitrep can represent (years ${SHIFT_YEARS.first} to ${SHIFT_YEARS.last}): shift it by less, or give its new time with 'to'`,
      );
    }
    return out;
  };
  const time: EventTime = {
    text: e.time.text,
    note: `${e.time.note === undefined ? "" : `${e.time.note}; `}shifted by ${formatShift(by)}`,
    earliest: move(e.time.earliest),
    latest: move(e.time.latest),
    precision: e.time.precision,
  };
  const out = Object.freeze({ ...e, time: Object.freeze(time) }) as DomainEvent;
  if (m === undefined) {
    m = new Map();
    shiftCache.set(e, m);
  }
  m.set(key, out);
  return out;
}

/** The edited log and, for each of its events, the edit that put it there or changed it (null: as in the base). */
export interface EditedLog {
  readonly events: readonly DomainEvent[];
  readonly origin: readonly (number | null)[];
}

/**
 * Applies compiled edits, in order, to a log sorted by earliest time; returns the edited log
 * re-sorted stably by earliest time. Throws `BranchEditError` for a target not in the log,
 * a duplicate id, or an insert whose time contradicts its anchor.
 */
export function applyCompiled(log: readonly DomainEvent[], edits: readonly CompiledEdit[], zone: string): EditedLog {
  if (edits.length === 0) return { events: log, origin: log.map(() => null) };
  const list = new EditableLog(log);
  for (const edit of edits) {
    switch (edit.op) {
      case "drop": {
        list.drop(list.find(edit, "event"));
        break;
      }
      case "insert": {
        list.ensureNew(edit, edit.event, null, "event");
        if (edit.anchor === "at") {
          list.insertAt(edit.event, edit.index);
          break;
        }
        const node = list.find(edit, edit.anchor);
        const anchor = node.event;
        const early = edit.anchor === "after" && earliestMs(edit.event) < earliestMs(anchor);
        const late = edit.anchor === "before" && earliestMs(edit.event) > earliestMs(anchor);
        if (early || late) {
          throw new BranchEditError(
            edit.index,
            edit.event.id,
            "event",
            `${edit.text}: its earliest time (${edit.event.time.earliest}) is ${early ? "before" : "after"} that of '${anchor.id}' (${anchor.time.earliest}), so it cannot go ${edit.anchor} it: correct its time, or insert it with 'at'`,
          );
        }
        list.insertNextTo(node, edit.anchor, edit.event, edit.index);
        break;
      }
      case "replace": {
        const node = list.find(edit, "event");
        list.ensureNew(edit, edit.event, node, "with");
        list.put(node, edit.event, edit.index);
        break;
      }
      case "shift": {
        const node = list.find(edit, "event");
        const e = node.event;
        list.put(
          node,
          "to" in edit ? (Object.freeze({ ...e, time: edit.to }) as DomainEvent) : shifted(e, edit, zone),
          edit.index,
        );
        break;
      }
    }
  }
  const { events, origin } = list.toArray();
  const order = sortedStably(events.map((event, i) => ({ event, origin: origin[i] ?? null, prev: null, next: null })));
  return { events: order.map((n) => n.event), origin: order.map((n) => n.origin) };
}

/**
 * The log of `scenario` with the branch's edits applied in order, re-sorted stably by earliest
 * time, and which edit each event comes from. Every edit's target must exist in the log as the
 * earlier edits left it: otherwise `BranchEditError` names the edit's index, the id and the
 * closest ids.
 * @example
 * const b = branch("no-link-up").from(s).drop("cs-0905-link-up-137th").build();
 * const { events, origin } = applyEdits(s, b);
 * events.some((e) => e.id === "cs-0905-link-up-137th"); // false
 */
export function applyEdits(scenario: Scenario, branch: Branch): EditedLog {
  return applyCompiled(scenario.events, compileEdits(branch.edits, scenario.timeZone), scenario.timeZone);
}
