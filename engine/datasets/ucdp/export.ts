import type { Scenario } from "../../scenario/scenario.js";
import { exportRows, localDay } from "../export-support.js";
import { UCDP_COLUMNS } from "./columns.js";

/**
 * The scenario's UCDP GED rows as a GED event CSV: one row per cited row id, its columns from the
 * row's fields, its dates from the event's time (`date_start`, `date_end`: the first and last local
 * day) and its point from its place (`latitude`, `longitude`, `geom_wkt`). Events that cite no GED
 * row have no GED form and are counted in `skipped`.
 */
export function exportUcdp(s: Scenario): { csv: string; rows: number; skipped: number } {
  return exportRows(s, "ucdp-ged", UCDP_COLUMNS, ({ first, point }) => ({
    date_start: localDay(first.time.earliest),
    date_end: localDay(first.time.latest),
    latitude: point?.lat ?? null,
    longitude: point?.lon ?? null,
    geom_wkt: point === null ? null : `POINT (${point.lon} ${point.lat})`,
  }));
}
