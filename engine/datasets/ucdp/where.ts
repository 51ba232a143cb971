import type { PlaceKind } from "../../catalogue/schema.js";
import type { CoordinatePrecision, PrecisionScale } from "../places.js";

/**
 * UCDP's `where_prec` (how exactly the location is known) as the catalogue's coordinate
 * precision:
 *
 * | where_prec | UCDP's meaning                                      | precision     |
 * | ---------- | --------------------------------------------------- | ------------- |
 * | 1          | the exact location                                  | `exact`       |
 * | 2          | within about 25 km of the point                     | `near`        |
 * | 3          | only the district (second-order division) is known  | `approximate` |
 * | 4          | only the province (first-order division) is known   | `region`      |
 * | 5          | a larger area or a line ("between A and B")         | `region`      |
 * | 6          | only the country is known                           | `region`      |
 * | 7          | international waters or airspace                    | `region`      |
 */
export function wherePrecision(wherePrec: number): CoordinatePrecision {
  if (wherePrec <= 1) return "exact";
  if (wherePrec === 2) return "near";
  if (wherePrec === 3) return "approximate";
  return "region";
}

/** The kind of place a `where_prec` speaks of where the name does not say: a district, a province, a country. */
export function whereKind(wherePrec: number): PlaceKind {
  if (wherePrec === 3) return "district";
  if (wherePrec === 4) return "province";
  if (wherePrec === 6) return "country";
  return "area";
}

/** UCDP's `where_prec`, for `locationOf`. */
export const WHERE_PREC: PrecisionScale = {
  dataset: "UCDP GED",
  column: "where_prec",
  precision: wherePrecision,
  kind: whereKind,
};
