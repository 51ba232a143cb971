/**
 * `npm run docs:map`: draws the README's picture, the map of the flagship scenario on the eve
 * of the relief of Deir ez-Zor (2017-09-04: the city's siege ring still drawn, the fronts
 * converging), to docs/images/central-syria-2017.svg.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Campaign } from "../../engine/campaign.js";
import { packageRoot } from "../../engine/paths.js";
import { loadScenario } from "../../engine/scenario/builtin.js";
import { mapBase } from "../map/base.js";
import { mapSvg } from "../map/svg.js";

const SCENARIO = "central-syria-2017";
const DAY = "2017-09-04";

const scenario = loadScenario(SCENARIO);
const snap = Campaign.of(scenario).at(DAY);
const dir = join(packageRoot(), "docs", "images");
mkdirSync(dir, { recursive: true });
const file = join(dir, `${SCENARIO}.svg`);
writeFileSync(file, `${mapSvg(mapBase(scenario), snap.state, snap.at.ms, DAY)}\n`);
process.stderr.write(`wrote ${file}\n`);
