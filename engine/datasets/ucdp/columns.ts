import type { ColumnSpec } from "../../model/dataset-row.js";
import { columnTable } from "../column-table.js";

/**
 * The columns of a UCDP GED event export (GEDEvent CSV, as UCDP and the Humanitarian Data
 * Exchange publish it), in their order. Each keeps a home on import: the event's time
 * (`date_start`, `date_end`), its place's coordinates (`latitude`, `longitude`, `geom_wkt`), or
 * the row's typed fields (`DatasetRow.fields`), from which export gives them back.
 */
export const UCDP_COLUMNS: readonly ColumnSpec[] = columnTable(`
  id                | int    | UCDP's id of the event.
  year              | int    | Year of the event.
  active_year       | int?   | 1 when the conflict-year is active (25 or more deaths), else 0.
  start_year        | int?   | First year of the conflict (HDX export).
  end_year          | int?   | Last year of the conflict (HDX export).
  type_of_violence  | int    | 1 state-based, 2 non-state, 3 one-sided violence.
  conflict_new_id   | int?   | UCDP's id of the conflict.
  conflict_name     | text?  | The conflict's name.
  dyad_new_id       | int?   | UCDP's id of the dyad (the pair of sides).
  dyad_name         | text?  | The dyad's name.
  side_a_new_id     | int?   | UCDP's id of side A.
  gwnoa             | text?  | Gleditsch–Ward number of side A when a state.
  side_a            | text   | Side A's name.
  side_b_new_id     | int?   | UCDP's id of side B.
  gwnob             | text?  | Gleditsch–Ward number of side B when a state.
  side_b            | text   | Side B's name ('Civilians' in one-sided violence).
  number_of_sources | int?   | How many sources report the event (-1 when not recorded).
  source_article    | text?  | The articles the event is coded from.
  source_office     | text?  | The news agencies or offices of the sources.
  source_date       | text?  | The dates of the sources.
  source_headline   | text?  | The headlines of the sources.
  source_original   | text?  | The original sources the articles cite.
  where_prec        | int    | Precision of the location, 1 (exact) to 7 (country or international waters).
  where_coordinates | text   | The location's name as UCDP gives it.
  adm_1             | text?  | First-order administrative division (province).
  adm_2             | text?  | Second-order administrative division (district).
  latitude          | number | Latitude, decimal degrees.
  longitude         | number | Longitude, decimal degrees.
  geom_wkt          | text?  | The point as WKT.
  priogrid_gid      | int?   | PRIO-GRID cell id.
  country           | text?  | Country name.
  country_id        | int?   | Gleditsch–Ward number of the country.
  iso3              | text?  | ISO 3166 alpha-3 code of the country (HDX export).
  region            | text?  | UCDP region.
  event_clarity     | int?   | 1 clear event, 2 an aggregate of events.
  date_prec         | int    | Precision of the dates, 1 (day) to 5 (year).
  date_start        | date   | Earliest day of the event.
  date_end          | date   | Latest day of the event.
  deaths_a          | int    | Deaths of side A.
  deaths_b          | int    | Deaths of side B.
  deaths_civilians  | int    | Civilian deaths.
  deaths_unknown    | int    | Deaths whose side is unknown.
  low               | int    | Low estimate of the total deaths.
  best              | int    | Best estimate of the total deaths.
  high              | int    | High estimate of the total deaths.
`);

/** Columns the event itself holds (time and coordinates), not repeated in the row's fields. */
export const UCDP_EVENT_COLUMNS: ReadonlySet<string> = new Set([
  "latitude",
  "longitude",
  "geom_wkt",
  "date_start",
  "date_end",
]);

/** The columns a row's fields keep. */
export const UCDP_FIELD_COLUMNS: readonly ColumnSpec[] = UCDP_COLUMNS.filter((x) => !UCDP_EVENT_COLUMNS.has(x.name));
