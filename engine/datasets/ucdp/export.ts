import { stringify } from "csv-stringify/sync";
import type { Scenario } from "../../scenario/scenario.js";
import { citedRows, localDay } from "../export-support.js";
import { UCDP_COLUMNS } from "./columns.js";

/**
 * The scenario's UCDP GED rows as a GED event CSV: one row per cited row id, its columns from the
 * row's fields, its dates from the event's time (`date_start`, `date_end`: the first and last local
 * day) and its point from its place (`latitude`, `longitude`, `geom_wkt`). Events that cite no GED
 * row have no GED form and are counted in `skipped`.
 */
export function exportUcdp(s: Scenario): { csv: string; rows: number; skipped: number } {
  const { rows, others } = citedRows(s, "ucdp-ged");
  const records = rows.map(({ first, point }) => {
    const fields = first.source.row?.fields ?? {};
    const own: Record<string, string | number | null> = {
      date_start: localDay(first.time.earliest),
      date_end: localDay(first.time.latest),
      latitude: point?.lat ?? null,
      longitude: point?.lon ?? null,
      geom_wkt: point === null ? null : `POINT (${point.lon} ${point.lat})`,
    };
    return UCDP_COLUMNS.map((c) => {
      const v = c.name in own ? own[c.name] : fields[c.name];
      return v === null || v === undefined ? "" : String(v);
    });
  });
  const csv = stringify(records, { header: true, columns: UCDP_COLUMNS.map((c) => c.name) });
  return { csv, rows: records.length, skipped: others };
}
