import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The pages whose examples the tests run: the README and every page of `docs/` but the
 * generated event reference, as paths from the package root, in a fixed order.
 */
export function documentationPages(root: string): string[] {
  return [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md") && f !== "events.md")
      .sort()
      .map((f) => `docs/${f}`),
  ];
}
