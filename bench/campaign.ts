/**
 * A seeded synthetic campaign: a catalogue of sides, actors and places on a grid, and a log of
 * events valid under the engine's rules, with non-decreasing times.
 *
 * The generator keeps its model of the campaign in a `MutableFold` (bench/fold.ts): it picks
 * each event from that model (a capture only by a side that does not hold all of the place, a
 * recapture only by a side that held it, a siege tightened only while active, ...), checks it
 * with the fold's rules and applies it. The engine's replay then checks every event again.
 *
 * Fighting happens around a few theatres that drift across the map and now and then jump
 * elsewhere, so, as in a real campaign, the same places change hands again and again for a
 * while and then fall quiet.
 *
 * Events are built directly in their loaded shape (what `createEvent` returns: same fields,
 * same key order, deeply frozen); a sample of them is rebuilt through `createEvent` and
 * compared, so the shortcut changes nothing but the time it takes.
 */
import { freeze } from "immer";
import seedrandom from "seedrandom";
import {
  type ActorEntry,
  buildCatalogue,
  type Catalogue,
  createEvent,
  type DomainEvent,
  type EventInput,
  type EventType,
  type PlaceEntry,
  type Quantity,
  type SideEntry,
} from "../engine/index.js";
import { MONTH_NAMES as MONTHS } from "../engine/time/describe.js";
import { DAY_PARTS } from "../engine/time/event-time.js";
import { type FoldPlace, MutableFold } from "./fold.js";

export const ZONE = "Asia/Baghdad"; // UTC+03:00 all year, so times can be written without a time-zone library
const OFFSET = "+03:00";
const START_DAY = Date.UTC(2014, 0, 1);
const DAYS = 1460;

