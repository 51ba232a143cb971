import type { ColumnSpec } from "../../model/dataset-row.js";

const c = (name: string, type: ColumnSpec["type"], meaning: string, optional = false): ColumnSpec => ({
  name,
  type,
  optional,
  meaning,
});

/**
 * The columns of an ACLED export (the Data Export Tool's CSV), in their order. `event_date`,
 * `latitude` and `longitude` live in the event's time and its place's coordinates; every other
 * column is kept typed in the row's fields, so export gives it back.
 */
export const ACLED_COLUMNS: readonly ColumnSpec[] = [
  c("event_id_cnty", "text", "ACLED's id of the event, unique across countries (e.g. IRQ1234)."),
  c("event_date", "text", "The day of the event (YYYY-MM-DD, or '17 May 2015')."),
  c("year", "int", "Year of the event.", true),
  c("time_precision", "int", "1 the day is known, 2 the week, 3 the month."),
  c("disorder_type", "text", "Political violence, demonstrations, strategic developments.", true),
  c("event_type", "text", "Battles, Explosions/Remote violence, Violence against civilians, ..."),
  c("sub_event_type", "text", "Armed clash, Air/drone strike, Non-state actor overtakes territory, ..."),
  c("actor1", "text", "The first actor."),
  c("assoc_actor_1", "text", "Actors associated with the first.", true),
  c("inter1", "text", "Type code of the first actor.", true),
  c("actor2", "text", "The second actor.", true),
  c("assoc_actor_2", "text", "Actors associated with the second.", true),
  c("inter2", "text", "Type code of the second actor.", true),
  c("interaction", "text", "Code of the pair of actor types.", true),
  c("civilian_targeting", "text", "'Civilian targeting' when civilians were the target.", true),
  c("iso", "int", "ISO 3166 numeric code of the country.", true),
  c("region", "text", "ACLED region.", true),
  c("country", "text", "Country name.", true),
  c("admin1", "text", "First-order administrative division.", true),
  c("admin2", "text", "Second-order administrative division.", true),
  c("admin3", "text", "Third-order administrative division.", true),
  c("location", "text", "The location's name."),
  c("latitude", "number", "Latitude, decimal degrees."),
  c("longitude", "number", "Longitude, decimal degrees."),
  c("geo_precision", "int", "1 the town itself, 2 near it or a part of a region, 3 a larger region."),
  c("source", "text", "The sources of the event.", true),
  c("source_scale", "text", "Local, national, international, ...", true),
  c("notes", "text", "ACLED's description of the event.", true),
  c("fatalities", "int", "Reported fatalities (ACLED's conservative figure)."),
  c("tags", "text", "Further tags (crowd size, ...).", true),
  c("timestamp", "int", "When ACLED last changed the row (Unix seconds)."),
];

/** Columns the event itself holds (time and coordinates), not repeated in the row's fields. */
export const ACLED_EVENT_COLUMNS: ReadonlySet<string> = new Set(["latitude", "longitude"]);

/** The columns a row's fields keep. */
export const ACLED_FIELD_COLUMNS: readonly ColumnSpec[] = ACLED_COLUMNS.filter((x) => !ACLED_EVENT_COLUMNS.has(x.name));
