import { stringify } from "csv-stringify/sync";
import type { Scenario } from "../scenario/scenario.js";
import { pointOf } from "./geo.js";
import { eventFacts } from "./geojson.js";

/** The columns of the flat CSV of events. */
export const EVENT_CSV_COLUMNS = [
  "id",
  "type",
  "earliest",
  "latest",
  "precision",
  "places",
  "latitude",
  "longitude",
  "sides",
  "actors",
  "killed_low",
  "killed_best",
  "killed_high",
  "document",
  "quote",
  "attribution",
  "dataset",
  "row_id",
] as const;

/**
 * Every event of a scenario as one CSV row: id, kind, time interval, places (ids, `;` between),
 * the first located place's point, sides, actors, deaths (low/best/high) and source (document and
 * quote, or dataset and row id). For a spreadsheet; it is not read back.
 */
export function eventsCsv(s: Scenario): string {
  const rows = s.events.map((e) => {
    const located = e.places.map((p) => pointOf(s.catalogue, p)).find((p) => p !== null) ?? null;
    const killed = eventFacts.killedOf(e);
    return [
      e.id,
      e.type,
      e.time.earliest,
      e.time.latest,
      e.time.precision,
      e.places.join(";"),
      located?.lat ?? "",
      located?.lon ?? "",
      eventFacts.sidesOf(s, e).join(";"),
      e.actors.join(";"),
      killed?.low ?? "",
      killed?.best ?? "",
      killed?.high ?? "",
      e.source.document,
      e.source.quote ?? "",
      e.source.attribution ?? "",
      e.source.row?.dataset ?? "",
      e.source.row?.id ?? "",
    ];
  });
  return stringify(rows, { header: true, columns: [...EVENT_CSV_COLUMNS] });
}