const SIDES = ["government", "opposition", "isil", "sdf"] as const;
type Side = (typeof SIDES)[number];
const SIDE_NAME: Record<Side, string> = {
  government: "Government",
  opposition: "Opposition",
  isil: "ISIL",
  sdf: "SDF",
};
const GROUND: Record<Side, readonly [string, string, string]> = {
  government: ["syrian-army", "tiger-forces", "national-defence-forces"],
  opposition: ["free-syrian-army", "jaysh-al-islam", "ahrar-al-sham"],
  isil: ["isil-raqqa-wilayah", "isil-khayr-wilayah", "isil-homs-wilayah"],
  sdf: ["ypg", "deir-ez-zor-military-council", "manbij-military-council"],
};
const AIR: Record<Side, string> = {
  government: "russian-air-force",
  opposition: "turkish-air-force",
  isil: "isil-drone-unit",
  sdf: "coalition-air-force",
};
const CLAIMANTS = ["SOHR", "military sources", "state media", "local activists", "Amaq", null] as const;
const PARTS = ["early-dawn", "dawn", "early", "morning", "midday", "afternoon", "evening", "late", "night"] as const;
const SHARES = [0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** What the campaign is made of: relative weights of the kinds of event drawn after the opening. */
export const MIX = {
  capture: 300, // place-captured / place-recaptured, 15% of them partial ("30% of the town")
  advance: 200, // front moves: a side now within x km of a place
  "advance-gained": 20, // advance with a distance gained only: no front change
  withdrawal: 80, // front moves back
  clashes: 160,
  "control-reported": 20,
  casualties: 45,
  "civilians-killed": 10,
  airstrike: 60,
  "artillery-bombardment": 35,
  "fire-control": 25,
  "supply-route-cut": 20,
  "supply-route-secured": 15,
  "siege-imposed": 0.25,
  "siege-tightened": 4,
  "siege-broken": 0.1,
  "siege-lifted": 0.1,
  encirclement: 0.4,
  "pocket-cleared": 0.4,
  "offensive-launched": 1.5,
  "offensive-concluded": 1.5,
} as const;
type Draw = keyof typeof MIX;

export interface CampaignOptions {
  /** Built by `campaignCatalogue`. */
  readonly catalogue: Catalogue;
  readonly events: number;
  readonly seed: string;
  /** How many events to rebuild through `createEvent` and compare. */
  readonly verifySample?: number;
}

export interface Campaign {
  readonly events: readonly DomainEvent[];
  /** Events per kind. */
  readonly kinds: Readonly<Partial<Record<EventType, number>>>;
  /** How many events were rebuilt with `createEvent` and found identical. */
  readonly verified: number;
  /** Sieges imposed, and how many of them fell to a capture. */
  readonly sieges: { readonly imposed: number; readonly fallen: number };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** The catalogue: four sides, three ground actors and one air actor each, `places` places on a grid. */
export function campaignCatalogue(places: number): Catalogue {
  const sides: SideEntry[] = SIDES.map((id) => ({ id, name: SIDE_NAME[id] }));
  const actors: ActorEntry[] = SIDES.flatMap((side) =>
    [...GROUND[side], AIR[side]].map(
      (id): ActorEntry => ({
        id,
        name: id
          .split("-")
          .map((w) => (w[0] ?? "").toUpperCase() + w.slice(1))
          .join(" "),
        aliases: [],
        kind: id === AIR[side] ? "air-force" : "armed-group",
        side,
      }),
    ),
  );
  const kinds = ["village", "town", "hill", "checkpoint", "oil-field", "road", "city"] as const;
  const list: PlaceEntry[] = Array.from({ length: places }, (_, i) => ({
    id: `p-${pad(i, 5)}`,
    name: `Place ${pad(i, 5)}`,
    aliases: [],
    kind: kinds[i % kinds.length] ?? "village",
  }));
  const r = buildCatalogue({ sides, places: list, actors });
  if (!r.success) throw new Error(`bench catalogue: ${r.problems.map((p) => p.message).join("; ")}`);
  return r.data;
}

type TimeInput = EventInput["time"];
interface Slot {
  readonly input: TimeInput;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DomainEvent["time"]["precision"];
}

const dateOf = (day: number): string => new Date(START_DAY + day * 86_400_000).toISOString().slice(0, 10);
const dayText = (day: number): string => {
  const d = new Date(START_DAY + day * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const at = (date: string, minutes: number, rest = ":00.000"): string =>
  `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}${rest}${OFFSET}`;

/** One day's event times, in order of their earliest instant. */
function daySlots(day: number, count: number, rng: () => number): Slot[] {
  const date = dateOf(day);
  const text = dayText(day);
  const start = `${date}T00:00:00.000${OFFSET}`;
  const end = `${date}T23:59:59.999${OFFSET}`;
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const x = rng();
    if (x < 0.7) {
      slots.push({ input: { text, date }, earliest: start, latest: end, precision: "day" });
    } else if (x < 0.82) {
      const part = PARTS[Math.floor(rng() * PARTS.length)] ?? "late";
      const [from, to] = DAY_PARTS[part];
      slots.push({
        input: { text: `${part} on ${text}`, date, part },
        earliest: at(date, from * 60),
        latest: to === 24 ? end : at(date, to * 60 - 1, ":59.999"),
        precision: "part-of-day",
      });
    } else if (x < 0.92) {
      const m = (6 + Math.floor(rng() * 14)) * 60 + 15 * Math.floor(rng() * 4);
      const w = [0, 15, 30, 60][Math.floor(rng() * 4)] ?? 0;
      const local = `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
      slots.push({
        input:
          w === 0
            ? { text: `at ${local.slice(11)}`, at: local }
            : { text: `around ${local.slice(11)}`, at: local, approxMinutes: w },
        earliest: at(date, m - w),
        latest: at(date, m + w),
        precision: w === 0 ? "instant" : "approximate",
      });
    } else if (x < 0.97) {
      const to = dateOf(day + 1 + Math.floor(rng() * 3));
      slots.push({
        input: { text: `between ${text} and ${to}`, between: [date, to] },
        earliest: start,
        latest: `${to}T23:59:59.999${OFFSET}`,
        precision: "days",
      });
    } else {
      const by = dateOf(day + 1 + Math.floor(rng() * 6));
      slots.push({
        input: { text: `by ${by}`, by, notBefore: date },
        earliest: start,
        latest: `${by}T23:59:59.999${OFFSET}`,
        precision: "by",
      });
    }
  }
  return slots.sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0));
}

/* ---------- the loaded shape, without zod ---------- */

type Field = "place" | "actor" | "side" | "places" | "places=[]" | "sides" | "qty" | "plain" | "figures" | "shares";

/** Payload fields of the kinds the campaign uses, in schema order (engine/events/kinds.ts). */
const FIELDS: Partial<Record<EventType, readonly (readonly [string, Field])[]>> = {
  "place-captured": [
    ["place", "place"],
    ["actor", "actor"],
    ["share", "qty"],
  ],
  "place-recaptured": [
    ["place", "place"],
    ["actor", "actor"],
    ["share", "qty"],
  ],
  "control-reported": [
    ["place", "place"],
    ["actor", "actor"],
    ["shares", "shares"],
  ],
  advance: [
    ["actor", "actor"],
    ["objective", "place"],
    ["within", "qty"],
    ["gained", "qty"],
    ["from", "place"],
    ["direction", "plain"],
  ],
  withdrawal: [
    ["actor", "actor"],
    ["from", "place"],
    ["to", "place"],
    ["objective", "place"],
    ["within", "qty"],
  ],
  clashes: [
    ["places", "places"],
    ["sides", "sides"],
  ],
  casualties: [
    ["figures", "figures"],
    ["total", "qty"],
  ],
  "civilians-killed": [
    ["killed", "qty"],
    ["by", "actor"],
    ["place", "place"],
  ],
  airstrike: [
    ["actor", "actor"],
    ["against", "actor"],
    ["place", "place"],
    ["target", "plain"],
  ],
  "artillery-bombardment": [
    ["actor", "actor"],
    ["against", "actor"],
    ["place", "place"],
  ],
  "fire-control": [
    ["place", "place"],
    ["actor", "actor"],
  ],
  "supply-route-cut": [
    ["route", "place"],
    ["of", "actor"],
    ["actor", "actor"],
  ],
  "supply-route-secured": [
    ["route", "place"],
    ["actor", "actor"],
  ],
  "siege-imposed": [
    ["siege", "plain"],
    ["name", "plain"],
    ["enclave", "places"],
    ["besieger", "actor"],
    ["besieged", "actor"],
  ],
  "siege-tightened": [
    ["siege", "plain"],
    ["actor", "actor"],
    ["route", "place"],
  ],
  "siege-broken": [
    ["siege", "plain"],
    ["actor", "actor"],
  ],
  "siege-lifted": [
    ["siege", "plain"],
    ["actor", "actor"],
  ],
  encirclement: [
    ["pocket", "plain"],
    ["name", "plain"],
    ["encircled", "actor"],
    ["by", "actor"],
    ["inside", "places=[]"],
    ["area", "place"],
    ["settlements", "qty"],
  ],
  "pocket-cleared": [
    ["pocket", "plain"],
    ["actor", "actor"],
    ["areaKm2", "qty"],
  ],
  "offensive-launched": [
    ["operation", "plain"],
    ["name", "plain"],
    ["actor", "actor"],
    ["objectives", "places=[]"],
    ["area", "place"],
  ],
  "offensive-concluded": [
    ["operation", "plain"],
    ["actor", "actor"],
    ["outcome", "plain"],
  ],
};

type QuantityIn = number | { low?: number; best: number; high?: number; text?: string };

function quantity(q: QuantityIn): Quantity {
  return typeof q === "number"
    ? { low: q, best: q, high: q, text: null }
    : { low: q.low ?? q.best, best: q.best, high: q.high ?? q.best, text: q.text ?? null };
}

const addUnique = (list: string[], id: string): void => {
  if (!list.includes(id)) list.push(id);
};

/** What `createEvent(input, ZONE)` returns, built without parsing: same fields in the same order, deeply frozen. */
function loaded(input: EventInput, slot: Slot): DomainEvent {
  const fields = FIELDS[input.type];
  if (fields === undefined) throw new Error(`bench: no field list for kind '${input.type}'`);
  const src = input.source;
  const places: string[] = [];
  const actors: string[] = [];
  const out: Record<string, unknown> = {
    type: input.type,
    id: input.id,
    time: { text: slot.input.text, earliest: slot.earliest, latest: slot.latest, precision: slot.precision },
    source: { document: src.document, quote: src.quote, attribution: src.attribution ?? null, note: src.note ?? null },
    actors,
    places,
    dependsOn: [],
  };
  const payload = input as unknown as Record<string, unknown>;
  for (const [name, kind] of fields) {
    const v = payload[name];
    if (v === undefined) {
      if (kind === "places=[]") out[name] = [];
      continue;
    }
    switch (kind) {
      case "place":
        addUnique(places, v as string);
        out[name] = v;
        break;
      case "actor":
        addUnique(actors, v as string);
        out[name] = v;
        break;
      case "places":
      case "places=[]":
        for (const p of v as string[]) addUnique(places, p);
        out[name] = [...(v as string[])];
        break;
      case "sides":
        out[name] = [...(v as string[])];
        break;
      case "qty":
        out[name] = quantity(v as QuantityIn);
        break;
      case "figures":
        out[name] = (v as { actor: string; killed?: QuantityIn; wounded?: QuantityIn; captured?: QuantityIn }[]).map(
          (f) => {
            addUnique(actors, f.actor);
            const fig: Record<string, unknown> = { actor: f.actor };
            if (f.killed !== undefined) fig.killed = quantity(f.killed);
            if (f.wounded !== undefined) fig.wounded = quantity(f.wounded);
            if (f.captured !== undefined) fig.captured = quantity(f.captured);
            return fig;
          },
        );
        break;
      case "shares":
        out[name] = (v as { side: string; share: QuantityIn }[]).map((s) => ({
          side: s.side,
          share: quantity(s.share),
        }));
        break;
      default:
        out[name] = v;
    }
  }
  return freeze(out as unknown as DomainEvent, true);
}

/* ---------- the generator ---------- */

interface Theatre {
  x: number;
  y: number;
  attacker: Side;
  defender: Side;
}

/**
 * Generates the campaign. The first `places` events report who holds each place at the start
 * (`control-reported`, some of them divided); the rest are drawn from `MIX` around the theatres.
 */
export function generateCampaign(options: CampaignOptions): Campaign {
  const { events: total, catalogue, seed } = options;
  const placeCount = catalogue.places.length;
  if (total < placeCount) throw new RangeError(`--events (${total}) must be at least --places (${placeCount})`);
  const rng = seedrandom(seed);
  const int = (n: number): number => Math.floor(rng() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

  const placeIds = catalogue.places.map((p) => p.id);
  const fold = new MutableFold({
    placeIds,
    actorSide: new Map(catalogue.actors.map((a) => [a.id, a.side])),
    sides: catalogue.sides.map((s) => s.id),
  });
  const width = Math.ceil(Math.sqrt(placeCount));
  const height = Math.ceil(placeCount / width);
  const indexAt = (x: number, y: number): number => {
    const cx = Math.min(width - 1, Math.max(0, Math.round(x)));
    const cy = Math.min(height - 1, Math.max(0, Math.round(y)));
    return Math.min(placeCount - 1, cy * width + cx);
  };
  const near = (i: number, radius: number): number =>
    indexAt((i % width) + gauss() * radius, Math.floor(i / width) + gauss() * radius);
  const place = (i: number): FoldPlace => fold.places[i] as FoldPlace;
  const id = (i: number): string => placeIds[i] as string;

  // Who holds what at the start: the side of the nearest of four seats, divided along the lines.
  const seats: readonly (readonly [Side, number, number])[] = [
    ["government", 0.25, 0.55],
    ["opposition", 0.2, 0.15],
    ["isil", 0.7, 0.6],
    ["sdf", 0.75, 0.15],
  ];
  const nearestSides = (i: number): [Side, Side] => {
    const x = (i % width) / width;
    const y = Math.floor(i / width) / height;
    const by = seats
      .map(([s, sx, sy]) => [s, (x - sx) ** 2 + (y - sy) ** 2 + rng() * 0.01] as const)
      .sort((a, b) => a[1] - b[1]);
    return [by[0]?.[0] ?? "government", by[1]?.[0] ?? "isil"];
  };

  const newTheatre = (): Theatre => {
    const i = int(placeCount);
    const [first, second] = nearestSides(i);
    const defender = (place(i).controller as Side | null) ?? first;
    const attacker = defender === first ? second : first;
    return { x: i % width, y: Math.floor(i / width), attacker, defender };
  };

  const events: DomainEvent[] = [];
  const kinds: Partial<Record<EventType, number>> = {};
  const sampleEvery = Math.max(1, Math.floor(total / Math.max(1, (options.verifySample ?? 2000) - 500)));
  const samples: { input: EventInput; event: DomainEvent }[] = [];
  let slots: Slot[] = [];
  let slotAt = 0;
  let currentDay = -1;
  const dayOf = (n: number): number =>
    n < placeCount ? 0 : 1 + Math.floor(((n - placeCount) * DAYS) / (total - placeCount));
  const documents = (day: number): string[] => Array.from({ length: 8 }, (_, k) => `report-${pad(day, 4)}-${k}`);
  let docs: string[] = [];

  let n = 0;
  const emit = (input: EventInput): void => {
    const slot = slots[slotAt++];
    if (slot === undefined) throw new Error("bench generator: ran out of time slots");
    const withTime = { ...input, time: slot.input } as EventInput;
    const event = loaded(withTime, slot);
    const rule = fold.check(event);
    if (rule !== null) throw new Error(`bench generator made event #${n} (${event.type}) that breaks '${rule}'`);
    fold.apply(event);
    events.push(event);
    kinds[event.type] = (kinds[event.type] ?? 0) + 1;
    if (n < 500 || n % sampleEvery === 0) samples.push({ input: withTime, event });
    n++;
  };
  const source = (quote: string, attribution?: string | null): EventInput["source"] =>
    attribution === undefined || attribution === null
      ? { document: pick(docs), quote }
      : { document: pick(docs), quote, attribution };
  const km = (best: number): QuantityIn => {
    const b = Math.round(best * 10) / 10;
    if (rng() < 0.7) return b;
    const low = Math.max(0, Math.floor(b * 0.8));
    const high = Math.ceil(b * 1.2);
    return { low, best: b, high, text: `between ${low} and ${high} kilometers` };
  };
  const count = (best: number): QuantityIn =>
    rng() < 0.6
      ? best
      : { low: Math.floor(best * 0.7), best, high: Math.ceil(best * 1.5), text: `at least ${Math.floor(best * 0.7)}` };
  const actorOf = (s: Side): string => pick(GROUND[s]);
  const holdsAll = (p: FoldPlace, s: Side): boolean => p.controller === s && p.shares === null;

  const theatres: Theatre[] = [];
  const activeSieges: string[] = [];
  const formedPockets: string[] = [];
  const activeOps: string[] = [];
  const cutRoutes: { side: Side; route: string }[] = [];
  let siegeCount = 0;
  let pocketCount = 0;
  let opCount = 0;
  const cum: [Draw, number][] = [];
  let weightSum = 0;
  for (const [k, w] of Object.entries(MIX) as [Draw, number][]) {
    weightSum += w;
    cum.push([k, weightSum]);
  }
  const draw = (): Draw => {
    const x = rng() * weightSum;
    for (const [k, c] of cum) if (x < c) return k;
    return "clashes";
  };

  const capture = (i: number, t: Theatre, forced?: Side): boolean => {
    const p = place(i);
    const candidates = forced !== undefined ? [forced] : [t.attacker, t.attacker, t.defender];
    const side = pick(candidates.filter((s) => !holdsAll(p, s)));
    if (side === undefined) return false;
    const actor = actorOf(side);
    const cur = p.shares?.[side] ?? 0;
    const share = forced === undefined && rng() < 0.15 ? pick(SHARES.filter((x) => x > cur + 1e-9)) : undefined;
    const type = p.heldBy.includes(side) && rng() < 0.6 ? "place-recaptured" : "place-captured";
    const verb = type === "place-recaptured" ? "recaptured" : "captured";
    const what = share === undefined ? id(i) : `${Math.round(share * 100)}% of ${id(i)}`;
    emit({
      type,
      id: `e-${n}`,
      place: id(i),
      actor,
      ...(share === undefined ? {} : { share }),
      time: { text: "-", date: "2014-01-01" },
      source: source(
        `${SIDE_NAME[side]} forces (${actor}) ${verb} ${what} after fighting on the ${p.id} axis`,
        pick(CLAIMANTS),
      ),
    });
    return true;
  };

  for (let k = 0; k < 8; k++) theatres.push({ x: 0, y: 0, attacker: "government", defender: "isil" });

  while (n < total) {
    const day = dayOf(n);
    if (day !== currentDay) {
      let m = n;
      while (m < total && dayOf(m) === day) m++;
      slots = daySlots(day, m - n, rng);
      slotAt = 0;
      currentDay = day;
      docs = documents(day);
      if (day === 1) for (let k = 0; k < theatres.length; k++) theatres[k] = newTheatre();
    }
    // The opening: who holds each place.
    if (n < placeCount) {
      const [first, second] = nearestSides(n);
      const divided = rng() < 0.04;
      const share = pick([0.3, 0.4, 0.5, 0.6, 0.7]);
      emit(
        divided
          ? {
              type: "control-reported",
              id: `e-${n}`,
              place: id(n),
              shares: [
                { side: first, share },
                { side: second, share: Math.round((1 - share) * 10) / 10 },
              ],
              time: { text: "-", date: "2014-01-01" },
              source: source(`${id(n)} is divided between ${SIDE_NAME[first]} and ${SIDE_NAME[second]} forces`),
            }
          : {
              type: "control-reported",
              id: `e-${n}`,
              place: id(n),
              actor: actorOf(first),
              time: { text: "-", date: "2014-01-01" },
              source: source(`the ${SIDE_NAME[first]}-held town of ${id(n)}`),
            },
      );
      continue;
    }
    const t = pick(theatres);
    if (rng() < 0.003) {
      t.x = Math.min(width - 1, Math.max(0, t.x + int(3) - 1));
      t.y = Math.min(height - 1, Math.max(0, t.y + int(3) - 1));
    }
    if (rng() < 0.0002) Object.assign(t, newTheatre());
    const i = indexAt(t.x + gauss() * 3, t.y + gauss() * 3);
    const p = place(i);
    const a = t.attacker;
    const d = t.defender;
    const time = { text: "-", date: "2014-01-01" };
    const base = { id: `e-${n}`, time };
    const kind = draw();
    let done = true;
    switch (kind) {
      case "capture": {
        // One capture in fifty goes for the enclave of an active siege, so sieges fall.
        const siegeId = rng() < 0.02 && activeSieges.length > 0 ? pick(activeSieges) : undefined;
        const siege = siegeId === undefined ? undefined : fold.sieges.get(siegeId);
        if (siege !== undefined && siege.status === "active") {
          const open = siege.enclave.filter((j) => !holdsAll(place(j), siege.besieger as Side));
          const j = open.length > 0 ? pick(open) : undefined;
          done = j !== undefined && capture(j, t, siege.besieger as Side);
        } else done = capture(i, t);
        break;
      }
      case "advance":
      case "withdrawal": {
        const side = kind === "advance" ? a : d;
        const actor = actorOf(side);
        const within = km(0.5 + rng() * 60);
        const verb = kind === "advance" ? "advanced to within" : "were pushed back to";
        const quote = `${SIDE_NAME[side]} forces ${verb} ${typeof within === "number" ? within : within.best} km of ${id(i)}`;
        if (kind === "advance") {
          const gained = rng() < 0.1 ? { gained: km(2 + rng() * 30) } : {};
          emit({
            ...base,
            type: "advance",
            actor,
            objective: id(i),
            within,
            ...gained,
            source: source(quote, pick(CLAIMANTS)),
          });
        } else {
          const from = rng() < 0.3 ? { from: id(near(i, 2)) } : {};
          emit({
            ...base,
            type: "withdrawal",
            actor,
            ...from,
            objective: id(i),
            within,
            source: source(quote, pick(CLAIMANTS)),
          });
        }
        break;
      }
      case "advance-gained":
        emit({
          ...base,
          type: "advance",
          actor: actorOf(a),
          gained: km(2 + rng() * 30),
          from: id(i),
          direction: pick(["north", "south", "east", "west"]),
          source: source(`${SIDE_NAME[a]} forces advanced several kilometers from ${id(i)}`),
        });
        break;
      case "clashes": {
        const where = rng() < 0.3 ? [...new Set([id(i), id(near(i, 1.5))])] : [id(i)];
        emit({
          ...base,
          type: "clashes",
          places: where,
          sides: [a, d],
          source: source(`heavy clashes in ${where.join(" and ")}`, pick(CLAIMANTS)),
        });
        break;
      }
      case "control-reported":
        if (rng() < 0.8) {
          const side = (p.controller as Side | null) ?? d;
          emit({
            ...base,
            type: "control-reported",
            place: id(i),
            actor: actorOf(side),
            source: source(`the ${SIDE_NAME[side]}-held village of ${id(i)}`),
          });
        } else {
          const share = pick([0.3, 0.4, 0.6, 0.7]);
          emit({
            ...base,
            type: "control-reported",
            place: id(i),
            shares: [
              { side: a, share },
              { side: d, share: Math.round((1 - share - 0.1) * 10) / 10 },
            ],
            source: source(`${SIDE_NAME[a]} forces control about ${share * 100}% of ${id(i)}`, "SOHR"),
          });
        }
        break;
      case "casualties": {
        const figures = [
          { actor: actorOf(d), killed: count(1 + int(40)), ...(rng() < 0.4 ? { wounded: count(1 + int(80)) } : {}) },
        ];
        if (rng() < 0.5) figures.push({ actor: actorOf(a), killed: count(1 + int(20)) });
        emit({
          ...base,
          type: "casualties",
          figures,
          source: source(`at least ${1 + int(60)} fighters were killed near ${id(i)}`, pick(CLAIMANTS)),
        });
        break;
      }
      case "civilians-killed":
        emit({
          ...base,
          type: "civilians-killed",
          killed: count(1 + int(30)),
          ...(rng() < 0.6 ? { by: AIR[a] } : {}),
          place: id(i),
          source: source(`civilians were killed in strikes on ${id(i)}`, pick(CLAIMANTS)),
        });
        break;
      case "airstrike":
        emit({
          ...base,
          type: "airstrike",
          actor: AIR[a],
          ...(rng() < 0.7 ? { against: actorOf(d) } : {}),
          place: id(i),
          ...(rng() < 0.3 ? { target: "positions and vehicles" } : {}),
          source: source(`warplanes struck ${SIDE_NAME[d]} positions in ${id(i)}`, pick(CLAIMANTS)),
        });
        break;
      case "artillery-bombardment":
        emit({
          ...base,
          type: "artillery-bombardment",
          actor: actorOf(a),
          against: actorOf(d),
          place: id(i),
          source: source(`${SIDE_NAME[a]} artillery shelled ${id(i)}`, pick(CLAIMANTS)),
        });
        break;
      case "fire-control": {
        const side = holdsAll(p, a) ? d : a;
        if (holdsAll(p, side)) done = false;
        else
          emit({
            ...base,
            type: "fire-control",
            place: id(i),
            actor: actorOf(side),
            source: source(`${SIDE_NAME[side]} forces imposed fire control over ${id(i)}`),
          });
        break;
      }
      case "supply-route-cut":
      case "supply-route-secured": {
        // Supply routes are the main roads: one place in a hundred.
        const road = id(Math.min(placeCount - 1, Math.floor(i / 100) * 100));
        const reopen = kind === "supply-route-secured" && cutRoutes.length > 0;
        if (reopen) {
          const r = cutRoutes.splice(int(cutRoutes.length), 1)[0];
          if (r === undefined) throw new Error("unreachable");
          emit({
            ...base,
            type: "supply-route-secured",
            route: r.route,
            actor: actorOf(r.side),
            source: source(`${SIDE_NAME[r.side]} forces reopened the road to ${r.route}`),
          });
        } else if (fold.supplyRoutes.get(`${d}@${road}`)?.status === "cut") {
          done = false;
        } else {
          cutRoutes.push({ side: d, route: road });
          emit({
            ...base,
            type: "supply-route-cut",
            route: road,
            of: actorOf(d),
            actor: actorOf(a),
            source: source(`${SIDE_NAME[a]} forces cut the ${SIDE_NAME[d]} supply line on ${road}`),
          });
        }
        break;
      }
      case "siege-imposed": {
        const besieged = (p.controller as Side | null) === a ? d : ((p.controller as Side | null) ?? d);
        const besieger = besieged === a ? d : a;
        const enclave = [...new Set([id(i), ...Array.from({ length: int(4) }, () => id(near(i, 1.5)))])];
        const sid = `siege-${pad(siegeCount++, 4)}`;
        activeSieges.push(sid);
        emit({
          ...base,
          type: "siege-imposed",
          siege: sid,
          name: `Siege of ${id(i)}`,
          enclave,
          besieger: actorOf(besieger),
          besieged: actorOf(besieged),
          source: source(`${SIDE_NAME[besieger]} forces besieged ${id(i)}`),
        });
        break;
      }
      case "siege-tightened":
      case "siege-broken":
      case "siege-lifted": {
        for (let k = activeSieges.length - 1; k >= 0; k--)
          if (fold.sieges.get(activeSieges[k] as string)?.status !== "active") activeSieges.splice(k, 1);
        const sid = activeSieges.length > 0 ? pick(activeSieges) : undefined;
        const siege = sid === undefined ? undefined : fold.sieges.get(sid);
        if (sid === undefined || siege === undefined) {
          done = false;
          break;
        }
        if (kind === "siege-tightened") {
          const j = pick(siege.enclave);
          const enclavePlace = id(j);
          const route = rng() < 0.8 ? { route: id(near(j, 3)) } : {};
          emit({
            ...base,
            type: "siege-tightened",
            siege: sid,
            actor: actorOf(siege.besieger as Side),
            ...route,
            source: source(`the last road into ${enclavePlace} was cut`),
          });
        } else if (kind === "siege-broken") {
          emit({
            ...base,
            type: "siege-broken",
            siege: sid,
            actor: actorOf(siege.besieged as Side),
            source: source(`${SIDE_NAME[siege.besieged as Side]} forces broke the siege of ${sid}`),
          });
        } else {
          emit({
            ...base,
            type: "siege-lifted",
            siege: sid,
            actor: actorOf(siege.besieger as Side),
            source: source(`the siege ${sid} was lifted`),
          });
        }
        break;
      }
      case "encirclement": {
        const inside = [...new Set([id(i), ...Array.from({ length: 2 + int(5) }, () => id(near(i, 2)))])];
        const pid = `pocket-${pad(pocketCount++, 4)}`;
        formedPockets.push(pid);
        emit({
          ...base,
          type: "encirclement",
          pocket: pid,
          name: `${id(i)} pocket`,
          encircled: actorOf(d),
          by: actorOf(a),
          inside,
          settlements: count(inside.length * 3),
          source: source(`${SIDE_NAME[d]} fighters were encircled around ${id(i)}`),
        });
        break;
      }
      case "pocket-cleared": {
        const pid = formedPockets.length > 0 ? formedPockets.splice(int(formedPockets.length), 1)[0] : undefined;
        const pocket = pid === undefined ? undefined : fold.pockets.get(pid);
        if (pid === undefined || pocket === undefined) {
          done = false;
          break;
        }
        emit({
          ...base,
          type: "pocket-cleared",
          pocket: pid,
          actor: actorOf(pocket.by as Side),
          ...(rng() < 0.7 ? { areaKm2: count(50 + int(2000)) } : {}),
          source: source(`the pocket ${pid} was cleared`),
        });
        break;
      }
      case "offensive-launched": {
        const oid = `op-${pad(opCount++, 5)}`;
        activeOps.push(oid);
        emit({
          ...base,
          type: "offensive-launched",
          operation: oid,
          ...(rng() < 0.5 ? { name: `Operation ${oid}` } : {}),
          actor: actorOf(a),
          objectives: [...new Set([id(i), id(near(i, 4))])],
          source: source(`${SIDE_NAME[a]} forces launched an offensive towards ${id(i)}`),
        });
        break;
      }
      case "offensive-concluded": {
        const oid = activeOps.length > 0 ? activeOps.splice(int(activeOps.length), 1)[0] : undefined;
        const op = oid === undefined ? undefined : fold.operations.get(oid);
        if (oid === undefined || op === undefined) {
          done = false;
          break;
        }
        emit({
          ...base,
          type: "offensive-concluded",
          operation: oid,
          actor: actorOf(op.side as Side),
          source: source(`the offensive ${oid} ended`),
        });
        break;
      }
    }
    if (!done) {
      emit({
        ...base,
        type: "clashes",
        places: [id(i)],
        sides: [a, d],
        source: source(`fighting continued in ${id(i)}`),
      });
    }
  }

  // The shortcut must change nothing: rebuild a sample through createEvent and compare.
  for (const { input, event } of samples) {
    const viaEngine = createEvent(input, ZONE);
    const a = JSON.stringify(viaEngine);
    const b = JSON.stringify(event);
    if (a !== b)
      throw new Error(`bench: event '${event.id}' differs from createEvent's:\n  engine ${a}\n  bench  ${b}`);
    if (!Object.isFrozen(event) || !Object.isFrozen(event.time) || !Object.isFrozen(event.actors))
      throw new Error(`bench: event '${event.id}' is not deeply frozen`);
  }
  let fallen = 0;
  for (const s of fold.sieges.values()) if (s.status === "fallen") fallen++;
  return { events, kinds, verified: samples.length, sieges: { imposed: fold.sieges.size, fallen } };
}
