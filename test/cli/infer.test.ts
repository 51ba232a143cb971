import { describe, expect, it } from "vitest";
import { okJson, sitrep } from "./run.js";

interface PlaceJson {
  id: string;
  controller: string | null;
  basis: "reported" | "inferred" | null;
  inferredFrom: string | null;
  byEvent: string | null;
}
const shulah = (doc: { places: PlaceJson[] }) => doc.places.find((p) => p.id === "al-shulah");

describe("inferred holdings on the command line", () => {
  it("state --json gives al-Shulah on 2017-09-02 to ISIL, basis inferred from its capture; --no-infer leaves it unknown", () => {
    const args = ["state", "central-syria-2017", "--at", "2017-09-02", "--json"];
    expect(shulah(okJson(args))).toMatchObject({
      controller: "isil",
      basis: "inferred",
      inferredFrom: "cs-0904-al-shulah",
      byEvent: null,
    });
    expect(shulah(okJson([...args, "--no-infer"]))).toMatchObject({
      controller: null,
      basis: null,
      inferredFrom: null,
    });
    const after = okJson<{ places: PlaceJson[] }>(["state", "central-syria-2017", "--at", "2017-09-05", "--json"]);
    expect(shulah(after)).toMatchObject({ controller: "syrian-government", basis: "reported", inferredFrom: null });
  });

  it("state marks an inferred holding in text; with --no-infer the place is among the unknown", () => {
    const line = (out: string) => out.split("\n").find((l) => l.trimStart().startsWith("al-Shulah"));
    const r = sitrep(["state", "central-syria-2017", "--at", "2017-09-02"]);
    expect(r.code, r.stderr).toBe(0);
    expect(line(r.stdout)).toMatch(/Islamic State \(ISIL\)\s+inferred from cs-0904-al-shulah/);
    const off = sitrep(["state", "central-syria-2017", "--at", "2017-09-02", "--no-infer"]);
    expect(line(off.stdout)).toBeUndefined();
    expect(off.stdout).toMatch(/unknown: .*al-Shulah/);
  });

  it("explain says the holding is inferred, from which capture, by whom and when", () => {
    const r = sitrep(["explain", "central-syria-2017", "al-Shulah", "--at", "2017-09-02"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "al-Shulah at 2017-09-02T23:59:59.999+03:00: held by Islamic State (ISIL) (inferred from its capture by 5th Corps on 2017-09-04, cs-0904-al-shulah; no source states it before then)",
    );
    const off = sitrep(["explain", "central-syria-2017", "al-Shulah", "--at", "2017-09-02", "--no-infer"]);
    expect(off.stdout).toContain("held by unknown");
  });

  it("history lists the inferred holding as an initial fact, first; --json marks it", () => {
    const r = sitrep(["history", "central-syria-2017", "al-Shulah"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe(
      "(initial, inferred) held by Islamic State (ISIL) before cs-0904-al-shulah, its first recorded change:",
    );
    const doc = okJson<{ changes: { initial: boolean; inferred: boolean; event: { id: string } }[] }>([
      "history",
      "central-syria-2017",
      "al-Shulah",
      "--json",
    ]);
    expect(doc.changes[0]).toMatchObject({ initial: true, inferred: true, event: { id: "cs-0904-al-shulah" } });
    const off = okJson<typeof doc>(["history", "central-syria-2017", "al-Shulah", "--json", "--no-infer"]);
    expect(off.changes.some((c) => c.inferred)).toBe(false);
  });

  it("play shows the holding it took over as inferred, not unknown", () => {
    const day = (out: string) => out.split("\n").find((l) => l.startsWith("2017-09-04"));
    const r = sitrep(["play", "central-syria-2017"]);
    expect(r.code, r.stderr).toBe(0);
    expect(day(r.stdout)).toContain("al-Shulah: Islamic State (ISIL) (inferred) → Syrian government");
    expect(day(sitrep(["play", "central-syria-2017", "--no-infer"]).stdout)).toContain(
      "al-Shulah: unknown → Syrian government",
    );
  });
});
