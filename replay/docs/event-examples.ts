import { EVENT_TYPES, type EventType } from "../../engine/events/kinds.js";
import table from "./event-examples.json" with { type: "json" };

/** One example event as written in a scenario file. */
export type ExampleEvent = { readonly id: string; readonly type: EventType } & Readonly<Record<string, unknown>>;

/** A minimal valid example of one kind: the event, and the earlier events it needs, if any. */
export interface KindExample {
  readonly given?: readonly ExampleEvent[];
  readonly event: ExampleEvent;
}

/** The document every example cites. */
export const EXAMPLE_DOCUMENT = "example";

/** An event as `event-examples.json` writes it: dated `day` of August 2017, quoting `quote`. */
interface Spec {
  readonly day: number;
  readonly quote: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** An event of the example log, citing the example document. */
function ev(type: EventType, id: string, { day, quote, fields }: Spec): ExampleEvent {
  const date = `2017-08-${String(day).padStart(2, "0")}`;
  return {
    id,
    type,
    time: { text: `on ${day} August`, date },
    source: { document: EXAMPLE_DOCUMENT, quote },
    ...fields,
  };
}

/** Events that examples need earlier in the log, by the name `after` gives them. */
const EARLIER: Readonly<Record<string, ExampleEvent>> = Object.fromEntries(
  Object.entries(table.earlier).map(([name, e]) => [name, ev(e.type as EventType, e.id, e)]),
);

function earlier(name: string): ExampleEvent {
  const e = EARLIER[name];
  if (e === undefined) throw new Error(`event-examples.json: no earlier event '${name}'`);
  return e;
}

/**
 * Every kind's example (keyed by kind, so a kind missing from the table does not compile): one of
 * the earlier events, or an event of its own (id `ex-` and the kind) after the earlier ones named.
 */
const KINDS: {
  readonly [K in EventType]: { readonly earlier: string } | (Spec & { readonly after?: readonly string[] });
} = table.kinds;

function example(type: EventType): KindExample {
  const spec = KINDS[type];
  if ("earlier" in spec) return { event: earlier(spec.earlier) };
  const event = ev(type, `ex-${type}`, spec);
  return spec.after === undefined ? { event } : { given: spec.after.map(earlier), event };
}

/**
 * A minimal valid example of every event kind, keyed by `type` so a new kind does not compile
 * without one. They use the built-in catalogue's ids; `docs/events.md` shows them and a test
 * loads and replays each.
 */
export const EVENT_EXAMPLES = Object.fromEntries(EVENT_TYPES.map((type) => [type, example(type)])) as {
  readonly [K in EventType]: KindExample;
};
