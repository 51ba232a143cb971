// Compiles the built-in scenarios into dist/scenarios/ (run by `npm run build`), so that opening
// one skips validation. A compiled scenario is used only while its source files are unchanged.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { builtInScenarios } from "../../engine/scenario/builtin.js";
import { builtInSources, compiledPath, compileScenario, hashFiles } from "../../engine/scenario/compiled.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";

for (const entry of builtInScenarios()) {
  const scenario = loadScenarioFile(entry.file);
  const out = compiledPath(scenario.id);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(compileScenario(scenario, hashFiles(builtInSources(scenario.id)))));
}
