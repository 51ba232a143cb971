import type { ColumnSpec } from "../../model/dataset-row.js";
import { columnTable } from "../column-table.js";

/**
 * The columns of an ACLED export (its export tool's or API's CSV, as the ACLED Codebook lists
 * them), in their order. `latitude` and `longitude` live in the event's place's coordinates;
 * every other column, `event_date` as ACLED wrote it included, is kept typed in the row's fields,
 * so export gives it back.
 */
export const ACLED_COLUMNS: readonly ColumnSpec[] = columnTable(`
  event_id_cnty      | text   | ACLED's id of the event, unique across countries (e.g. IRQ1234).
  event_date         | text   | The day of the event (YYYY-MM-DD, or '17 May 2015').
  year               | int?   | Year of the event.
  time_precision     | int    | 1 the day is known, 2 the week, 3 the month.
  disorder_type      | text?  | Political violence, demonstrations, strategic developments.
  event_type         | text   | Battles, Explosions/Remote violence, Violence against civilians, ...
  sub_event_type     | text   | Armed clash, Air/drone strike, Non-state actor overtakes territory, ...
  actor1             | text   | The first actor.
  assoc_actor_1      | text?  | Actors associated with the first.
  inter1             | text?  | Type code of the first actor.
  actor2             | text?  | The second actor.
  assoc_actor_2      | text?  | Actors associated with the second.
  inter2             | text?  | Type code of the second actor.
  interaction        | text?  | Code of the pair of actor types.
  civilian_targeting | text?  | 'Civilian targeting' when civilians were the target.
  iso                | int?   | ISO 3166 numeric code of the country.
  region             | text?  | ACLED region.
  country            | text?  | Country name.
  admin1             | text?  | First-order administrative division.
  admin2             | text?  | Second-order administrative division.
  admin3             | text?  | Third-order administrative division.
  location           | text   | The location's name.
  latitude           | number | Latitude, decimal degrees.
  longitude          | number | Longitude, decimal degrees.
  geo_precision      | int    | 1 the town itself, 2 near it or a part of a region, 3 a larger region.
  source             | text?  | The sources of the event.
  source_scale       | text?  | Local, national, international, ...
  notes              | text?  | ACLED's description of the event.
  fatalities         | int    | Reported fatalities (ACLED's conservative figure).
  tags               | text?  | Further tags (crowd size, ...).
  timestamp          | int    | When ACLED last changed the row (Unix seconds).
`);

/** Columns the event itself holds (its coordinates), not repeated in the row's fields. */
export const ACLED_EVENT_COLUMNS: ReadonlySet<string> = new Set(["latitude", "longitude"]);

/** The columns a row's fields keep. */
export const ACLED_FIELD_COLUMNS: readonly ColumnSpec[] = ACLED_COLUMNS.filter((x) => !ACLED_EVENT_COLUMNS.has(x.name));
