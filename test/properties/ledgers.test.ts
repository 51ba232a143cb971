import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import type { CasualtyTally, Quantity, State } from "../../engine/index.js";
import { Ledger } from "../../engine/state/ledger.js";
import { campaignArb, propertyParams } from "../../engine/testing/index.js";
import { foldReduce } from "../../engine/testing/properties/replay.js";

const BOUNDS = ["low", "best", "high"] as const;
const COUNTS = ["killed", "wounded", "captured"] as const;

/** A bound as a number: an open upper bound (null) is no ceiling at all. */
const bound = (q: Quantity, b: (typeof BOUNDS)[number]): number =>
  b === "high" ? (q.high ?? Number.POSITIVE_INFINITY) : q[b];

function checkQuantity(q: Quantity, at: string): void {
  for (const b of BOUNDS) {
    const v = bound(q, b);
    assert.ok(!Number.isNaN(v) && v >= 0 && (b === "high" || Number.isFinite(v)), `${at}: ${b} is ${q[b]}`);
  }
  assert.ok(
    q.low <= q.best && q.best <= bound(q, "high"),
    `${at}: not low <= best <= high (${q.low}, ${q.best}, ${q.high})`,
  );
}

function grew(before: Quantity, after: Quantity, at: string): void {
  for (const b of BOUNDS) {
    assert.ok(bound(after, b) >= bound(before, b), `${at}: ${b} fell from ${before[b]} to ${after[b]}`);
  }
}

function checkTally(before: CasualtyTally | undefined, after: CasualtyTally | undefined, at: string): void {
  assert.ok(after !== undefined || before === undefined, `${at}: the tally disappeared`);
  if (after === undefined) return;
  for (const k of COUNTS) {
    checkQuantity(after[k], `${at} ${k}`);
    if (before !== undefined) grew(before[k], after[k], `${at} ${k}`);
  }
  if (before !== undefined) {
    assert.ok(after.reports >= before.reports, `${at}: the count of reports went down`);
  }
}

/** Every ledger entry of `b` is the one of `a` or more. */
function checkLedgers(a: State, b: State, where: string): void {
  for (const side of new Set([...Object.keys(a.casualties), ...Object.keys(b.casualties)])) {
    const x = a.casualties[side];
    const y = b.casualties[side];
    assert.ok(
      y !== undefined || x === undefined || Ledger.size(x) === 0,
      `${where}: casualties of '${side}' disappeared`,
    );
    for (const claimant of new Set([...(x ? Ledger.keys(x) : []), ...(y ? Ledger.keys(y) : [])])) {
      checkTally(
        Ledger.get(x, claimant),
        Ledger.get(y, claimant),
        `${where}: casualties of '${side}' per '${claimant}'`,
      );
    }
  }
  for (const claimant of new Set([...Ledger.keys(a.civilianDeaths), ...Ledger.keys(b.civilianDeaths)])) {
    const at = `${where}: civilians killed per '${claimant}'`;
    checkTally(Ledger.get(a.civilianDeaths, claimant), Ledger.get(b.civilianDeaths, claimant), at);
  }
  for (const side of new Set([...Object.keys(a.cleared), ...Object.keys(b.cleared)])) {
    const after = b.cleared[side];
    assert.ok(after !== undefined, `${where}: area cleared by '${side}' disappeared`);
    checkQuantity(after, `${where}: area cleared by '${side}'`);
    const before = a.cleared[side];
    if (before !== undefined) grew(before, after, `${where}: area cleared by '${side}'`);
  }
  for (const side of Object.keys(a.activity)) {
    const x = a.activity[side];
    const y = b.activity[side];
    assert.ok(x !== undefined && y !== undefined, `${where}: the activity tally of '${side}' disappeared`);
    for (const [k, v] of Object.entries(x)) {
      const w = (y as unknown as Record<string, number>)[k] ?? Number.NaN;
      assert.ok(w >= v, `${where}: ${k} of '${side}' fell from ${v} to ${w}`);
    }
  }
}

describe("property 7: casualty ledgers", () => {
  // Would fail if a casualty figure replaced the claimant's tally instead of adding to it, if
  // `addQuantities` mixed bounds (low + high), if a pocket's cleared area overwrote the side's
  // running total, or if a second figure for the same side in one event dropped the first.
  it("counts are never negative, and casualties, civilian deaths, cleared areas and activity never decrease along a replay", () => {
    fc.assert(
      fc.property(campaignArb(), (c) => {
        const states = foldReduce(c.initial, c.events);
        for (let k = 1; k < states.length; k++) {
          const a = states[k - 1];
          const b = states[k];
          if (a === undefined || b === undefined) continue;
          const e = c.events[k - 1];
          checkLedgers(a, b, `#${k - 1} '${e?.id}' (${e?.type})`);
        }
      }),
      propertyParams(),
    );
  });
});
