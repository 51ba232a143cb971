import type { EventInput } from "../events/schema.js";
import type { EventId } from "../model/ids.js";
import type { TimeInput } from "../time/event-time.js";
import type { Edit, Shift } from "./branch.js";

/**
 * The edits a branch can make, as chained calls: each returns a new `Self` with one edit more,
 * so one chain can be the start of several. `BranchBuilder` and the testing `WhatIf` are such chains.
 */
export abstract class EditChain<Self> {
  /** A new chain like this one with `edit` added after its edits. */
  protected abstract withEdit(edit: Edit): Self;

  /** Removes an event. */
  drop(event: EventId): Self {
    return this.withEdit({ op: "drop", event });
  }

  /** Adds an event right before another. */
  insertBefore(before: EventId, event: EventInput): Self {
    return this.withEdit({ op: "insert", event, before });
  }

  /** Adds an event right after another. */
  insertAfter(after: EventId, event: EventInput): Self {
    return this.withEdit({ op: "insert", event, after });
  }

  /** Adds an event at a time (which replaces its own), in time order. */
  insertAt(at: TimeInput, event: EventInput): Self {
    return this.withEdit({ op: "insert", event, at });
  }

  /** Puts another event in an event's place. */
  replace(event: EventId, withEvent: EventInput): Self {
    return this.withEdit({ op: "replace", event, with: withEvent });
  }

  /** Moves an event by a duration (`{ days: 2 }`), or to a time (`{ to: { text, date } }`). */
  shift(event: EventId, by: Shift | { readonly to: TimeInput }): Self {
    return this.withEdit("to" in by ? { op: "shift", event, to: by.to } : { op: "shift", event, by });
  }
}
