import { buildCatalogue } from "../catalogue/catalogue.js";
import type { ActorEntry, PlaceEntry, SideEntry } from "../catalogue/schema.js";
import { entityNames } from "../events/entity-names.js";
import type { DomainEvent } from "../events/event.js";
import { deepFreeze } from "../model/deep-freeze.js";
import { sha256 } from "../model/sha256.js";
import { applySegment } from "../reducer/reduce.js";
import type { State } from "../state/types.js";
import { indexById } from "../timeline/log.js";
import { markRulesChecked } from "./checked.js";
import { type InferredHolding, inferHoldings, withInferred } from "./infer.js";
import type { LoadOptions } from "./load.js";
import type { Scenario } from "./scenario.js";
import { seededState } from "./seeded.js";
import { decodeState, encodeState } from "./state-codec.js";
import { type StoredLog, withStoredLog } from "./stored-log.js";

// The body of a compiled cache entry (engine/scenario/cache-entry.ts) in sections, so that a
// question about one moment rebuilds only what that moment needs:
//
//   line 1   the index: `{"chunk":C,"events":N,"sections":[bytes of each section],
//            "checkpoints":[SHA-256 of each checkpoint]}`
//   then     the sections, one JSON text each, one after the other:
//            0        the scenario's small parts, parsed always: its header, catalogue,
//                     documents and initial facts, the inferred holdings, the earliest time of
//                     every event and the places the events name;
//            1..k     the events in chunks of C (k = ceil(N / C)), each parsed when first reached;
//            k+1..2k-1 checkpoints: the state after C, 2C, ... (k-1)C events, replayed from the
//                     initial state with the holdings inferred (see state-codec.ts).
//
// A seek restores the checkpoint at or before it and replays only the events after it, from
// the one chunk it needs; `Scenario.events` reads every chunk (the timeline, history, the page
// and `why` still get every event). Everything is written in ASCII alone, so the same scenario
// gives the same bytes. The entry's digest covers the index, the small parts and the chunks
// (`ChunkedBody.checked`), checked before any of it is parsed, so a chunk parsed later comes from
// bytes already checked. The checkpoints, the last half of a large entry, are read only when a
// seek asks for one, each checked against its own digest in the index: one that does not match
// is not used (the seek replays from an earlier state, so the answer is the same) and the owner
// is told, so the entry is written again.

/**
 * Events per chunk, and between checkpoints. A multiple of the timeline's snapshot interval
 * (512), so a checkpoint fills a snapshot's place. At 8,192 a checkpoint of the map benchmark's
 * theatre (5,000 places) is about as many bytes as a chunk of its events, and a seek replays at
 * most 8,191 events.
 */
export const CHUNK = 8192;

/** Section 0: what every question needs. */
interface MainSection {
  /** The scenario without what is stored apart (`events`) or derived on restore (`catalogue`, `initial`, `inferred`, `file`). */
  readonly scenario: Omit<Scenario, "catalogue" | "initial" | "inferred" | "events" | "file">;
  readonly catalogue: {
    readonly sides: readonly SideEntry[];
    readonly places: readonly PlaceEntry[];
    readonly actors: readonly ActorEntry[];
  };
  /** The holdings inferred from the log (stored whether or not the load inferred them). */
  readonly inferred: readonly InferredHolding[];
  /** Earliest time of each event (epoch ms). */
  readonly earliest: readonly number[];
  readonly placesNamed: readonly string[];
  /** The names the initial facts and the log give sieges and operations, as [id, name] pairs. */
  readonly names: { readonly sieges: readonly [string, string][]; readonly operations: readonly [string, string][] };
}

/** The entry's first line of body. */
interface Index {
  readonly chunk: number;
  readonly events: number;
  /** Length in bytes of each section, in order. */
  readonly sections: readonly number[];
  /** SHA-256 of each checkpoint section, in order. */
  readonly checkpoints: readonly string[];
}

/** A body as written: its bytes, and how many of them the entry's digest covers. */
export interface ChunkedBody {
  readonly bytes: Buffer;
  /** Bytes from the start covered by the entry's digest: the index, the small parts and the chunks (the checkpoints carry their own). */
  readonly checked: number;
}

