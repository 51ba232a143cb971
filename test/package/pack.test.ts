import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../engine/paths.js";
import { builtInScenarios } from "../../engine/scenario/builtin.js";

// What `npm publish` would ship, as npm itself lists it (no scripts run: the build is the test's).
function packedFiles(): string[] {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: packageRoot(),
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "silent" },
  });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed (${r.status}): ${r.stderr}`);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((f) => f.path).sort();
}

interface SourceMapFile {
  readonly sources: readonly string[];
  readonly sourceRoot?: string;
  readonly sourcesContent?: readonly (string | null)[];
}

describe("the published package", () => {
  const files = packedFiles();
  const shipped = new Set(files);

  it("ships the built library and CLI", () => {
    expect(files).toContain("dist/engine/index.js");
    expect(files).toContain("dist/replay/cli/main.js");
  });

  it("ships the source texts every built-in scenario cites, with their licences", () => {
    const cited = builtInScenarios().flatMap((s) =>
      (JSON.parse(readFileSync(s.file, "utf8")) as { documents: { id: string }[] }).documents.map(
        (d) => `scenarios/sources/${d.id}.txt`,
      ),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((f) => !shipped.has(f))).toEqual([]);
    expect(files).toContain("scenarios/sources/README.md");
  });

  it("ships a licence file that names every part not under the code's licence", () => {
    expect(files).toContain("LICENSE");
    const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { license?: string };
    expect(pkg.license).toBe("SEE LICENSE IN LICENSE");
    const licence = readFileSync(join(packageRoot(), "LICENSE"), "utf8");
    const thirdParty = files.filter((f) => /^scenarios\/(sources\/.*\.txt|data\/.*\.gz)$/.test(f));
    expect(thirdParty.length).toBeGreaterThan(0);
    expect(thirdParty.filter((f) => !licence.includes(f.replace(/^scenarios\/sources\//, "")))).toEqual([]);
  });

  it("has source maps whose every source is embedded or shipped, so a stack trace opens a real file", () => {
    const maps = files.filter((f) => f.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    const unreadable: string[] = [];
    for (const m of maps) {
      const map = JSON.parse(readFileSync(join(packageRoot(), m), "utf8")) as SourceMapFile;
      map.sources.forEach((source, i) => {
        const embedded = typeof map.sourcesContent?.[i] === "string";
        const file = posix.normalize(posix.join(posix.dirname(m), map.sourceRoot ?? "", source));
        if (!embedded && !shipped.has(file)) unreadable.push(`${m}: ${source}`);
      });
    }
    expect(unreadable).toEqual([]);
  });

  it("runs nothing when a user installs it: no build on install", () => {
    expect(files).toContain("package.json");
    const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    };
    const onInstall = ["preinstall", "install", "postinstall", "prepare"].filter((s) => pkg.scripts?.[s] !== undefined);
    expect(onInstall).toEqual([]);
    expect(pkg.scripts?.prepack).toBe("npm run build");
  });
});
