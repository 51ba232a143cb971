import { DateTime } from "luxon";
import { LookupError } from "./errors/lookup-error.js";
import { EVENT_ID_PATTERN } from "./events/id-pattern.js";
import { quote } from "./input/quote.js";
import type { EventId } from "./model/ids.js";
import { suggest } from "./model/suggest.js";
import { type Instant, parseInstant, toIso } from "./time/instant.js";
import { TimeError } from "./time/time-error.js";

/**
 * A moment as people write it, before it is resolved against a scenario:
 * - `date`: `2017-09-05`, the end of that day in the scenario's zone (or its start, where a
 *   command says so, as `--from` of `chart` and `timeline` do);
 * - `local`: `2017-09-05T14:00`, a wall-clock time in the scenario's zone;
 * - `instant`: `2017-09-05T14:00+03:00` or `...Z`, a time with its offset;
 * - `event`: an event id, `cs-0905-siege-broken`, meaning the moment just after that event: the
 *   events before it in the log and the event itself applied, none after it, even those of the
 *   same time. Its instant is the event's earliest time.
 */
export type Moment =
  | { readonly kind: "date"; readonly text: string }
  | { readonly kind: "local"; readonly text: string }
  | { readonly kind: "instant"; readonly text: string }
  | { readonly kind: "event"; readonly text: string; readonly event: EventId };

/** A moment resolved in a scenario: its instant, and for an event id the event the log is applied through. */
export interface ResolvedMoment {
  readonly moment: Moment;
  /** The instant (an event id's: the event's earliest time), in the scenario's zone. */
  readonly at: Instant;
  /** The last event applied (an event id's own), or null for a date or time: every event at or before `at`. */
  readonly through: EventId | null;
}

/** Where a moment was given, for the error: the option (`--at`) or command (`.seek`) that took it. */
export interface MomentOptions {
  readonly option?: string;
}

/** The forms a moment may take, as every error about one lists them. */
export function momentForms(zone?: string): string {
  const local = zone === undefined ? "the scenario's zone" : zone;
  return `YYYY-MM-DD (the end of that day), YYYY-MM-DDTHH:mm (local to ${local}), an ISO time with offset (2017-09-05T14:00+03:00), or an event id (just after that event)`;
}