/** Where the checkpoints of a body are read from when they are not in the bytes given, and whom to tell when one is damaged. */
export interface BodySource {
  /** `length` bytes of the body from `offset`. */
  read(offset: number, length: number): Buffer;
  /** A checkpoint did not match its digest: the entry should be written again. */
  damaged(): void;
}

/** JSON text in ASCII alone: every other character written as a \uXXXX escape (the same value). */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const asciiJson = (value: unknown): string => ascii(JSON.stringify(value));

/**
 * The body of an entry for a scenario loaded with every rule checked (the checkpoints are
 * replayed here, from the initial state with the holdings inferred, whatever the load's `infer`),
 * its events in chunks of `chunk` (default `CHUNK`; the reader takes it from the index).
 */
export function writeChunkedBody(scenario: Scenario, chunk = CHUNK): ChunkedBody {
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`chunk must be a whole number >= 1, got ${chunk}`);
  const { catalogue, initial: _initial, inferred: _inferred, events, file: _file, ...rest } = scenario;
  const start = seededState(scenario);
  const inferred = inferHoldings(start, events);
  const named = new Set<string>();
  for (const e of events) for (const p of e.places) named.add(p);
  const logNames = entityNames(scenario.initialEvents, events);
  const main: MainSection = {
    scenario: rest,
    catalogue: { sides: catalogue.sides, places: catalogue.places, actors: catalogue.actors },
    inferred,
    earliest: events.map((e) => Date.parse(e.time.earliest)),
    placesNamed: [...named].sort(),
    names: { sieges: [...logNames.sieges], operations: [...logNames.operations] },
  };
  const sections = [asciiJson(main)];
  for (let from = 0; from < events.length; from += chunk) sections.push(asciiJson(events.slice(from, from + chunk)));
  const checkpoints: Buffer[] = [];
  let state = withInferred(start, inferred);
  for (let from = chunk; from < events.length; from += chunk) {
    state = applySegment(state, events, from - chunk, from);
    checkpoints.push(Buffer.from(ascii(encodeState(state)), "latin1"));
  }
  const index: Index = {
    chunk,
    events: events.length,
    sections: [...sections.map((s) => s.length), ...checkpoints.map((c) => c.length)],
    checkpoints: checkpoints.map(sha256),
  };
  const checked = Buffer.from(`${JSON.stringify(index)}\n${sections.join("")}`, "latin1");
  return { bytes: Buffer.concat([checked, ...checkpoints]), checked: checked.length };
}

/**
 * The scenario a body written by `writeChunkedBody` holds, named `shown`: its small parts
 * restored now, its events and checkpoints when first asked for. `body` holds the body from its
 * start, at least the part the entry's digest covers (already checked); checkpoints beyond it
 * are read from `source`, `length` being the whole body's. Throws on a body it did not write
 * (the caller takes that as a miss).
 */
