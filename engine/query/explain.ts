import type { DomainEvent } from "../events/event.js";
import { citedWords } from "../model/cited-words.js";
import type { EventId, PlaceId, SideId } from "../model/ids.js";
import { type Quantity, shareInWords } from "../model/quantity.js";
import type { ControlBasis, PlaceState } from "../state/types.js";
import { MONTH_NAMES as MONTHS } from "../time/describe.js";
import { CONTROL_FIELDS, type HistoryEntry } from "./history.js";

/** Why a place is held by whom at a moment: the chain of events that made it so, with their quotes. */
export interface Explanation {
  readonly place: PlaceId;
  /** The moment asked about (ISO 8601). */
  readonly at: string;
  readonly controller: SideId | null;
  readonly shares: Readonly<Record<SideId, Quantity>> | null;
  /** What the control rests on: a reported event, or inference from a later capture (see `Scenario.inferred`). */
  readonly basis: ControlBasis | null;
  /** For an inferred holding, the capture it is inferred from. */
  readonly inferredFrom: EventId | null;
  readonly contested: boolean;
  /** The setting event may not have happened yet at this moment. */
  readonly uncertain: boolean;
  /** Every change of control up to the moment, oldest first; the last one is why it stands as it does. */
  readonly chain: readonly HistoryEntry[];
  /** A sentence that says it. */
  readonly summary: string;
}

/** "by fifth-corps on 2017-09-04": who took the place, and the (local) day it did. */
function captureText(event: DomainEvent): string {
  const by = "actor" in event && typeof event.actor === "string" ? `by ${event.actor} ` : "";
  return `${by}on ${event.time.earliest.slice(0, 10)}`;
}

/** The local day of an ISO 8601 time with offset, in words: "28 September 2017". */
function dayInWords(iso: string): { day: string; year: string } {
  const [year = "", month = "1", day = "1"] = iso.slice(0, 10).split("-");
  return { day: `${Number(day)} ${MONTHS[Number(month) - 1] ?? month}`, year };
}

/** When an event happened, as its interval allows: "21 October 2017", or "between 28 September and 1 October 2017". */
function whenInWords(earliest: string, latest: string): string {
  const a = dayInWords(earliest);
  // The latest time of a day-long interval is the day's last millisecond: the same local day.
  const b = dayInWords(latest);
  if (a.day === b.day && a.year === b.year) return `${a.day} ${a.year}`;
  return a.year === b.year
    ? `between ${a.day} and ${b.day} ${b.year}`
    : `between ${a.day} ${a.year} and ${b.day} ${b.year}`;
}

/** Display names for the summary; ids where none is given. */
export interface ExplainNames {
  place(id: string): string;
  side(id: string): string;
}

const ID_NAMES: ExplainNames = { place: (id) => id, side: (id) => id };

/**
 * Explains a place's control at a moment from its history (see `placeHistory`). With `names`
 * (e.g. from the catalogue) the summary names the place and the sides as people do.
 * @example
 * explainControl("sukhnah", history, state.places[i], "2017-08-06T23:59:59.999+03:00", false).summary;
 * // "sukhnah has been held by syrian-government since 6 August 2017 (\"on 6 August\"; cs-0806-...): \"...\""
 */
export function explainControl(
  place: PlaceId,
  history: readonly HistoryEntry[],
  current: PlaceState,
  atIso: string,
  uncertain: boolean,
  names: ExplainNames = ID_NAMES,
): Explanation {
  const atMs = Date.parse(atIso);
  const chain = history.filter(
    (h) =>
      (h.initial || Date.parse(h.event.time.earliest) <= atMs) &&
      h.fields.some((f) => (CONTROL_FIELDS as readonly string[]).includes(f.field)),
  );
  const last = chain[chain.length - 1];
  const held = current.shares
    ? `divided (${Object.entries(current.shares)
        .map(([s, v]) => `${names.side(s)} ${shareInWords(v)}`)
        .join(", ")})`
    : current.controller === null
      ? "held by nobody known"
      : `held by ${names.side(current.controller)}`;
  const name = names.place(place);
  let summary: string;
  if (last === undefined) {
    summary = `No source says who holds ${name} at ${atIso}.`;
  } else if (last.inferred && current.basis === "inferred") {
    const e = last.event;
    summary = `${name} is ${held}${current.contested ? ", and fought over," : ""}, inferred from its capture ${captureText(e)} (${e.id}): "${citedWords(e.source)}"`;
  } else {
    const e = last.event;
    const source = `${e.id}${e.source.attribution ? `, according to ${e.source.attribution}` : ""}`;
    const t = e.time;
    const wording = t.text === "" ? (t.note ?? "") : `"${t.text}"${t.note === undefined ? "" : ` (${t.note})`}`;
    summary =
      `${name} has been ${held}${current.contested ? ", and fought over," : ""} since ${whenInWords(e.time.earliest, e.time.latest)}` +
      ` (${wording === "" ? "" : `${wording}; `}${source}): "${citedWords(e.source)}"` +
      (uncertain
        ? " — uncertain at this moment: the event may not have happened yet."
        : /[.!?]$/.test(citedWords(e.source))
          ? ""
          : ".");
  }
  return {
    place,
    at: atIso,
    controller: current.controller,
    shares: current.shares,
    basis: current.basis,
    inferredFrom: current.inferredFrom,
    contested: current.contested,
    uncertain,
    chain,
    summary,
  };
}
