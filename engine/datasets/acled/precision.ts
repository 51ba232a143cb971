import type { PlaceKind } from "../../catalogue/schema.js";
import { isoDate } from "../cells.js";
import type { CoordinatePrecision, PrecisionScale } from "../places.js";

/**
 * ACLED's `geo_precision` as the catalogue's coordinate precision:
 *
 * | geo_precision | ACLED's meaning                                             | precision |
 * | ------------- | ----------------------------------------------------------- | --------- |
 * | 1             | the town (or a part of it) where the event happened         | `exact`   |
 * | 2             | a place near a town, or a small region: the nearest town    | `near`    |
 * | 3             | only a larger region is known: its capital or centroid      | `region`  |
 */
export function geoPrecision(code: number): CoordinatePrecision {
  return code <= 1 ? "exact" : code === 2 ? "near" : "region";
}

/** The kind of place a `geo_precision` speaks of where the name does not say: a town, or an area. */
export function geoKind(code: number): PlaceKind {
  return code >= 3 ? "area" : "town";
}

/** ACLED's `geo_precision`, for `locationOf`. */
export const GEO_PRECISION: PrecisionScale = {
  dataset: "ACLED",
  column: "geo_precision",
  precision: geoPrecision,
  kind: geoKind,
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WORDED = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -,]+(\d{4})$/;

/** ACLED's `event_date` as YYYY-MM-DD: given as `2015-05-17` (its API) or `17 May 2015` (its export tool); null when neither. */
export function acledDate(text: string): string | null {
  const iso = isoDate(text);
  if (iso !== null) return iso;
  const m = WORDED.exec(text.trim());
  if (m === null) return null;
  const [, d, name, y] = m as unknown as [string, string, string, string];
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (month < 0 || (name.length > 3 && !/^[a-z]+$/i.test(name))) return null;
  return isoDate(`${y}-${String(month + 1).padStart(2, "0")}-${d.padStart(2, "0")}`);
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days an event of `time_precision` may have happened on, around its `event_date`:
 *
 * | time_precision | ACLED's meaning                                   | days                         |
 * | -------------- | ------------------------------------------------- | ---------------------------- |
 * | 1              | the day is known                                  | that day                     |
 * | 2              | only the week: the date is set within that week   | three days either side       |
 * | 3              | only the month: the date is set within that month | the whole calendar month     |
 */
export function acledDays(day: string, precision: number): { readonly from: string; readonly to: string } {
  if (precision <= 1) return { from: day, to: day };
  if (precision === 2) return { from: shift(day, -3), to: shift(day, 3) };
  const first = `${day.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1));
  return { from: first, to: shift(next.toISOString().slice(0, 10), -1) };
}