export function readChunkedBody(
  body: Buffer,
  options: Pick<LoadOptions, "infer">,
  shown: string,
  source: BodySource | null = null,
  length = body.length,
): Scenario {
  const nl = body.indexOf(0x0a);
  if (nl < 0) throw new Error("no index");
  const index = JSON.parse(body.toString("utf8", 0, nl)) as Index;
  const chunks = index.events === 0 ? 0 : Math.ceil(index.events / index.chunk);
  if (
    !Number.isInteger(index.chunk) ||
    index.chunk < 1 ||
    !Array.isArray(index.sections) ||
    index.sections.length !== 1 + chunks + Math.max(0, chunks - 1) ||
    !Array.isArray(index.checkpoints) ||
    index.checkpoints.length !== Math.max(0, chunks - 1)
  )
    throw new Error("bad index");
  const offsets = [nl + 1];
  for (const n of index.sections) offsets.push((offsets.at(-1) as number) + n);
  if (offsets.at(-1) !== length || (offsets[1 + chunks] as number) > body.length)
    throw new Error("sections do not fill the body");
  const section = (i: number): string => body.toString("utf8", offsets[i], offsets[i + 1]);
  /** A checkpoint's text, or null when it does not match its digest (or cannot be read). */
  const checkpoint = (j: number): string | null => {
    const at = offsets[chunks + j] as number;
    const end = offsets[chunks + j + 1] as number;
    let bytes: Buffer | null = null;
    try {
      bytes = end <= body.length ? body.subarray(at, end) : (source?.read(at, end - at) ?? null);
    } catch {
      bytes = null;
    }
    if (bytes !== null && bytes.length === end - at && sha256(bytes) === index.checkpoints[j - 1])
      return bytes.toString("utf8");
    source?.damaged();
    return null;
  };

  const main = JSON.parse(section(0)) as MainSection;
  if (main.earliest.length !== index.events) throw new Error("bad section 0");
  const built = buildCatalogue(main.catalogue);
  if (!built.success) throw new Error(`compiled scenario '${main.scenario.id}' has a broken catalogue`);
  const catalogue = built.data;
  const start = seededState({ catalogue, initialEvents: main.scenario.initialEvents, id: main.scenario.id });
  const infer = options.infer ?? true;
  const inferred = infer ? main.inferred : [];
  const initial = withInferred(start, inferred);
  const { initialEvents, documents, uncited, span, ...header } = main.scenario;
  const plain = deepFreeze({ initialEvents, documents, uncited, span, inferred });

  const log = chunkedLog(index, section, infer ? checkpoint : null, initial, main);
  const scenario: Scenario = Object.freeze({
    ...header,
    get events() {
      return log.all();
    },
    ...plain,
    catalogue,
    initial,
    file: shown,
  });
  return withStoredLog(markRulesChecked(scenario), log);
}

/**
 * The log of a body: chunks parsed when first reached, checkpoints (`checkpoint(j)`, the state
 * after j chunks; null when the initial state is not the one they were replayed from) decoded
 * when asked.
 */
function chunkedLog(
  index: Index,
  section: (i: number) => string,
  checkpoint: ((j: number) => string | null) | null,
  initial: State,
  main: MainSection,
): StoredLog {
  const size = index.chunk;
  const count = index.events === 0 ? 0 : Math.ceil(index.events / size);
  const parsed: (readonly DomainEvent[] | undefined)[] = [];
  const chunk = (c: number): readonly DomainEvent[] => {
    let events = parsed[c];
    if (events === undefined) {
      events = deepFreeze(JSON.parse(section(1 + c)) as DomainEvent[]);
      if (events.length !== (c < count - 1 ? size : index.events - c * size))
        throw new Error(`the compiled cache entry's chunk ${c} has ${events.length} events: this is a bug`);
      parsed[c] = events;
    }
    return events;
  };
  let every: readonly DomainEvent[] | undefined;
  const all = (): readonly DomainEvent[] => {
    if (every === undefined && count === 1) every = chunk(0);
    else if (every === undefined) {
      const events: DomainEvent[] = [];
      for (let c = 0; c < count; c++) for (const e of chunk(c)) events.push(e);
      every = Object.freeze(events);
    }
    return every;
  };
  // Checkpoints that did not match their digest: not read again.
  const damaged = new Set<number>();
  const none: readonly DomainEvent[] = [];
  return {
    length: index.events,
    earliest: Float64Array.from(main.earliest),
    placesNamed: main.placesNamed,
    names: { sieges: new Map(main.names.sieges), operations: new Map(main.names.operations) },
    all,
    indexOf: indexById(all),
    apply(state, from, to) {
      if (from >= to) return applySegment(state, none, 0, 0);
      let s = state;
      for (let c = Math.floor(from / size); c * size < to; c++) {
        const base = c * size;
        s = applySegment(s, chunk(c), Math.max(from, base) - base, Math.min(to, base + size) - base);
      }
      return s;
    },
    stored(n) {
      if (checkpoint === null || n % size !== 0 || n <= 0 || n >= index.events || damaged.has(n)) return undefined;
      const text = checkpoint(n / size);
      if (text !== null) return decodeState(text, initial.refs);
      damaged.add(n);
      return undefined;
    },
  };
}
