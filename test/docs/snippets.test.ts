import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";
import { documentationPages } from "../../replay/docs/pages.js";
import { codeBlocks, refreshSnippets, regionText } from "../../replay/docs/snippets.js";

const root = packageRoot();
const blocks = documentationPages(root).flatMap((page) =>
  codeBlocks(readFileSync(join(root, page), "utf8")).map((b) => ({ ...b, page })),
);

describe("the code of the README and docs/", () => {
  it("is there to check: the README and the pages show code", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(blocks.map((b) => b.page))).toContain("README.md");
  });

  it.each(blocks.map((b) => [`${b.page}:${b.from}`, b] as const))(
    "%s is a tested region, shown as it is (npm run docs:snippets refreshes it)",
    (_, b) => {
      expect(
        b.source,
        "mark the block with <!-- snippet: <test file>#<region> --> on the line before it",
      ).not.toBeNull();
      if (b.source === null) return;
      expect(b.source.file).toMatch(/^test\/.+\.test\.ts$/);
      expect(b.text).toBe(regionText(root, b.source.file, b.source.region));
    },
  );
});

describe("snippets", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-snippets-"));
  writeFileSync(
    join(dir, "a.test.ts"),
    [
      "// #region r",
      'import { x } from "y";',
      "// #endregion r",
      "it('t', () => {",
      "  // #region r",
      "  x(1);",
      "  // #endregion r",
      "});",
    ].join("\n"),
  );

  it("join a region's stretches in order, each dedented", () => {
    expect(regionText(dir, "a.test.ts", "r")).toBe('import { x } from "y";\nx(1);');
  });

  it("refresh a marked block and leave an unmarked one alone", () => {
    const md = ["<!-- snippet: a.test.ts#r -->", "```ts", "old()", "```", "```ts", "mine()", "```"].join("\n");
    expect(refreshSnippets(dir, md)).toBe(
      [
        "<!-- snippet: a.test.ts#r -->",
        "```ts",
        'import { x } from "y";',
        "x(1);",
        "```",
        "```ts",
        "mine()",
        "```",
      ].join("\n"),
    );
    expect(codeBlocks(md).map((b) => b.source)).toEqual([{ file: "a.test.ts", region: "r" }, null]);
  });

  it("name the file and region that is missing", () => {
    expect(() => regionText(dir, "a.test.ts", "nope")).toThrow("a.test.ts has no region 'nope'");
  });
});
