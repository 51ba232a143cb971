// Writes the reference of every event kind to docs/events.md (npm run docs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../engine/paths.js";
import { eventReference } from "../docs/event-reference.js";

const dir = join(packageRoot(), "docs");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "events.md"), eventReference());
process.stdout.write(`wrote ${join(dir, "events.md")}\n`);
