import type { CellValue } from "../../model/dataset-row.js";
import { pointProblems } from "../cells.js";
import { locationOf } from "../places.js";
import type { RowProblem } from "../report.js";
import type { RowContext, RowEvents } from "../row-import.js";
import { citing, type KeyedEvent } from "../scenario-file.js";
import { ACLED_FIELD_COLUMNS } from "./columns.js";
import { acledDate, acledDays, GEO_PRECISION } from "./precision.js";

/** The event kinds ACLED sub-event types become; every other sub-event type is a `development`. */
export const ACLED_KINDS: Readonly<Record<string, string>> = {
  "Armed clash": "clashes",
  "Non-state actor overtakes territory": "place-captured",
  "Government regains territory": "place-captured",
  "Non-violent transfer of territory": "control-reported",
  "Headquarters or base established": "control-reported",
  "Air/drone strike": "airstrike",
  "Shelling/artillery/missile attack": "artillery-bombardment",
  Attack: "civilians-killed",
};

const num = (v: CellValue | undefined) => v as number;
const str = (v: CellValue | undefined) => v as string;

/** An ACLED id as an event id: `IRQ1234` is `acled-irq1234`. */
export function acledEventId(rowId: string): string {
  return `acled-${rowId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

/**
 * The events of one ACLED row (its cells already typed): the kind its `sub_event_type` maps to in
 * `ACLED_KINDS` (a capture or a report of control of its `location` by `actor1`, a clash of the
 * sides of `actor1` and `actor2`, an airstrike or a shelling by `actor1` on `actor2`, civilians
 * killed by `actor1`), else a `development` with its types; and, where `fatalities` is above 0 and
 * not already the count of civilians killed, a `casualties` event whose deaths of no known side
 * (`unknown`) and `total` it is, naming the actors of a side without a count. A row whose
 * actors lack a side for the kind becomes a `development` instead, with a warning. Problems make
 * the row unusable; warnings do not.
 */
export function acledRowEvents(v: Readonly<Record<string, CellValue>>, row: number, ctx: RowContext): RowEvents {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const bad = (column: string, message: string) => problems.push({ row, column, message });
  const lat = num(v.latitude);
  const lon = num(v.longitude);
  problems.push(...pointProblems(row, lat, lon));
  const day = acledDate(str(v.event_date));
  if (day === null) bad("event_date", `'${v.event_date}' is not a date (expected YYYY-MM-DD or '17 May 2015')`);
  const timePrec = num(v.time_precision);
  if (timePrec < 1 || timePrec > 3) bad("time_precision", `${timePrec} is not a precision from 1 to 3`);
  const geoPrec = num(v.geo_precision);
  if (geoPrec < 1 || geoPrec > 3) bad("geo_precision", `${geoPrec} is not a precision from 1 to 3`);
  const fatalities = num(v.fatalities);
  if (fatalities < 0) bad("fatalities", `${fatalities} is negative`);
  if (problems.length > 0 || day === null) return { events: [], problems, warnings };

  const rowId = str(v.event_id_cnty);
  const id = acledEventId(rowId);
  const location = str(v.location);
  const place = ctx.places.idOf(locationOf(location, { lat, lon }, geoPrec, GEO_PRECISION));
  const warn = (p: RowProblem) => warnings.push(p);
  const a1 = ctx.actors.idOf(str(v.actor1), row, warn, "actor1");
  const a2 = v.actor2 === null || v.actor2 === undefined ? null : ctx.actors.idOf(str(v.actor2), row, warn, "actor2");
  const side1 = ctx.actors.sideOf(a1);
  const side2 = a2 === null ? null : ctx.actors.sideOf(a2);
  const opposed = side1 !== null && side2 !== null && side1 !== side2;
  const fields = Object.fromEntries(ACLED_FIELD_COLUMNS.map((c) => [c.name, v[c.name] ?? null]));
  const days = acledDays(day, timePrec);
  const note = `ACLED event_date ${v.event_date}, time_precision ${timePrec}`;
  const base = {
    time: days.from === days.to ? { text: "", note, date: day } : { text: "", note, between: [days.from, days.to] },
    source: { document: ctx.document, row: { dataset: "acled", id: rowId, fields } },
    places: [place],
  };
  const subType = str(v.sub_event_type);
  const development = { type: "development", category: `${v.event_type}: ${subType}`, actor: a1 };
  let kind = ACLED_KINDS[subType] ?? "development";
  const needs = kind === "clashes" ? opposed : kind === "development" || kind === "civilians-killed" || side1 !== null;
  if (!needs) {
    warn({
      row,
      column: kind === "clashes" ? "actor2" : "actor1",
      message: `'${subType}' needs ${kind === "clashes" ? "two actors of opposing sides" : "an actor of a side"}, and ${kind === "clashes" ? `'${v.actor1}' and '${v.actor2 ?? ""}' are not` : `'${v.actor1}' is not one`}: imported as a development`,
    });
    kind = "development";
  }
  const own: Record<string, unknown> =
    kind === "clashes"
      ? { type: kind, actors: [a1, a2], sides: [side1, side2] }
      : kind === "place-captured" || kind === "control-reported"
        ? { type: kind, place, actor: a1 }
        : kind === "airstrike" || kind === "artillery-bombardment"
          ? { type: kind, actor: a1, ...(opposed ? { against: a2 } : {}), place }
          : kind === "civilians-killed"
            ? { type: kind, killed: fatalities, by: a1, place }
            : { ...development, ...(a2 === null || a2 === a1 ? {} : { against: a2 }), place };
  const events: KeyedEvent[] = [{ order: [days.from, rowId, 0], event: { id, ...own, ...base } }];
  if (fatalities > 0 && kind !== "civilians-killed") {
    // ACLED does not split the toll by side: the sides' actors are named without a count, and the
    // toll is the report's deaths of no known side (what forecasts and counts of deaths read).
    const figures = [a1, ...(a2 === null || a2 === a1 ? [] : [a2])]
      .filter((a) => ctx.actors.sideOf(a) !== null)
      .map((actor) => ({ actor }));
    events.push({
      order: [days.from, rowId, 1],
      event: {
        id: `${id}-deaths`,
        type: "casualties",
        ...base,
        source: citing(base.source),
        figures,
        unknown: fatalities,
        total: fatalities,
      },
    });
  }
  return { events, problems, warnings };
}
