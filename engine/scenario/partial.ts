import { eventInput, type ParsedEvent } from "../events/schema.js";
import { type ParsedScenario, scenarioInput } from "./schema.js";

type Header = Omit<ParsedScenario, "initial" | "events">;

/** One section of events, each as parsed or null where it failed the schema; null when the section itself failed. */
export type PartialEvents = readonly (ParsedEvent | null)[] | null;

/**
 * What of a scenario passed the schema, part by part: each header field that passed (absent
 * where it failed), and each event that passed (null where it failed), so the checks after the
 * schema can run on what is checkable instead of on nothing.
 */
export interface PartialScenario {
  readonly header: Partial<Header>;
  readonly initial: PartialEvents;
  readonly events: PartialEvents;
  /** The header fields that are present but failed the schema. */
  readonly failedHeader: ReadonlySet<string>;
  /** The ids written on events that failed the schema, so a dependency on one is not a second problem. */
  readonly failedIds: ReadonlySet<string>;
}

/** A whole parsed scenario as a partial one with nothing missing. */
export function wholeScenario(s: ParsedScenario): PartialScenario {
  const { initial, events, ...header } = s;
  return { header, initial, events, failedHeader: new Set(), failedIds: new Set() };
}

const HEADER_KEYS = [
  "$schema",
  "id",
  "title",
  "description",
  "timeZone",
  "span",
  "documents",
  "catalogue",
  "uncited",
] as const;

/**
 * Parses each part of a scenario that failed the schema on its own: each header field with its
 * schema, each event with the event schema.
 * @example
 * const parts = partialScenario(JSON.parse(text)); // parts.events[3] === null: that event failed
 */
export function partialScenario(json: unknown): PartialScenario {
  const root =
    typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const header: Record<string, unknown> = {};
  const failedHeader = new Set<string>();
  for (const key of HEADER_KEYS) {
    const r = scenarioInput.shape[key].safeParse(root[key]);
    if (!r.success) failedHeader.add(key);
    else if (r.data !== undefined) header[key] = r.data;
  }
  const failedIds = new Set<string>();
  const section = (value: unknown, required: boolean): PartialEvents => {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) return null;
    return value.map((raw) => {
      const r = eventInput.safeParse(raw);
      if (r.success) return r.data;
      const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
      if (typeof id === "string") failedIds.add(id);
      return null;
    });
  };
  return {
    header: header as Partial<Header>,
    initial: section(root.initial, false),
    events: section(root.events, true),
    failedHeader,
    failedIds,
  };
}
