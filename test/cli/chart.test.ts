import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSvg } from "../chart/svg.js";
import { expectBadInput, sitrep } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-chart-"));

describe("sitrep chart", () => {
  it("writes the SVG to --out, the same bytes as on stdout, whatever the machine's time zone", () => {
    const out = join(dir, "fronts.svg");
    const written = sitrep(["chart", "central-syria-2017", "fronts", "--out", out], { TZ: "America/New_York" });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe("");
    expect(written.stderr).toBe("");
    const file = readFileSync(out, "utf8");
    expect(file.startsWith("<svg")).toBe(true);
    const printed = sitrep(["chart", "central-syria-2017", "fronts"], { TZ: "Asia/Tokyo" });
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(file);
  });

  it("narrows the chart to --from and --to", () => {
    const r = sitrep(["chart", "central-syria-2017", "control", "--from", "2017-09-01", "--to", "2017-09-30"]);
    expect(r.code, r.stderr).toBe(0);
    const dates = parseSvg(r.stdout)
      .marks("symbol")
      .map((p) => /(\d{4}-\d{2}-\d{2})$/.exec(p.label)?.[1] ?? "none");
    expect(dates.length).toBeGreaterThan(2);
    expect(dates.every((d) => d >= "2017-09-01" && d <= "2017-09-30")).toBe(true);
  });

  it("an unknown kind names the kinds there are", () => {
    expectBadInput(
      ["chart", "central-syria-2017", "front"],
      /unknown chart kind 'front': expected one of fronts, control, casualties/,
    );
  });
  it("an unknown scenario names the closest", () => {
    expectBadInput(["chart", "central-syria-2071", "fronts"], /no scenario 'central-syria-2071'.*'central-syria-2017'/);
  });
  it("an --out that cannot be written says so, before any work", () => {
    expectBadInput(
      ["chart", "central-syria-2017", "fronts", "--out", join(dir, "no-such-folder", "x.svg")],
      /cannot write the chart to '.*x\.svg': its folder does not exist; give a writable \.svg path/,
    );
    expectBadInput(
      ["chart", "central-syria-2017", "fronts", "--out", dir],
      /cannot write the chart to '.*': it is a folder/,
    );
  });
  it("a --from after --to says so", () => {
    expectBadInput(
      ["chart", "central-syria-2017", "fronts", "--from", "2017-10-01", "--to", "2017-09-01"],
      /--from 2017-10-01 is not before --to 2017-09-01/,
    );
  });
});

describe("simulate --chart and whatif --chart", () => {
  it("simulate draws each varying outcome's spread across runs over the moments measured", () => {
    const out = join(dir, "runs.svg");
    const r = sitrep([
      "simulate",
      "central-syria-2017",
      "--runs",
      "60",
      "--seed",
      "1",
      "--at",
      "2017-08-01",
      "--at",
      "2017-09-03",
      "--chart",
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const svg = parseSvg(readFileSync(out, "utf8"));
    const medians = svg.marks("symbol").map((p) => p.label);
    // The captives reported killed are "1 to 28", drawn anew each run: they vary; exact figures do not.
    expect(medians.some((l) => l.startsWith("Syrian government, killed, reportedly, 2017-08-01: median "))).toBe(true);
    expect(medians.every((l) => / over 60 runs$/.test(l))).toBe(true);
    expect(svg.marks("area").length).toBeGreaterThan(0);
    expect(svg.axisTitles).toContain("Across runs");
  });

  it("simulate --chart with --run is refused", () => {
    expectBadInput(
      [
        "simulate",
        "central-syria-2017",
        "--seed",
        "1",
        "--run",
        "2",
        "--export",
        join(dir, "r.json"),
        "--chart",
        join(dir, "r.svg"),
      ],
      /--chart draws many runs: leave out --run/,
    );
  });

  it("whatif draws the branch dashed against its base, both in the sides' colours", () => {
    const out = join(dir, "branch.svg");
    const r = sitrep(["whatif", "central-syria-2017", "--drop", "cs-0805-sukhnah-taken", "--chart", out]);
    expect(r.code, r.stderr).toBe(0);
    const svg = parseSvg(readFileSync(out, "utf8"));
    const lines = svg.marks("line");
    const solid = lines.filter((l) => l.label.includes("History: base"));
    const dashed = lines.filter((l) => l.label.includes("History: branch"));
    expect(solid.length).toBeGreaterThan(0);
    expect(solid.every((l) => l.dash === null || l.dash === "1,0")).toBe(true);
    expect(dashed.every((l) => l.dash === "6,4")).toBe(true);
    expect(dashed.map((l) => l.stroke).sort()).toEqual(solid.map((l) => l.stroke).sort());
    const labels = svg.marks("symbol").map((p) => p.label);
    expect(labels.some((l) => l.startsWith("base: Syrian government: "))).toBe(true);
    expect(labels.some((l) => l.startsWith("branch: Syrian government: "))).toBe(true);
    // Without the capture of Sukhnah (5 August), the army holds one place fewer from then on, until a later event.
    expect(labels).toContain("Syrian government: -1 places in the branch from 2017-08-05");
    expect(labels).toContain("Islamic State (ISIL): +1 places in the branch from 2017-08-05");
  });

  it("whatif --chart with an unwritable file is refused before the branch is replayed", () => {
    expectBadInput(
      ["whatif", "central-syria-2017", "--drop", "cs-0805-sukhnah-taken", "--chart", join(dir, "nowhere", "b.svg")],
      /cannot write the chart to '.*b\.svg': its folder does not exist/,
    );
  });
});
