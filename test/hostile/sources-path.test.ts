import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../engine/scenario/load.js";
import { sourceTextPath } from "../../engine/scenario/quotes.js";
import { FIXTURE, sitrep } from "../cli/run.js";

/** A scenario file whose one document has `id`, in a directory beside a secret file. */
function setUp(id: string): { scenario: string; texts: string } {
  const root = mkdtempSync(join(tmpdir(), "sitrep-traversal-"));
  mkdirSync(join(root, "secret"));
  writeFileSync(join(root, "secret", "notes.txt"), "On 3 March 2017 the secret plan was agreed by 12 people.\n");
  const texts = join(root, "texts");
  mkdirSync(texts);
  const json = JSON.parse(readFileSync(FIXTURE, "utf8")) as { documents: { id: string }[] };
  const old = json.documents[0]?.id ?? "";
  const text = JSON.stringify(json, null, 2).replaceAll(JSON.stringify(old), JSON.stringify(id));
  const scenario = join(root, "scenario.json");
  writeFileSync(scenario, text);
  return { scenario, texts };
}

describe("source texts are read only from inside the directory given", () => {
  it("a document id climbing out of --sources ('../secret/notes') is refused with one located line, exit 2, and nothing of the file is read", () => {
    const { scenario, texts } = setUp("../secret/notes");
    const r = sitrep(["coverage", scenario, "--sources", texts]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/scenario\.json:\d+:\d+: .*documents\[0\]\.id.*document id of letters, digits/);
    expect(r.stderr).not.toMatch(/secret plan/);
    const v = sitrep(["validate", scenario, "--sources", texts]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).not.toMatch(/secret plan/);
  });

  it("the scenario schema refuses document ids with a dot, a slash or a leading '_', and keeps the ids in use", () => {
    const base = JSON.parse(readFileSync(FIXTURE, "utf8")) as { documents: { id: string }[] };
    const old = base.documents[0]?.id ?? "";
    const withId = (id: string) =>
      parseScenario(JSON.stringify(base, null, 2).replaceAll(JSON.stringify(old), JSON.stringify(id)), "s.json");
    for (const bad of ["../x", "a/b", "a.b", "/etc/passwd", "__proto__", "x".repeat(201), "a\\b", ".."]) {
      const r = withId(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.problems[0]?.path.join("."), bad).toBe("documents.0.id");
    }
    for (const good of ["001_265e8942fcc8dd81", "fixture-doc", "Report2017", "constructor"])
      expect(withId(good).success, good).toBe(true);
  });

  it("sourceTextPath gives <dir>/<id>.txt for a valid id and null for any id that could leave the directory", () => {
    expect(sourceTextPath("texts", "001_abc")).toBe(resolve("texts", "001_abc.txt"));
    for (const bad of ["../secret/notes", "..", "a/b", "/abs", "a\\..\\b", "", "x.y"])
      expect(sourceTextPath("texts", bad), bad).toBeNull();
  });
});
