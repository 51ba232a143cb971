import type { DateTime } from "luxon";
import type { Catalogue } from "../catalogue/catalogue.js";
import { AREA_KINDS, type PlaceEntry } from "../catalogue/schema.js";
import type { DomainEvent } from "../events/event.js";
import type { Ref } from "../events/refs.js";
import type { ParsedEvent } from "../events/schema.js";
import { describeTime } from "../time/describe.js";
import { type Citation, eventCitation, uncitedCitation } from "./quotes.js";
import type { ParsedScenario } from "./schema.js";

// The checks a scenario file goes through after the schema, each on the parts it can check.

export const SECTIONS = ["initial", "events"] as const;
export type Section = (typeof SECTIONS)[number];
/** `; closest: 'id', …` for a place id the catalogue lacks, or what to do when no place is close. */
function closestIds(catalogue: Catalogue, id: string): string {
  const ids = catalogue.suggestPlaces(id).map((n) => `'${catalogue.findPlace(n)?.id ?? n}'`);
  return ids.length > 0 ? `; closest: ${ids.join(", ")}` : ": add it to the catalogue or use a catalogued place id";
}

/** Reports a problem (or a warning) at a JSON path of the file. */
export type Report = (path: readonly (string | number)[], message: string) => void;
type Sections = Readonly<Record<Section, readonly (ParsedEvent | null)[] | null>>;

/**
 * Reports each catalogue id one event names (`refs`, from `refsOf`) that the catalogue lacks, at
 * its path in the file, and notes the event as unusable; the path is built only for a problem.
 */
export function checkReferences(
  refs: readonly Ref[],
  section: Section,
  i: number,
  catalogue: Catalogue,
  report: Report,
  unusable: Map<number, string>,
): void {
  for (const ref of refs) {
    if (ref.kind === "place" && catalogue.place(ref.id) === undefined) {
      const found = catalogue.findPlace(ref.id);
      report(
        [section, i, ...ref.path],
        found
          ? `'${ref.id}' is a name, not an id: use the place id '${found.id}'`
          : `unknown place '${ref.id}'${closestIds(catalogue, ref.id)}`,
      );
    } else if (ref.kind === "actor" && catalogue.actor(ref.id) === undefined) {
      const found = catalogue.findActor(ref.id);
      report(
        [section, i, ...ref.path],
        found
          ? `'${ref.id}' is a name, not an id: use the actor id '${found.id}'`
          : `unknown actor '${ref.id}': add it to the catalogue or use a catalogued actor id`,
      );
    } else if (ref.kind === "side" && catalogue.side(ref.id) === undefined) {
      report(
        [section, i, ...ref.path],
        `unknown side '${ref.id}': expected one of ${catalogue.sides.map((x) => x.id).join(", ")}`,
      );
    } else continue;
    if (!unusable.has(i)) unusable.set(i, "name something not in the catalogue");
  }
}

export function checkIds(sections: Sections, failedIds: ReadonlySet<string>, report: Report): void {
  // Where each id is first used: an index of the events, or of the initial facts counted from -1
  // down (written out only for a duplicate).
  const seen = new Map<string, number>();
  for (const section of SECTIONS) {
    const list = sections[section] ?? [];
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e === null || e === undefined) continue;
      const prior = seen.get(e.id);
      if (prior !== undefined)
        report(
          [section, i, "id"],
          `duplicate event id '${e.id}' (first used at ${prior < 0 ? `initial[${-prior - 1}]` : `events[${prior}]`}): give each event its own id`,
        );
      else seen.set(e.id, section === "initial" ? -i - 1 : i);
      const deps = e.dependsOn;
      for (let j = 0; j < deps.length; j++) {
        const dep = deps[j] as string;
        if ((!seen.has(dep) && !failedIds.has(dep)) || dep === e.id) {
          report([section, i, "dependsOn", j], `depends on '${dep}', which is not an earlier event of this scenario`);
        }
      }
    }
  }
}

/**
 * Documents are declared once, and every citation (an event's source, an uncited sentence)
 * names a declared one.
 */
export function checkDocuments(
  documents: readonly { readonly id: string }[],
  sections: Sections,
  uncited: readonly { readonly document: string }[],
  report: Report,
): void {
  const docs = new Map<string, number>();
  for (const [i, d] of documents.entries()) {
    const prior = docs.get(d.id);
    if (prior !== undefined)
      report(
        ["documents", i, "id"],
        `document '${d.id}' is already declared (documents[${prior}]): declare each document once`,
      );
    else docs.set(d.id, i);
  }
  const declared = () => [...docs.keys()].join(", ");
  for (const section of SECTIONS) {
    for (const [i, e] of (sections[section] ?? []).entries()) {
      if (e !== null && !docs.has(e.source.document)) {
        report(
          [section, i, "source", "document"],
          `document '${e.source.document}' is not among the scenario's documents (${declared()})`,
        );
      }
    }
  }
  for (const [i, u] of uncited.entries()) {
    if (!docs.has(u.document))
      report(
        ["uncited", i, "document"],
        `document '${u.document}' is not among the scenario's documents (${declared()}): an uncited sentence names the document it is in`,
      );
  }
}

