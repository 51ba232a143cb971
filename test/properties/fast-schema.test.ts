import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { importUcdp } from "../../engine/datasets/ucdp/import.js";
import { eventInput } from "../../engine/events/schema.js";
import { fastParser, REJECTED, type Sharing } from "../../engine/input/fast-schema.js";
import { loadSharing } from "../../engine/scenario/intern.js";
import { scenarioInput } from "../../engine/scenario/schema.js";
import { invalidCampaignArb } from "../../engine/testing/arbitraries/invalid.js";
import { campaignArb } from "../../engine/testing/arbitraries/log.js";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";

// The loader reads a scenario through a fast path compiled from the zod schema and asks zod only
// when the fast path rejects. Held here to zod on generated events, valid and invalid: whatever
// the fast path accepts, zod accepts with the same value (same keys, in the same order, same
// absent and undefined fields); whatever zod accepts as valid input, the fast path accepts too.

const fastEvent = fastParser(eventInput);
const fastScenario = fastParser(scenarioInput);

/** The value written out with its keys in order, undefined fields kept, so two values compare exactly. */
function exact(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x === undefined ? { undefined: true } : x));
}

/** Every path to a value inside `v` (objects' keys and arrays' indices), the root included. */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) pathsOf(x, [...at, i], out);
  else if (typeof v === "object" && v !== null)
    for (const k of Object.keys(v)) pathsOf((v as never)[k], [...at, k], out);
  return out;
}

type Mutation = { readonly op: "set"; readonly value: unknown } | { readonly op: "delete" } | { readonly op: "add" };

/** `v` with the node at `path` replaced, deleted, or given an extra key (a copy; `v` is left alone). */
function mutate(v: unknown, path: readonly (string | number)[], m: Mutation): unknown {
  const copy = structuredClone(v);
  if (path.length === 0) return m.op === "set" ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (m.op === "set") parent[last] = m.value;
  else if (m.op === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>).extra = 1;
    else if (Array.isArray(target)) target.push(target[0] ?? "x");
  }
  return copy;
}

