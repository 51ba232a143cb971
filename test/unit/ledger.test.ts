import fc from "fast-check";
import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { Ledger } from "../../engine/state/ledger.js";
import { edit, inSegment, type Writable } from "../../engine/state/writable.js";
import { propertyParams } from "../../engine/testing/index.js";

interface Holder {
  readonly ledger: Ledger<{ readonly n: number }>;
}

/** Writes `entries` into the holder's ledger in one copy-on-write segment, as a handler would. */
function write(holder: Holder, entries: readonly (readonly [string, number])[]): Holder {
  return inSegment(holder, (draft: Writable<Holder>) => {
    for (const [k, n] of entries) Ledger.set(editLedger(draft), k, { n });
  });
}

function editLedger(draft: Writable<Holder>): Writable<Holder["ledger"]> {
  return edit(draft, "ledger");
}

const many = (count: number) => Array.from({ length: count }, (_, i) => [`claimant-${i}`, i] as const);

describe("Ledger", () => {
  it("reads back what was written, keys sorted whatever order they came in", () => {
    const h = write({ ledger: Ledger.empty() }, [
      ["SOHR", 1],
      ["Amaq", 2],
      ["military sources", 3],
    ]);
    expect(Ledger.get(h.ledger, "Amaq")).toEqual({ n: 2 });
    expect(Ledger.get(h.ledger, "nobody")).toBeUndefined();
    expect(Ledger.get(undefined, "SOHR")).toBeUndefined();
    expect(Ledger.has(h.ledger, "SOHR")).toBe(true);
    expect(Ledger.has(h.ledger, "sohr")).toBe(false);
    expect(Ledger.keys(h.ledger)).toEqual(["Amaq", "SOHR", "military sources"]);
    expect(Ledger.values(h.ledger)).toEqual([{ n: 2 }, { n: 1 }, { n: 3 }]);
    expect(Ledger.size(h.ledger)).toBe(3);
    expect(JSON.stringify(Ledger.toRecord(h.ledger))).toBe(
      '{"Amaq":{"n":2},"SOHR":{"n":1},"military sources":{"n":3}}',
    );
  });

  it("a write copies one bucket: every other bucket is shared with the state before", () => {
    const before = write({ ledger: Ledger.empty() }, many(5000));
    const after = write(before, [["claimant-42", -1]]);
    expect(before.ledger.length).toBeGreaterThan(32);
    const copied = before.ledger.filter((bucket, i) => bucket !== after.ledger[i]);
    expect(copied).toHaveLength(1);
    expect(Ledger.get(after.ledger, "claimant-42")).toEqual({ n: -1 });
    expect(Ledger.get(before.ledger, "claimant-42")).toEqual({ n: 42 });
    expect(Ledger.changedKeys(before.ledger, after.ledger)).toEqual(["claimant-42"]);
  });

  it("is frozen after a segment, and survives a JSON round trip", () => {
    const h = write({ ledger: Ledger.empty() }, many(300));
    expect(Object.isFrozen(h.ledger)).toBe(true);
    for (const b of Object.keys(h.ledger) as (keyof Holder["ledger"])[])
      expect(Object.isFrozen(h.ledger[b])).toBe(true);
    const copy = JSON.parse(JSON.stringify(h.ledger)) as Holder["ledger"];
    expect(Ledger.entries(copy)).toEqual(Ledger.entries(h.ledger));
    expect(Ledger.fromRecord(Ledger.toRecord(h.ledger))).toEqual(h.ledger);
  });

  it("under immer's produce the same writes give the same ledger, frozen, spread over buckets past 64 entries", () => {
    const entries = many(200);
    const bySegment = write({ ledger: Ledger.empty() }, entries);
    const byImmer = entries.reduce<Holder>(
      (h, [k, n]) =>
        produce(h, (d) => {
          Ledger.set(edit(d as Writable<Holder>, "ledger"), k, { n });
        }),
      { ledger: Ledger.empty() },
    );
    expect(byImmer.ledger).toEqual(bySegment.ledger);
    expect(bySegment.ledger.length).toBe(64);
    expect(Object.isFrozen(byImmer.ledger[0]?.[0]?.[1])).toBe(true);
    const edited = produce(byImmer, (d) => {
      Ledger.edit(edit(d as Writable<Holder>, "ledger"), "claimant-7").n = 70;
    });
    expect(Ledger.get(edited.ledger, "claimant-7")).toEqual({ n: 70 });
    expect(Ledger.get(byImmer.ledger, "claimant-7")).toEqual({ n: 7 });
    expect(Ledger.changedKeys(byImmer.ledger, edited.ledger)).toEqual(["claimant-7"]);
  });

  it("Ledger.edit refuses a key that is not there", () => {
    expect(() =>
      inSegment({ ledger: Ledger.empty<{ n: number }>() }, (d: Writable<Holder>) => {
        Ledger.edit(editLedger(d), "ghost").n = 1;
      }),
    ).toThrow(/no entry 'ghost'/);
  });

  // Model-based: any sequence of segments of writes reads the same as a Map written alike,
  // and no segment changes the ledger it started from.
  it("behaves like a Map under any sequence of writes", () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "0", "10", "#00"));
    const segment = fc.array(fc.tuple(key, fc.integer()), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const model = new Map<string, number>();
        let h: Holder = { ledger: Ledger.empty() };
        for (const entries of segments) {
          const prior = h;
          const priorEntries = JSON.stringify(Ledger.entries(prior.ledger));
          h = write(h, entries);
          for (const [k, n] of entries) model.set(k, n);
          expect(JSON.stringify(Ledger.entries(prior.ledger))).toBe(priorEntries);
          const sorted = [...model.keys()].sort();
          expect(Ledger.keys(h.ledger)).toEqual(sorted);
          expect(Ledger.size(h.ledger)).toBe(model.size);
          for (const k of sorted) expect(Ledger.get(h.ledger, k)?.n).toBe(model.get(k));
          for (const k of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
            if (!model.has(k)) expect(Ledger.get(h.ledger, k)).toBeUndefined();
          }
          const changed = Ledger.changedKeys(prior.ledger, h.ledger);
          expect(changed).toEqual([...new Set(entries.map(([k]) => k))].sort());
        }
      }),
      propertyParams(),
    );
  });
});
