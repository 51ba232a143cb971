import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourcesDir } from "../../engine/paths.js";
import { FIXTURE, FIXTURES, sitrep, sitrepJson } from "./run.js";

describe("sitrep coverage", () => {
  it("prints the figure for each source of a built-in scenario, all accounted for, from the texts it ships", () => {
    const r = sitrep(["coverage", "central-syria-2017"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^001_265e8942fcc8dd81: 91 sentences with a date or number; 89 cited, 2 explained, 0 unaccounted for: 100\.0% covered/m,
    );
  });

  it("lists every sentence with what cites it, with --all", () => {
    const r = sitrep(["coverage", "anbar-2015", "--all"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/an-[a-z0-9-]+.*\n\s+According to the UN, around 55,000 people have fled Ramadi/);
    expect(r.stdout).toMatch(/\(no event: .+\)\n\s+It is located in Iraq's Sunni heartland/);
  });

  it("names what a scenario leaves unaccounted for, and exits 1", () => {
    const r = sitrep(["coverage", FIXTURE, "--sources", join(FIXTURES, "sources")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/UNACCOUNTED FOR/);
  });

  it("prints one JSON document with --json", () => {
    const { run, doc } = sitrepJson<{ scenario: string; documents: { document: string; ratio: number }[] }>([
      "coverage",
      "deir-ez-zor-2017-01",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(doc.scenario).toBe("deir-ez-zor-2017-01");
    expect(doc.documents.map((d) => [d.document, d.ratio])).toEqual([["000_67f61ffa4e2151b7", 1]]);
  });

  it("reads the texts from --sources when given, for a built-in scenario too", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-sources-"));
    copyFileSync(join(sourcesDir(), "000_67f61ffa4e2151b7.txt"), join(dir, "000_67f61ffa4e2151b7.txt"));
    expect(sitrep(["coverage", "deir-ez-zor-2017-01", "--sources", dir]).code).toBe(0);
    writeFileSync(join(dir, "000_67f61ffa4e2151b7.txt"), "On 14 January 2017 nothing at all happened.\n");
    const r = sitrep(["coverage", "deir-ez-zor-2017-01", "--sources", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^000_67f61ffa4e2151b7: 1 sentences with a date or number; 0 cited, 0 explained, 1 unaccounted for/,
    );
  });

  it("says to give --sources when a scenario cites a text the package does not carry", () => {
    const r = sitrep(["coverage", FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sitrep: no source text for document 'fixture-doc' among the built-in scenarios' texts \(.*scenarios[\\/]sources[\\/]fixture-doc\.txt\): give --sources the directory holding <document-id>\.txt\n$/,
    );
  });

  it("says where the source texts should be when they are not", () => {
    const r = sitrep(["coverage", "anbar-2015", "--sources", "nowhere"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sitrep: no source text 'nowhere\/002_5f5aee061d30ef6f\.txt' for document '002_5f5aee061d30ef6f'/,
    );
  });
});
