import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The directory of the sitrep package (holding package.json and scenarios/), from source or from dist. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "sitrep") {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir)
      throw new Error("cannot find the sitrep package root (a package.json named 'sitrep' above this file)");
    dir = up;
  }
}

/** Where built-in scenarios live. */
export function scenariosDir(): string {
  return join(packageRoot(), "scenarios");
}

/** Where the source texts of the built-in scenarios live: `<document-id>.txt`, shipped with the package. */
export function sourcesDir(): string {
  return join(scenariosDir(), "sources");
}

/** Whether `file` is one of the built-in scenario files (`scenarios/*.json` of the package), however it is named. */
export function isBuiltInScenarioFile(file: string): boolean {
  const full = resolve(file);
  if (!full.endsWith(".json") || !existsSync(full)) return false;
  return realpathSync(dirname(full)) === realpathSync(scenariosDir());
}
