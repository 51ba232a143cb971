// Rewrites the code blocks of the README and docs/ from the tested regions they show
// (npm run docs:snippets).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../engine/paths.js";
import { documentationPages } from "../docs/pages.js";
import { refreshSnippets } from "../docs/snippets.js";

const root = packageRoot();
for (const page of documentationPages(root)) {
  const file = join(root, page);
  const before = readFileSync(file, "utf8");
  const after = refreshSnippets(root, before);
  if (after !== before) {
    writeFileSync(file, after);
    process.stdout.write(`refreshed the code of ${page}\n`);
  }
}