/** A moment that is none of the forms (a `TimeError`, bad input): which text, given where, and the forms that would do. */
export class MomentError extends TimeError {
  override readonly name = "MomentError";
  constructor(
    readonly text: string,
    readonly option: string | null,
    zone?: string,
  ) {
    super(`${option === null ? "" : `${option} `}${quote(text)} is not a date or time: expected ${momentForms(zone)}`);
  }
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a moment as people write it. Text that starts like a date (`YYYY-MM-DD`) must be a valid
 * date or time; anything else must be an event id. Throws `MomentError` (bad input, exit 2)
 * naming the option and the forms accepted. Whether an event id exists is known only against a
 * scenario (`resolveMoment`).
 * @example
 * parseMoment("2017-09-05"); // { kind: "date", text: "2017-09-05" }
 * parseMoment("cs-0905-siege-broken"); // { kind: "event", text: "cs-0905-siege-broken", event: "cs-0905-siege-broken" }
 */
export function parseMoment(text: string, options: MomentOptions = {}): Moment {
  const t = text.trim();
  const bad = () => new MomentError(text, options.option ?? null);
  if (DATE_LIKE.test(t)) {
    const kind = DATE_ONLY.test(t) ? "date" : HAS_OFFSET.test(t) ? "instant" : "local";
    const dt = kind === "instant" ? DateTime.fromISO(t, { setZone: true }) : DateTime.fromISO(t, { zone: "UTC" });
    if (!dt.isValid) throw bad();
    return { kind, text: t };
  }
  if (!EVENT_ID_PATTERN.test(t)) throw bad();
  return { kind: "event", text: t, event: t };
}

/** What a moment is resolved against: the scenario's zone and id, and the log its event ids name. */
export interface MomentContext {
  /** The scenario's id, named in the error for an unknown event id. */
  readonly id: string;
  /** The IANA zone dates and local times are read in. */
  readonly timeZone: string;
  /** The log event ids are looked up in (a scenario's, or a branch's with its edits applied). */
  readonly events: readonly { readonly id: EventId; readonly time: { readonly earliest: string } }[];
  /** An event's position in `events`, where a faster lookup than a scan is at hand. */
  readonly indexOf?: (id: EventId) => number | undefined;
}

/** How a date alone is read: the end of the day (default), or its start (`--from` of a range). */
export interface ResolveOptions extends MomentOptions {
  readonly startOfDay?: boolean;
}

/**
 * Resolves a moment in a scenario: a date or time in its zone, an event id in `context.events`
 * (the scenario's log, or a branch's). Throws `MomentError` for a date that does not exist and
 * `LookupError` (not found, exit 2) for an unknown event id, with the closest ids.
 * @example
 * resolveMoment(parseMoment("2017-09-05"), scenario).at.iso; // "2017-09-05T23:59:59.999+03:00"
 * resolveMoment(parseMoment("cs-0905-siege-broken"), scenario).through; // "cs-0905-siege-broken"
 */
export function resolveMoment(moment: Moment, context: MomentContext, options: ResolveOptions = {}): ResolvedMoment {
  const zone = context.timeZone;
  if (moment.kind !== "event") {
    const text = moment.kind === "date" && options.startOfDay === true ? `${moment.text}T00:00` : moment.text;
    try {
      return { moment, at: parseInstant(text, zone), through: null };
    } catch (e) {
      if (e instanceof TimeError) throw new MomentError(moment.text, options.option ?? null, zone);
      throw e;
    }
  }
  const index = context.indexOf?.(moment.event) ?? context.events.findIndex((e) => e.id === moment.event);
  const event = index < 0 ? undefined : context.events[index];
  if (event === undefined) {
    throw new LookupError(
      `${options.option === undefined ? "" : `${options.option} `}${quote(moment.text)} is neither a date (YYYY-MM-DD, or YYYY-MM-DDTHH:mm in ${zone}) nor an event id of scenario '${context.id}'`,
      suggest(
        moment.event,
        context.events.map((e) => e.id),
      ),
    );
  }
  const ms = Date.parse(event.time.earliest);
  return { moment, at: { ms, iso: toIso(ms, zone) }, through: event.id };
}

/** Parses and resolves in one step: what a command does with the text of `--at`. */
export function momentIn(text: string, context: MomentContext, options: ResolveOptions = {}): ResolvedMoment {
  return resolveMoment(parseMoment(text, options), context, options);
}

/**
 * How many events of `log` a resolved moment applies: for a date or time, every event whose
 * earliest time is at or before it (the log in time order); for an event id, the events up to
 * and including it. In a log without the event (a branch that dropped it), the events that come
 * before where it stood: those before its time, and those of its time that `reference` (the
 * scenario's log) places before it.
 */
export function appliedIn(
  resolved: ResolvedMoment,
  log: readonly { readonly id: EventId; readonly time: { readonly earliest: string } }[],
  reference: readonly { readonly id: EventId }[] = log,
): number {
  const ms = resolved.at.ms;
  if (resolved.through === null) {
    let n = 0;
    while (n < log.length && Date.parse((log[n] as (typeof log)[number]).time.earliest) <= ms) n++;
    return n;
  }
  const own = log.findIndex((e) => e.id === resolved.through);
  if (own >= 0) return own + 1;
  const rank = new Map(reference.map((e, i) => [e.id, i]));
  const stood = rank.get(resolved.through) ?? Number.POSITIVE_INFINITY;
  let n = 0;
  for (const e of log) {
    const t = Date.parse(e.time.earliest);
    if (t > ms || (t === ms && (rank.get(e.id) ?? Number.POSITIVE_INFINITY) > stood)) break;
    n++;
  }
  return n;
}
