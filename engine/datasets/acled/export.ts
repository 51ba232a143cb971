import type { Scenario } from "../../scenario/scenario.js";
import { exportRows } from "../export-support.js";
import { ACLED_COLUMNS } from "./columns.js";

/**
 * The scenario's ACLED rows as an ACLED export CSV: one row per cited `event_id_cnty`, its columns
 * from the row's fields (the event and sub-event types, actors, date as ACLED wrote it,
 * precisions, fatalities, notes, timestamp) and its point (`latitude`, `longitude`) from the
 * event's place. Events that cite no ACLED row are counted in `skipped`.
 */
export function exportAcled(s: Scenario): { csv: string; rows: number; skipped: number } {
  return exportRows(s, "acled", ACLED_COLUMNS, ({ point }) => ({
    latitude: point?.lat ?? null,
    longitude: point?.lon ?? null,
  }));
}
