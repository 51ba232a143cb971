import type { Precision } from "../../engine/catalogue/schema.js";
import { parseCsv } from "./csv.js";
import type { GazetteerEntry } from "./entries.js";

/** UCDP GED's `where_prec` read as a catalogue precision: 1 the very place, 2 within 25 km, 3–4 an admin division. */
const PRECISION: Readonly<Record<string, Precision>> = {
  "1": "exact",
  "2": "approximate",
  "3": "region",
  "4": "region",
};

/** The location words UCDP puts after a name ("Ramādī town", "Al Anbār province"). */
const WORDS = ["town", "city", "village", "province", "district", "governorate", "area", "neighbourhood", "camp"];

/** "Ramādī town" → ["Ramādī", "town"]; a name with no location word keeps it all ("Bayji Oil Refinery"). */
function splitWhere(where: string): [string, string] {
  const m = /^(.*\S)\s+(\S+)$/.exec(where.trim());
  if (m?.[1] !== undefined && m[2] !== undefined && WORDS.includes(m[2].toLowerCase()))
    return [m[1], m[2].toLowerCase()];
  return [where.trim(), "site"];
}

/**
 * The event locations of a UCDP GED CSV export (HDX's, with its row of HXL hashtags), one entry per
 * distinct (location name, position, where_prec), cited by the lowest row id that has it:
 * "UCDP GED 197065". Rows located only to a country or a line (where_prec 5–7) are left out.
 */
export function readUcdp(text: string): GazetteerEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`UCDP GED CSV has no '${name}' column: expected the HDX export's header`);
    return i;
  };
  const [id, where, prec, lat, lon, iso3] = [
    "id",
    "where_coordinates",
    "where_prec",
    "latitude",
    "longitude",
    "iso3",
  ].map(col) as [number, number, number, number, number, number];
  const best = new Map<string, { row: number; entry: Omit<GazetteerEntry, "source"> }>();
  for (const r of rows) {
    const rowId = Number(r[id]);
    const precision = PRECISION[r[prec] ?? ""];
    const la = Number(r[lat]);
    const lo = Number(r[lon]);
    const whereText = r[where] ?? "";
    if (
      !Number.isInteger(rowId) ||
      precision === undefined ||
      !Number.isFinite(la) ||
      !Number.isFinite(lo) ||
      whereText === ""
    )
      continue;
    const [name, feature] = splitWhere(whereText);
    const key = `${whereText}|${la}|${lo}|${r[prec]}`;
    const prior = best.get(key);
    if (prior !== undefined && prior.row <= rowId) continue;
    const country = r[iso3] === "IRQ" ? "IQ" : r[iso3] === "SYR" ? "SY" : (r[iso3] ?? "");
    best.set(key, { row: rowId, entry: { name, names: [name], lat: la, lon: lo, country, feature, precision } });
  }
  return [...best.values()]
    .sort((a, b) => a.row - b.row)
    .map(({ row, entry }) => ({ source: `UCDP GED ${row}`, ...entry }));
}
