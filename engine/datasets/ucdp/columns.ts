import type { ColumnSpec } from "../../model/dataset-row.js";

const c = (name: string, type: ColumnSpec["type"], meaning: string, optional = false): ColumnSpec => ({
  name,
  type,
  optional,
  meaning,
});

/**
 * The columns of a UCDP GED event export (GEDEvent CSV, as UCDP and the Humanitarian Data
 * Exchange publish it), in their order. Each keeps a home on import: the event's time
 * (`date_start`, `date_end`), its place's coordinates (`latitude`, `longitude`, `geom_wkt`), or
 * the row's typed fields (`DatasetRow.fields`), from which export gives them back.
 */
export const UCDP_COLUMNS: readonly ColumnSpec[] = [
  c("id", "int", "UCDP's id of the event."),
  c("year", "int", "Year of the event."),
  c("active_year", "int", "1 when the conflict-year is active (25 or more deaths), else 0.", true),
  c("start_year", "int", "First year of the conflict (HDX export).", true),
  c("end_year", "int", "Last year of the conflict (HDX export).", true),
  c("type_of_violence", "int", "1 state-based, 2 non-state, 3 one-sided violence."),
  c("conflict_new_id", "int", "UCDP's id of the conflict.", true),
  c("conflict_name", "text", "The conflict's name.", true),
  c("dyad_new_id", "int", "UCDP's id of the dyad (the pair of sides).", true),
  c("dyad_name", "text", "The dyad's name.", true),
  c("side_a_new_id", "int", "UCDP's id of side A.", true),
  c("gwnoa", "text", "Gleditsch–Ward number of side A when a state.", true),
  c("side_a", "text", "Side A's name."),
  c("side_b_new_id", "int", "UCDP's id of side B.", true),
  c("gwnob", "text", "Gleditsch–Ward number of side B when a state.", true),
  c("side_b", "text", "Side B's name ('Civilians' in one-sided violence)."),
  c("number_of_sources", "int", "How many sources report the event (-1 when not recorded).", true),
  c("source_article", "text", "The articles the event is coded from.", true),
  c("source_office", "text", "The news agencies or offices of the sources.", true),
  c("source_date", "text", "The dates of the sources.", true),
  c("source_headline", "text", "The headlines of the sources.", true),
  c("source_original", "text", "The original sources the articles cite.", true),
  c("where_prec", "int", "Precision of the location, 1 (exact) to 7 (country or international waters)."),
  c("where_coordinates", "text", "The location's name as UCDP gives it."),
  c("adm_1", "text", "First-order administrative division (province).", true),
  c("adm_2", "text", "Second-order administrative division (district).", true),
  c("latitude", "number", "Latitude, decimal degrees."),
  c("longitude", "number", "Longitude, decimal degrees."),
  c("geom_wkt", "text", "The point as WKT.", true),
  c("priogrid_gid", "int", "PRIO-GRID cell id.", true),
  c("country", "text", "Country name.", true),
  c("country_id", "int", "Gleditsch–Ward number of the country.", true),
  c("iso3", "text", "ISO 3166 alpha-3 code of the country (HDX export).", true),
  c("region", "text", "UCDP region.", true),
  c("event_clarity", "int", "1 clear event, 2 an aggregate of events.", true),
  c("date_prec", "int", "Precision of the dates, 1 (day) to 5 (year)."),
  c("date_start", "date", "Earliest day of the event."),
  c("date_end", "date", "Latest day of the event."),
  c("deaths_a", "int", "Deaths of side A."),
  c("deaths_b", "int", "Deaths of side B."),
  c("deaths_civilians", "int", "Civilian deaths."),
  c("deaths_unknown", "int", "Deaths whose side is unknown."),
  c("low", "int", "Low estimate of the total deaths."),
  c("best", "int", "Best estimate of the total deaths."),
  c("high", "int", "High estimate of the total deaths."),
];

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
