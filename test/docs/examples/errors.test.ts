// The code of docs/errors-and-limits.md, run as written and held to what its comments say.
// #region is-sitrep-error
import { isSitrepError, loadScenario } from "sitrep";

// #endregion is-sitrep-error
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("the error family, as docs/errors-and-limits.md shows it", () => {
  it("gives each problem of a scenario file with its file, path, line and message", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-doc-errors-"));
    writeFileSync(join(dir, "mine.json"), '{\n  "id": "mine",\n  "events": [{ "type": "nonesuch" }]\n}\n');
    const path = join(dir, "mine.json");
    const seen: string[] = [];
    // #region is-sitrep-error
    try {
      loadScenario(path);
    } catch (e) {
      if (!isSitrepError(e)) throw e; // not sitrep's: a bug to report
      if (e.code === "scenario-invalid")
        for (const p of e.problems) seen.push(`${p.line}: ${p.path.join(".")}: ${p.message}`);
    }
    // #endregion is-sitrep-error
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.some((l) => l.startsWith("3: events.0.type: "))).toBe(true);
  });
});
