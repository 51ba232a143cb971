// Refreshes the output the README and the pages of docs/ show for their sitrep command lines
// (npm run docs:readme; needs a build).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../engine/paths.js";
import { compactJson } from "../docs/event-reference.js";
import { documentationPages } from "../docs/pages.js";
import { cutLike, pooled, readmeExamples, runLine } from "../docs/readme-examples.js";

const pages = documentationPages(packageRoot()).map((page) => join(packageRoot(), page));
const cwd = mkdtempSync(join(tmpdir(), "sitrep-readme-"));
try {
  cpSync(join(packageRoot(), "examples"), join(cwd, "examples"), { recursive: true });
  cpSync(join(packageRoot(), "scenarios", "data"), join(cwd, "scenarios", "data"), { recursive: true });
  for (const file of pages) {
    const lines = readFileSync(file, "utf8").split("\n");
    const shown = readmeExamples(lines.join("\n")).filter((e) => e.output !== null);
    if (shown.length === 0) continue;
    const ran = await pooled(
      shown.map((e) => () => runLine(e.line, cwd)),
      2,
    );
    // From the bottom up, so the line indices of the blocks above stay valid.
    for (let i = shown.length - 1; i >= 0; i--) {
      const e = shown[i];
      const r = ran[i];
      if (e?.output == null || r === undefined) continue;
      if (r.code !== 0) throw new Error(`${file}:${e.at} ${e.line} exits ${r.code}: ${r.stderr.trim()}`);
      const body =
        e.output.kind === "json"
          ? compactJson(cutLike(JSON.parse(e.output.text), JSON.parse(r.stdout)), "", 80)
          : r.stdout.trimEnd();
      lines.splice(e.output.from, e.output.to - e.output.from, ...body.split("\n"));
    }
    writeFileSync(file, lines.join("\n"));
    process.stdout.write(`refreshed the output of ${shown.length} command lines in ${file}\n`);
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