/** Each built event against the last built one before it: the log is in order of earliest time. */
export function checkOrder(events: readonly (DomainEvent | null)[], report: Report): void {
  let a: DomainEvent | null = null;
  let aStart = Number.NEGATIVE_INFINITY;
  for (const [i, b] of events.entries()) {
    if (b === null) continue;
    // A load shares one time object among the events of one time: parse its text once for them.
    const bStart = a !== null && b.time === a.time ? aStart : Date.parse(b.time.earliest);
    if (a !== null && bStart < aStart) {
      report(
        ["events", i, "time"],
        `event '${b.id}' (earliest ${b.time.earliest}, "${describeTime(b.time)}") comes after '${a.id}' (earliest ${a.time.earliest}, "${describeTime(a.time)}") but starts before it: the log must be in order of earliest time; move it up or correct its time`,
      );
    }
    a = b;
    aStart = bStart;
  }
}

/** Events whose whole interval lies outside the span: likely a wrong date, or a span to widen. */
export function checkSpan(
  events: readonly (DomainEvent | null)[],
  written: { readonly start: string; readonly end: string },
  span: { readonly start: DateTime; readonly end: DateTime },
  warn: Report,
): void {
  const start = span.start.toMillis();
  const end = span.end.toMillis();
  let time: DomainEvent["time"] | null = null;
  let before = false;
  let after = false;
  for (const [i, e] of events.entries()) {
    if (e === null) continue;
    // Events of one time share its object (see checkOrder): its place in the span is found once.
    if (e.time !== time) {
      time = e.time;
      before = Date.parse(time.latest) < start;
      after = Date.parse(time.earliest) > end;
    }
    if (before || after)
      warn(
        ["events", i, "time"],
        `event '${e.id}' ("${describeTime(e.time)}", ${e.time.earliest.slice(0, 10)}) lies ${before ? "before" : "after"} the scenario's span (${written.start} to ${written.end}): correct its time, or widen the span`,
      );
  }
}

/**
 * Point places (a town, a hill, a base: any kind but an area's) without coordinates, among the
 * scenario's own catalogue places and the places its events name: a map would leave them out.
 * Each is warned about once, at its own catalogue entry or at the first event that names it: the
 * scenario's own places are checked at once, and the function given back is called with each
 * event's references (`refsOf`) in the file's order, as the loader finds them.
 */
export function coordinateWarnings(
  own: readonly PlaceEntry[],
  catalogue: Catalogue,
  warn: Report,
): (refs: readonly Ref[], section: Section, index: number) => void {
  const seen = new Set<string>();
  const check = (place: PlaceEntry | undefined, path: readonly (string | number)[]) => {
    if (place === undefined || seen.has(place.id)) return;
    seen.add(place.id);
    if (place.coordinates !== undefined || AREA_KINDS.includes(place.kind)) return;
    warn(
      path,
      `place '${place.id}' (${place.kind}) has no coordinates, so a map leaves it out: add "coordinates": { "lat", "lon", "precision", "source" } (npm run gazetteer proposes them), or, where the sources cannot locate it, its parent's point with precision "region" and a note saying so`,
    );
  };
  for (const [i, p] of own.entries()) check(p, ["catalogue", "places", i]);
  return (refs, section, index) => {
    for (const ref of refs)
      if (ref.kind === "place" && !seen.has(ref.id)) check(catalogue.place(ref.id), [section, index, ...ref.path]);
  };
}

/** "2 events failed the schema (events[3], events[5]); 1 has ..." from why each listed event is unusable. */
export function reasons(section: Section, entries: readonly (readonly [number, string])[]): string {
  const by = new Map<string, number[]>();
  for (const [i, why] of [...entries].sort(([a], [b]) => a - b)) by.set(why, [...(by.get(why) ?? []), i]);
  const noun = section === "initial" ? ["initial fact", "initial facts"] : ["event", "events"];
  return [...by.entries()]
    .map(([why, is]) => {
      const shown = is
        .slice(0, 5)
        .map((i) => `${section}[${i}]`)
        .join(", ");
      const verb = is.length === 1 ? why.replace(/^have /, "has ").replace(/^name /, "names ") : why;
      return `${is.length} ${noun[is.length === 1 ? 0 : 1]} ${verb} (${shown}${is.length > 5 ? ", ..." : ""})`;
    })
    .join("; ");
}

/** The citations of every event and uncited sentence that passed the schema. */
export function citationsOfParts(sections: Sections, uncited: ParsedScenario["uncited"]): Citation[] {
  return [
    ...SECTIONS.flatMap((section) =>
      (sections[section] ?? []).flatMap((e, index) => (e === null ? [] : eventCitation(section, index, e))),
    ),
    ...uncited.map((u, index) => uncitedCitation(index, u)),
  ];
}
