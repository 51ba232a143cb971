import { stringify } from "csv-stringify/sync";
import { ACLED_COLUMNS } from "../../engine/datasets/acled/columns.js";

/** The header of an ACLED export, in its order. */
export const ACLED_NAMES = ACLED_COLUMNS.map((c) => c.name);

/**
 * A row in ACLED's column format, written by hand (ACLED's terms forbid redistributing its rows):
 * an armed clash in Ramadi, with `changes` applied. Every cell is a string, as the CSV holds it.
 */
export function acledRow(changes: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    event_id_cnty: "IRQ99001",
    event_date: "2015-05-14",
    year: "2015",
    time_precision: "1",
    disorder_type: "Political violence",
    event_type: "Battles",
    sub_event_type: "Armed clash",
    actor1: "Islamic State (Iraq)",
    inter1: "Rebel group",
    actor2: "Military Forces of Iraq (2014-)",
    inter2: "State forces",
    interaction: "Rebel group-State forces",
    iso: "368",
    region: "Middle East",
    country: "Iraq",
    admin1: "Al Anbar",
    admin2: "Ar-Ramadi",
    location: "Ramadi",
    latitude: "33.4258",
    longitude: "43.2992",
    geo_precision: "1",
    source: "Hand-written example source",
    source_scale: "National",
    notes: "Hand-written example row.",
    fatalities: "3",
    timestamp: "1700000000",
    ...changes,
  };
  return ACLED_NAMES.map((n) => cells[n] ?? "");
}

/** Rows as a CSV with ACLED's header (or another header given). */
export function acledCsv(rows: readonly string[][], header: readonly string[] = ACLED_NAMES): string {
  return stringify([header, ...rows]);
}
