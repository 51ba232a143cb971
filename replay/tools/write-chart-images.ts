// Writes the example images of docs/charts.md to docs/images/ (npm run docs:charts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../engine/paths.js";
import { docImages } from "../chart/doc-images.js";

const dir = join(packageRoot(), "docs", "images");
mkdirSync(dir, { recursive: true });
for (const image of await docImages()) {
  writeFileSync(join(dir, image.file), image.svg);
  process.stdout.write(`wrote docs/images/${image.file} (${image.command})\n`);
}
