import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../engine/errors/rule-violation.js";
import { COMMON_RULES, KIND_DOCS } from "../../engine/events/kind-docs.js";
import { EVENT_TYPES } from "../../engine/events/kinds.js";
import { packageRoot } from "../../engine/paths.js";
import { parseScenario } from "../../engine/scenario/load.js";
import { replay } from "../../engine/timeline/replay.js";
import { compactJson, eventReference } from "../../replay/docs/event-reference.js";

const file = join(packageRoot(), "docs", "events.md");
const text = readFileSync(file, "utf8");

/** The example of each kind's section of docs/events.md, as the log it shows (the example last). */
function examples(md: string): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  const sections = md.split(/^### `([a-z-]+)`$/m);
  for (let i = 1; i < sections.length; i += 2) {
    const kind = sections[i] as string;
    const block = /```json\n([\s\S]*?)\n```/.exec(sections[i + 1] ?? "");
    if (block === null) continue;
    const value = JSON.parse(block[1] as string) as Record<string, unknown> | Record<string, unknown>[];
    out.set(kind, Array.isArray(value) ? value : [value]);
  }
  return out;
}

/** A scenario holding `events`, over the built-in catalogue, citing the examples' document. */
function scenarioText(kind: string, events: readonly unknown[]): string {
  return JSON.stringify({
    id: `example-${kind}`,
    title: `The example of '${kind}'`,
    timeZone: "Asia/Damascus",
    span: { start: "2017-08-01", end: "2017-08-31" },
    documents: [{ id: "example", title: "Examples" }],
    events,
  });
}

describe("docs/events.md, the reference of every event kind", () => {
  it("is what the generator writes from the schemas (run `npm run docs` after changing them)", () => {
    expect(text).toBe(eventReference());
  });

  it("has a section and an example for every kind, the example's last event of that kind", () => {
    const found = examples(text);
    expect([...found.keys()]).toEqual([...EVENT_TYPES]);
    for (const [kind, log] of found) expect({ kind, type: log.at(-1)?.type }).toEqual({ kind, type: kind });
  });

  it("every example loads with every check and replays", () => {
    for (const [kind, log] of examples(text)) {
      const r = parseScenario(scenarioText(kind, log), `docs/events.md (${kind})`);
      expect({ kind, problems: r.success ? [] : r.problems.map((p) => p.message) }).toEqual({ kind, problems: [] });
      if (!r.success) continue;
      const state = replay(r.data.initial, r.data.events);
      expect({ kind, applied: state.applied, last: state.lastEvent }).toEqual({
        kind,
        applied: log.length,
        last: log.at(-1)?.id,
      });
    }
  });

  it("an example's earlier events are needed: without them the loader refuses it under a rule its kind lists", () => {
    let needing = 0;
    for (const [kind, log] of examples(text)) {
      if (log.length === 1) continue;
      needing++;
      const r = parseScenario(scenarioText(kind, log.slice(-1)), `docs/events.md (${kind})`);
      const listed = KIND_DOCS[kind as keyof typeof KIND_DOCS].rules.map((x) => x.rule);
      const broken = r.success ? [] : r.problems.map((p) => /breaks rule '([a-z-]+)'/.exec(p.message)?.[1]);
      expect({
        kind,
        listed: broken.length > 0 && broken.every((b) => b !== undefined && listed.includes(b as never)),
      }).toEqual({
        kind,
        listed: true,
      });
    }
    expect(needing).toBeGreaterThan(5);
  });

  it("documents every rule an event can break", () => {
    const documented = new Set(
      [...COMMON_RULES, ...Object.values(KIND_DOCS).flatMap((d) => d.rules)].map((r) => r.rule),
    );
    expect(RULE_IDS.filter((r) => !documented.has(r))).toEqual([]);
  });

  it("writes small objects of an example on one line and large ones across lines", () => {
    expect(compactJson({ a: [1, 2], b: { c: "d" } })).toBe('{ "a": [1, 2], "b": { "c": "d" } }');
    expect(compactJson({ a: {}, b: [] })).toBe('{ "a": {}, "b": [] }');
    expect(compactJson({ a: "x".repeat(50), b: "y".repeat(50) }, "", 40)).toBe(
      `{\n  "a": "${"x".repeat(50)}",\n  "b": "${"y".repeat(50)}"\n}`,
    );
  });
});