/** Values zod's checks of an event care about: wrong types, empty, negative, out of order, names for ids. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "x",
    "Deir ez-Zour",
    "2017-02-30",
    "2017-07-14",
    "2017-07-14T10:00",
    -1,
    0,
    0.5,
    2,
    1.5,
    2 ** 53,
    null,
    true,
    [],
    {},
    { best: 1 },
    { low: 3, best: 2 },
    "\uD800",
    "ab",
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  replacement.map((value) => ({ op: "set" as const, value })),
  fc.constant({ op: "delete" as const }),
  fc.constant({ op: "add" as const }),
);

/** True when `v` and everything in it is frozen. */
function deeplyFrozen(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

/**
 * The fast path's answer against zod's on one value; returns whether zod accepted it. With a
 * load's sharing (`sharing`, kept across the values of one run, as a load keeps it across its
 * events), the fast path must give the same value again, frozen all the way down.
 */
function agrees(value: unknown, sharing: Sharing = loadSharing()): boolean {
  const z = eventInput.safeParse(value);
  const f = fastEvent?.(value);
  if (f !== REJECTED) {
    expect(z.success, "the fast path accepted a value zod rejects").toBe(true);
    expect(exact(f)).toBe(exact(z.data));
    const shared = fastEvent?.(value, sharing);
    expect(exact(shared), "sharing changed the value").toBe(exact(z.data));
    expect(deeplyFrozen(shared), "a shared value is not frozen all the way down").toBe(true);
  } else expect(z.success, "the fast path rejected a value zod accepts").toBe(false);
  return z.success;
}

/** Events as written (JSON round-tripped, as a file gives them) with one of them mutated. */
function mutatedArb(events: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<unknown> {
  return events
    .filter((es) => es.length > 0)
    .chain((es) =>
      fc.nat({ max: es.length - 1 }).chain((i) => {
        const e = JSON.parse(JSON.stringify(es[i])) as unknown;
        const paths = pathsOf(e);
        return fc
          .tuple(fc.nat({ max: paths.length - 1 }), mutationArb)
          .map(([p, m]) => mutate(e, paths[p] as (string | number)[], m));
      }),
    );
}

const validInputs = campaignArb({ maxEvents: 12 }).map((c) => c.inputs as readonly unknown[]);
const invalidInputs = invalidCampaignArb({ maxEvents: 12 }).map((c) => c.inputs as readonly unknown[]);
const params = () => propertyParams<unknown>({ seed: CI_SEED, numRuns: 400 });

describe("the compiled fast path of the event schema", () => {
  it("compiles the event and scenario schemas (it would otherwise fall back to zod for every file)", () => {
    expect(fastEvent).not.toBeNull();
    expect(fastScenario).not.toBeNull();
  });

  it("accepts every generated valid event, giving zod's value", () => {
    fc.assert(
      fc.property(validInputs, (events) => {
        const sharing = loadSharing();
        for (const e of events) expect(agrees(JSON.parse(JSON.stringify(e)), sharing)).toBe(true);
      }),
      params(),
    );
  });

  it("agrees with zod on events that break a rule (the schema passes them)", () => {
    fc.assert(
      fc.property(invalidInputs, (events) => {
        for (const e of events) agrees(JSON.parse(JSON.stringify(e)));
      }),
      params(),
    );
  });

  it("agrees with zod on mutated events, most of which zod rejects", () => {
    const arb = fc.oneof(mutatedArb(validInputs), mutatedArb(invalidInputs));
    fc.assert(
      fc.property(arb, (e) => void agrees(e)),
      params(),
    );
    // The mutations do reach both answers: not a property that holds because zod always says no.
    const sample = fc.sample(arb, { numRuns: 300, seed: CI_SEED }).map((e) => eventInput.safeParse(e).success);
    expect(sample.filter((ok) => !ok).length).toBeGreaterThan(150);
    expect(sample.filter((ok) => ok).length).toBeGreaterThan(10);
  });

  describe("on events citing dataset rows (the UCDP import of Iraq)", () => {
    let rowEvents: unknown[] = [];
    beforeAll(async () => {
      const { scenario } = await importUcdp(join("scenarios", "data", "ucdp-ged-iraq.csv.gz"));
      rowEvents = JSON.parse(JSON.stringify(scenario.events.slice(0, 400))) as unknown[];
    });

    it("accepts each imported event with zod's value", () => {
      expect(rowEvents.length).toBe(400);
      const sharing = loadSharing();
      for (const e of rowEvents) expect(agrees(e, sharing)).toBe(true);
    });

    it("gives equal small objects of plain values as one object within a load", () => {
      const sharing = loadSharing();
      const parsed = rowEvents.map((e) => fastEvent?.(e, sharing));
      const kept = new Map<string, object>();
      let repeats = 0;
      const visit = (v: unknown, path: string): void => {
        if (typeof v !== "object" || v === null) return;
        const fields = Object.values(v);
        if (!Array.isArray(v) && fields.every((x) => x === null || typeof x !== "object")) {
          const text = exact(v);
          const first = kept.get(text);
          if (first === undefined) kept.set(text, v);
          else {
            repeats++;
            expect(v, `${path}: not the object kept for an equal one`).toBe(first);
          }
        }
        for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
      };
      for (const [i, e] of parsed.entries()) visit(e, `events[${i}]`);
      expect(repeats).toBeGreaterThan(100); // the rows' times and figures repeat
    });

    it("agrees with zod on mutated imported events", () => {
      fc.assert(
        fc.property(mutatedArb(fc.constant(rowEvents)), (e) => void agrees(e)),
        params(),
      );
    });
  });

  it("keeps apart small objects and lists that hash alike but differ", () => {
    // A string is hashed by its length and its ends: two quotes of one length that differ only in
    // the middle hash alike, as do 0 and -0; each must still come out with its own values.
    const quote = (middle: string) => `${"a".repeat(30)}${middle}${"b".repeat(30)}`;
    const figure = (killed: number) => ({ low: killed, best: killed, high: killed });
    const event = (id: string, middle: string, killed: number) => ({
      id,
      type: "casualties",
      time: { text: "5 August", date: "2017-08-05" },
      source: { document: "doc", quote: quote(middle) },
      places: [quote(middle)],
      figures: [{ actor: "isis", killed: figure(killed) }],
    });
    const sharing = loadSharing();
    const [a, b, c, d] = [event("e-1", "x", 0), event("e-2", "y", 0), event("e-3", "x", -0), event("e-4", "x", 0)].map(
      (e) =>
        fastEvent?.(e, sharing) as {
          source: { quote: string };
          places: string[];
          figures: { killed: { low: number } }[];
        },
    );
    expect(a?.source.quote).toBe(quote("x"));
    expect(b?.source.quote).toBe(quote("y"));
    expect(b?.places).toEqual([quote("y")]);
    expect(Object.is(c?.figures[0]?.killed.low, -0)).toBe(true);
    expect(Object.is(a?.figures[0]?.killed.low, 0)).toBe(true);
    // and equal ones are still one object
    expect(d?.source).toBe(a?.source);
    expect(d?.places).toBe(a?.places);
    expect(d?.figures[0]?.killed).toBe(a?.figures[0]?.killed);
  });

  it("gives zod's value for the built-in scenarios, whole", () => {
    for (const id of ["central-syria-2017", "anbar-2015", "deir-ez-zor-2017-01"]) {
      const json = JSON.parse(readFileSync(join("scenarios", `${id}.json`), "utf8")) as unknown;
      const z = scenarioInput.safeParse(json);
      expect(z.success).toBe(true);
      expect(exact(fastScenario?.(json))).toBe(exact(z.data));
    }
  });

  it("leaves the schema to zod where code generation from strings is turned off, with the same answer", () => {
    const bin = join("dist", "replay", "cli", "main.js");
    const args = ["state", join("test", "cli", "fixtures", "fixture-siege.json"), "--json", "--no-cache"];
    const run = (flags: string[]) => spawnSync(process.execPath, [...flags, bin, ...args], { encoding: "utf8" });
    const plain = run([]);
    const without = run(["--disallow-code-generation-from-strings"]);
    expect(plain.status).toBe(0);
    expect(without.status).toBe(0);
    expect(without.stdout).toBe(plain.stdout);
  });
});
