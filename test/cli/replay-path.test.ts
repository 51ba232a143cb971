import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";

const dist = join(packageRoot(), "dist");
const IMPORT = /^\s*(?:import|export)\s[^"']*?from\s+["']([^"']+)["'];?$|^\s*import\s+["']([^"']+)["'];?$/gm;

/** The packages a built module loads through its static imports, following local files (dynamic `import()` left out). */
function packagesReached(entries: readonly string[]): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = entries.map((e) => join(dist, e));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith(".")) queue.push(resolve(dirname(file), spec));
      else if (!spec.startsWith("node:") && !packages.has(spec)) packages.set(spec, file.slice(dist.length + 1));
    }
  }
  return packages;
}

describe("the path `sitrep state` takes through the built package", () => {
  // The built-in scenarios are compiled and checked at build time, so replaying one needs no
  // validation library: loading zod costs the CLI ~20% of its start (see BENCHMARKS.md).
  it("loads no zod: scenarios come compiled, times and quantities already resolved", () => {
    const reached = packagesReached(["replay/cli/main.js", "replay/cli/scenario.js", "replay/render/state.js"]);
    expect(reached.has("zod"), `zod imported by ${reached.get("zod")}`).toBe(false);
    expect([...reached.keys()]).toEqual(expect.arrayContaining(["immer", "xstate"]));
  });
});
