import { z } from "zod";
import { EVENT_ID_PATTERN, type EventInput, eventInput } from "../events/schema.js";
import type { EventId } from "../model/ids.js";
import { type TimeInput, timeInput } from "../time/event-time.js";

/** How far to move an event in time; any field may be negative. At least one is given. */
export interface Shift {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

/** Remove an event from the log. */
export interface DropEdit {
  readonly op: "drop";
  readonly event: EventId;
}

/** Add an event right before or after another one, or at a time (which then becomes its time). */
export type InsertEdit =
  | { readonly op: "insert"; readonly event: EventInput; readonly before: EventId }
  | { readonly op: "insert"; readonly event: EventInput; readonly after: EventId }
  | { readonly op: "insert"; readonly event: EventInput; readonly at: TimeInput };

/**
 * Put another event in an event's place. A replacement with another id removes the old id
 * from the log: what depended on it loses its footing.
 */
export interface ReplaceEdit {
  readonly op: "replace";
  readonly event: EventId;
  readonly with: EventInput;
}

/** Move an event to another time, or by a duration (both ends of its interval move). */
export type ShiftEdit =
  | { readonly op: "shift"; readonly event: EventId; readonly to: TimeInput }
  | { readonly op: "shift"; readonly event: EventId; readonly by: Shift };

/** One change to a scenario's log: a discriminated union on `op`. */
export type Edit = DropEdit | InsertEdit | ReplaceEdit | ShiftEdit;

/**
 * A what-if: a base scenario and the edits that make another history of it. Plain data:
 * it can be built in code (see `branch`) or read from a file (see `loadBranch`).
 */
export interface Branch {
  readonly name: string;
  /** What the branch asks, in a sentence or two. */
  readonly note: string;
  /** The scenario it forks: a built-in id, or the path of a scenario file. */
  readonly base: string;
  /** Applied in order, each to the log as the earlier ones left it. */
  readonly edits: readonly Edit[];
}

const eventId = z.string().regex(EVENT_ID_PATTERN, "expected an event id such as 'cs-0905-link-up-137th'");

const shiftBy = z
  .strictObject({
    days: z.number().finite().optional(),
    hours: z.number().finite().optional(),
    minutes: z.number().finite().optional(),
  })
  .refine((s) => s.days !== undefined || s.hours !== undefined || s.minutes !== undefined, {
    message: "a shift needs 'days', 'hours' or 'minutes' (e.g. { \"days\": 2 })",
  });

/** The schema of edit `op`: its fields, of which exactly one of `oneOf` is given (`message` is told how many are). */
function placedEdit<Op extends string, S extends z.ZodRawShape>(
  op: Op,
  shape: S,
  oneOf: readonly (keyof S & string)[],
  message: (given: number) => string,
) {
  return z.strictObject({ op: z.literal(op), ...shape }).superRefine((e, ctx) => {
    const given = oneOf.filter((k) => (e as Record<string, unknown>)[k] !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: "custom", path: [], message: message(given) });
  });
}

const drop = z.strictObject({ op: z.literal("drop"), event: eventId.describe("The event to remove.") });

const insert = placedEdit(
  "insert",
  {
    event: eventInput.describe("The new event, written as in a scenario file."),
    before: eventId.optional().describe("Put it right before this event."),
    after: eventId.optional().describe("Put it right after this event."),
    at: timeInput.optional().describe("Or give it this time and put it in time order."),
  },
  ["before", "after", "at"],
  (n) => `an insert needs exactly one of 'before', 'after' or 'at' (it has ${n})`,
);

const replace = z.strictObject({
  op: z.literal("replace"),
  event: eventId.describe("The event to replace."),
  with: eventInput.describe("The event that takes its place."),
});

const shift = placedEdit(
  "shift",
  {
    event: eventId.describe("The event to move."),
    to: timeInput.optional().describe("Its new time."),
    by: shiftBy.optional().describe("Or how far to move it."),
  },
  ["to", "by"],
  () => "a shift needs exactly one of 'to' (a time) or 'by'",
);

/** One edit as written in a branch or model file. */
export const editInput = z.discriminatedUnion("op", [drop, insert, replace, shift]);

/** A branch file: `{ name, note?, base, edits }`. */
export const branchInput = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).describe("A short name for the branch, e.g. 'no-link-up'."),
  note: z.string().default("").describe("What the branch asks."),
  base: z.string().min(1).describe("A built-in scenario id, or a scenario file's path relative to the branch file."),
  edits: z.array(editInput).describe("The edits, applied in order."),
});

/** The edit ops, for error messages. */
export const EDIT_OPS = ["drop", "insert", "replace", "shift"] as const;

/** One line naming an edit: `drop 'x'`, `insert 'y' after 'x'`, ... */
export function describeEdit(edit: Edit): string {
  switch (edit.op) {
    case "drop":
      return `drop '${edit.event}'`;
    case "insert": {
      const id = (edit.event as { id?: unknown }).id;
      const where =
        "before" in edit
          ? `before '${edit.before}'`
          : "after" in edit
            ? `after '${edit.after}'`
            : `at '${edit.at.text}'`;
      return `insert '${String(id)}' ${where}`;
    }
    case "replace":
      return `replace '${edit.event}' with '${String((edit.with as { id?: unknown }).id)}'`;
    case "shift":
      if ("to" in edit) return `shift '${edit.event}' to '${edit.to.text}'`;
      return `shift '${edit.event}' by ${formatShift(edit.by)}`;
  }
}

/** `{ days: 2, hours: -3 }` as `2 days, -3 hours`. */
export function formatShift(by: Shift): string {
  const parts: string[] = [];
  for (const unit of ["days", "hours", "minutes"] as const) {
    const n = by[unit];
    if (n !== undefined) parts.push(`${n} ${Math.abs(n) === 1 ? unit.slice(0, -1) : unit}`);
  }
  return parts.join(", ");
}
