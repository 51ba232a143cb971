import type { z } from "zod";
import { formatPath, SitrepError } from "../errors/sitrep-error.js";
import { issueMessage, issuePath } from "../input/zod-issues.js";
import { deepFreeze } from "../model/deep-freeze.js";
import { type EventTime, resolveTime } from "../time/event-time.js";
import { TimeError } from "../time/time-error.js";
import { assembleEvent } from "./assemble.js";
import type { DomainEvent } from "./event.js";
import { collectRefs, type Ref } from "./refs.js";
import { type EventInput, eventInput, KIND_SCHEMAS, type ParsedEvent } from "./schema.js";

/** Every catalogue id an event refers to, by kind, with its field path. */
export function refsOf(event: ParsedEvent | DomainEvent) {
  return collectRefs(KIND_SCHEMAS[event.type] as unknown as z.ZodType, event);
}

/**
 * Turns a parsed event into a loaded one: resolves its time in `zone`, lists every place and
 * actor it names in `places` and `actors`, and freezes it deeply.
 * Catalogue references are checked by the scenario loader, not here; it passes the `refs` it
 * found (`refsOf(parsed)`) so they are found once, may `resolve` times through a resolver shared
 * by the load (`timeResolver(zone)`), and may `share` the two lists it makes (one frozen list for
 * equal ones: see `loadSharing`).
 */
export function finishEvent(
  parsed: ParsedEvent,
  zone: string,
  refs: readonly Ref[] = refsOf(parsed),
  resolve: (time: ParsedEvent["time"]) => EventTime = (t) => resolveTime(t, zone),
  share: (ids: readonly string[]) => readonly string[] = (ids) => ids,
): DomainEvent {
  // Each id once, in the order the event names them (a few at most: `includes` is enough).
  const places: string[] = [];
  const actors: string[] = [];
  for (const r of refs) {
    const list = r.kind === "place" ? places : r.kind === "actor" ? actors : null;
    if (list !== null && !list.includes(r.id)) list.push(r.id);
  }
  return deepFreeze(assembleEvent(parsed, resolve(parsed.time), share(places), share(actors)));
}

/** Thrown by `createEvent` for input that is not a valid event: every issue, with its field path. */
export class EventInputError extends SitrepError<"event-invalid", "bad-input"> {
  override readonly name = "EventInputError";
  constructor(
    readonly eventId: string | null,
    /** Every issue, its path inside the event as an array (`["time", "date"]`). */
    readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[],
  ) {
    super(
      "event-invalid",
      "bad-input",
      `event ${eventId === null ? "(no id)" : `'${eventId}'`} is not valid: ${issues.map((i) => `${i.path.length === 0 ? "(event)" : formatPath(i.path)}: ${i.message}`).join("; ")}`,
      { problems: issues.map((i) => ({ file: null, path: i.path, line: null, column: null, message: i.message })) },
    );
  }
}

/**
 * Builds one event in code, checked like an event in a scenario file, its time resolved in
 * `zone`, deeply frozen. Catalogue ids are checked when it is applied.
 * @example
 * const e = createEvent({
 *   id: "my-capture", type: "place-captured", place: "sukhnah", actor: "syrian-army",
 *   time: { text: "5 August", date: "2017-08-05" },
 *   source: { document: "my-notes", quote: "took complete control of Sukhnah" },
 * }, "Asia/Damascus");
 */
export function createEvent(input: EventInput, zone: string): DomainEvent {
  const r = eventInput.safeParse(input, { reportInput: true });
  const id = typeof (input as { id?: unknown }).id === "string" ? (input as { id: string }).id : null;
  if (!r.success) {
    throw new EventInputError(
      id,
      r.error.issues.map((i) => ({ path: issuePath(i), message: issueMessage(i) })),
    );
  }
  try {
    return finishEvent(r.data, zone);
  } catch (e) {
    if (e instanceof TimeError) throw new EventInputError(id, [{ path: ["time"], message: e.message }]);
    throw e;
  }
}
