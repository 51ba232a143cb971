import { freeze } from "immer";
import type { z } from "zod";
import { resolveTime } from "../time/event-time.js";
import type { DomainEvent } from "./event.js";
import { collectRefs } from "./refs.js";
import { KIND_SCHEMAS, type ParsedEvent } from "./schema.js";

/** Every catalogue id an event refers to, by kind, with its field path. */
export function refsOf(event: ParsedEvent | DomainEvent) {
  return collectRefs(KIND_SCHEMAS[event.type] as unknown as z.ZodType, event);
}

/**
 * Turns a parsed event into a loaded one: resolves its time in `zone`, lists every place and
 * actor it names in `places` and `actors`, and freezes it deeply.
 * Catalogue references are checked by the scenario loader, not here.
 */
export function finishEvent(parsed: ParsedEvent, zone: string): DomainEvent {
  const refs = refsOf(parsed);
  const places = [...new Set([...refs.filter((r) => r.kind === "place").map((r) => r.id)])];
  const actors = [...new Set([...refs.filter((r) => r.kind === "actor").map((r) => r.id)])];
  const { note, ...rest } = parsed;
  const event = {
    ...rest,
    ...(note === undefined ? {} : { note }),
    time: resolveTime(parsed.time, zone),
    places,
    actors,
  } as unknown as DomainEvent;
  return freeze(event, true);
}
