import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
  MAX_INPUT_BYTES_ENV,
  MAX_JSON_DEPTH_ENV,
} from "../../engine/input/limits.js";
import { MAX_QUOTED_CHARS } from "../../engine/input/quote.js";
import { MAX_WORKERS_ENV, WORKERS_PER_CORE } from "../../replay/cli/options.js";

const doc = readFileSync("docs/errors-and-limits.md", "utf8");
const row = (name: string) => doc.split("\n").find((l) => l.startsWith(`| ${name}`)) ?? "";

describe("docs/errors-and-limits.md", () => {
  it("states each limit as the code sets it, with the setting that raises it", () => {
    expect(row("Size of an input file")).toContain(`${DEFAULT_MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    expect(row("Size of an input file")).toContain(`\`${MAX_INPUT_BYTES_ENV}=<bytes>\``);
    expect(row("JSON nesting")).toContain(`${DEFAULT_MAX_JSON_DEPTH} levels`);
    expect(row("JSON nesting")).toContain(`\`${MAX_JSON_DEPTH_ENV}=<levels>\``);
    expect(row("`--workers`")).toContain(`${WORKERS_PER_CORE} × the cores`);
    expect(row("`--workers`")).toContain(`\`${MAX_WORKERS_ENV}=<n>\``);
    expect(row("A value echoed")).toContain(`${MAX_QUOTED_CHARS} characters`);
  });

  it("is linked from the README's error contract and from the command line's page", () => {
    expect(readFileSync("README.md", "utf8")).toContain("(docs/errors-and-limits.md)");
    expect(readFileSync("docs/cli.md", "utf8")).toContain("(errors-and-limits.md)");
  });
});
