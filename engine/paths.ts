import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
