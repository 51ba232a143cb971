import { Info, type Zone } from "luxon";

// A zone's UTC offsets as a table of transitions, found lazily one span of time (about a year)
// at a time: the offset is sampled every SAMPLE_STEP_MS across the span, and where two samples
// differ, bisected to the second at which it changes. Any instant's offset is then a look-up,
// whatever the number of distinct days a scenario dates its events by.
//
// Sampling is only sound if no two transitions fall within one step: two that cancel (an hour
// forward, then back) would go unseen, and two that do not would be bisected to one. The step
// comes from a survey of every zone `Intl.supportedValuesOf("timeZone")` lists (418 on Node 20's
// ICU), offsets sampled hourly (bench/zone-transitions.ts): over 1900-2100 no two consecutive
// transitions of a zone are closer than 6.96 days (America/Noronha, Recife and Boa_Vista in
// October 2000, Asia/Gaza and Hebron in October 2040), the next closest 8.04 (Africa/Tunis,
// 1943); over 2100-2300, where only yearly rules are left, none are closer than 126 days. A step
// of 3 days keeps any two transitions more than two steps apart. With `--check` the same script
// found this table equal to luxon at every hourly sample and on both sides of each of the 42,685
// transitions of 1900-2100, in every zone. A bisection that meets a third offset (more than one
// change within a step) gives up on the span, and its instants are left to luxon.

/** The sampling step: under half the smallest gap between two transitions (see above). */
export const SAMPLE_STEP_MS = 3 * 86_400_000;
/** Samples per span: a span is 122 steps, 366 days. */
const STEPS_PER_SPAN = 122;
const SPAN_MS = SAMPLE_STEP_MS * STEPS_PER_SPAN;

/**
 * The transitions in span `k`, the instants `k * SPAN_MS` (exclusive) to `(k + 1) * SPAN_MS`
 * (inclusive): `start` is the offset (minutes) at the span's first instant, `at[i]` the epoch ms
 * from which `offsets[i]` holds. Null when the span could not be vouched for.
 */
interface Span {
  readonly start: number;
  readonly at: readonly number[];
  readonly offsets: readonly number[];
}

const LONG_OFFSET = /GMT(?:([+-])(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The offset function of a zone: for an IANA zone one cached `Intl.DateTimeFormat` writing the
 * offset itself (`GMT+05:30`, `GMT+05:21:10`, `GMT`), which gives luxon's `Zone.offset` at a
 * fraction of the cost of its formatToParts; for any other zone luxon's own.
 */
function offsetFunction(zone: Zone): (ms: number) => number {
  if (zone.type !== "iana" || !zone.isValid) return (ms) => zone.offset(ms);
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone.name, timeZoneName: "longOffset" });
  return (ms) => {
    const m = LONG_OFFSET.exec(format.format(ms));
    if (m === null) return zone.offset(ms);
    if (m[1] === undefined) return 0;
    const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
    // As luxon computes it: a whole number of milliseconds over 60,000.
    return ((m[1] === "-" ? -seconds : seconds) * 1000) / 60_000;
  };
}

/** A zone's transitions, span by span as they are asked for. */
export class ZoneTransitions {
  readonly #offset: (ms: number) => number;
  readonly #spans = new Map<number, Span | null>();

  constructor(zone: Zone) {
    this.#offset = offsetFunction(zone);
  }

  /** The zone's offset (minutes) at epoch ms `ms`, or null where the table cannot vouch for it. */
  offsetAt(ms: number): number | null {
    const span = this.#span(Math.floor(ms / SPAN_MS));
    if (span === null) return null;
    let o = span.start;
    for (let i = 0; i < span.at.length && (span.at[i] as number) <= ms; i++) o = span.offsets[i] as number;
    return o;
  }

  /**
   * The offset (minutes) in force over all of `from` to `to` (epoch ms), when no transition
   * falls after `from` and at or before `to`; otherwise, or where the table cannot vouch, null.
   */
  steadyOver(from: number, to: number): number | null {
    const o = this.offsetAt(from);
    if (o === null) return null;
    for (let k = Math.floor(from / SPAN_MS); k <= Math.floor(to / SPAN_MS); k++) {
      const span = this.#span(k);
      if (span === null) return null;
      for (const t of span.at) if (t > from && t <= to) return null;
    }
    return o;
  }

  #span(k: number): Span | null {
    let span = this.#spans.get(k);
    if (span === undefined) {
      span = this.#scan(k);
      this.#spans.set(k, span);
    }
    return span;
  }

  #scan(k: number): Span | null {
    const offset = this.#offset;
    const at: number[] = [];
    const offsets: number[] = [];
    let lo = k * SPAN_MS;
    let before = offset(lo);
    const start = before;
    if (Number.isNaN(start)) return null;
    for (let s = 1; s <= STEPS_PER_SPAN; s++) {
      const hi = k * SPAN_MS + s * SAMPLE_STEP_MS;
      const after = offset(hi);
      if (Number.isNaN(after)) return null;
      if (after !== before) {
        const t = this.#bisect(lo, hi, before, after);
        if (t === null) return null;
        at.push(t);
        offsets.push(after);
      }
      lo = hi;
      before = after;
    }
    return { start, at, offsets };
  }

  /**
   * The first second after `lo` and at or before `hi` (epoch ms, whole seconds) at which the
   * offset is `after` rather than `before`; null if a third offset shows up between them.
   */
  #bisect(lo: number, hi: number, before: number, after: number): number | null {
    let a = lo;
    let b = hi;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      const o = this.#offset(mid);
      if (o === before) a = mid;
      else if (o === after) b = mid;
      else return null;
    }
    return b;
  }
}

const tables = new Map<string, ZoneTransitions>();

/** The transition table of the zone named `name` (as luxon reads the name), made once per name. */
export function zoneTransitions(name: string): ZoneTransitions {
  let table = tables.get(name);
  if (table === undefined) {
    table = new ZoneTransitions(Info.normalizeZone(name));
    tables.set(name, table);
  }
  return table;
}
