import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sitrep } from "../cli/run.js";
import { markers } from "./svg-reading.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-map-"));

describe("sitrep map", () => {
  it("writes an SVG map of a moment to --out", () => {
    const out = join(dir, "cs.svg");
    const r = sitrep(["map", "central-syria-2017", "--at", "2017-09-05", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(markers(svg).get("sukhnah")?.side).toBe("syrian-government");
  });

  it("writes a PNG when --out ends in .png", () => {
    const out = join(dir, "cs.png");
    const r = sitrep(["map", "central-syria-2017", "--at", "2017-09-05", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it("refuses an unknown --format with one line and exit 2", () => {
    const r = sitrep(["map", "central-syria-2017", "--format", "gif"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["sitrep: unknown --format 'gif': expected one of svg, png, html"]);
  });

  it("refuses an --out it cannot write with one line and exit 2", () => {
    const r = sitrep(["map", "central-syria-2017", "--out", join(dir, "no-such-folder", "x.svg")]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sitrep: cannot write --out '.*x\.svg': folder '.*no-such-folder' does not exist/);
  });

  it("refuses a scenario none of whose places has coordinates with one line and exit 2", () => {
    const r = sitrep(["map", join("test", "map", "fixtures", "unlocated.json"), "--at", "2017-08-05"]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("none has coordinates");
    expect(r.stdout).toBe("");
  });

  it("draws a scenario with some unlocated places, and says on stderr how many were left out", () => {
    const r = sitrep(["map", join("test", "map", "fixtures", "partly-located.json"), "--at", "2017-08-10"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /sitrep: 1 of \d+ places 'fixture-partly-located' names have no coordinates and are left off the map \(fx-nowhere\)/,
    );
    expect(markers(r.stdout).has("fx-nowhere")).toBe(false);
    expect(markers(r.stdout).get("sukhnah")?.side).toBe("syrian-government");
  });
});
