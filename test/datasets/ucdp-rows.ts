import { UCDP_COLUMNS } from "../../engine/datasets/ucdp/columns.js";

/** The header of a GED event CSV, in its order. */
export const UCDP_NAMES = UCDP_COLUMNS.map((c) => c.name);

/** A good row of the GED format (Ramadi, 17 May 2015, as GED row 197075 gives it), with some cells changed. */
export function ucdpRow(changes: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    id: "197075",
    year: "2015",
    type_of_violence: "1",
    side_a: "Government of Iraq",
    side_b: "IS",
    where_prec: "1",
    where_coordinates: "Ramādī town",
    adm_1: "Al Anbār province",
    adm_2: "Qaḑā’ ar Ramādī",
    latitude: "33.42056",
    longitude: "43.307779",
    country: "Iraq",
    date_prec: "1",
    date_start: "2015-05-17",
    date_end: "2015-05-17",
    deaths_a: "15",
    deaths_b: "3",
    deaths_civilians: "0",
    deaths_unknown: "0",
    low: "18",
    best: "18",
    high: "18",
    ...changes,
  };
  return UCDP_NAMES.map((n) => cells[n] ?? "");
}
