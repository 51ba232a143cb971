import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, it } from "vitest";
import {
  canonicalJson,
  createEvent,
  type EventInput,
  emptyState,
  fingerprint,
  reduce,
  replay,
  type SiegeState,
} from "../../engine/index.js";
import { Ledger } from "../../engine/state/ledger.js";
import { campaignArb, catalogueArb, invalidLogArb, propertyParams } from "../../engine/testing/index.js";
import { foldReduce } from "../../engine/testing/properties/replay.js";
import { violationOf } from "../../engine/testing/properties/violation.js";

/** What must not change once a siege has ended. */
const settled = (s: SiegeState) =>
  canonicalJson({ status: s.status, supply: s.supply, until: s.until, endedBy: s.endedBy, lifecycle: s.lifecycle });

describe("property 6: sieges", () => {
  // Would fail if a transition forgot `until`/`endedBy` (or set them on an active siege), if a
  // later capture of the enclave re-ran FALL on a broken siege, if a tightening after the end
  // reopened or cut its supply, if status and the stored machine value disagreed, or if the
  // lifecycle memo returned another siege's cut routes (a key without the routes).
  it("an ended siege has an until, and its status, supply and lifecycle never change afterwards", () => {
    fc.assert(
      fc.property(campaignArb(), (c) => {
        const ended = new Map<string, string>();
        const cuts = new Map<string, string[]>();
        for (const [k, s] of foldReduce(c.initial, c.events).entries()) {
          const e = c.events[k - 1];
          if (e?.type === "siege-tightened" && Ledger.get(s.sieges, e.siege)?.status === "active") {
            cuts.set(e.siege, [...(cuts.get(e.siege) ?? []), e.route ?? "unnamed"]);
          }
          for (const siege of Ledger.values(s.sieges)) {
            const at = `siege '${siege.id}' after ${k} events`;
            assert.deepEqual(siege.lifecycle.context.cutRoutes, cuts.get(siege.id) ?? [], `${at}: cut routes`);
            const done = siege.status !== "active";
            const value = siege.lifecycle.value;
            if (done) {
              assert.equal(value, siege.status, `${at}: status differs from its lifecycle`);
              assert.notEqual(siege.until, null, `${at}: ${siege.status} but no 'until'`);
              assert.notEqual(siege.endedBy, null, `${at}: ${siege.status} but no 'endedBy'`);
              assert.ok(Date.parse(siege.until ?? "") >= Date.parse(siege.since ?? ""), `${at}: ends before it began`);
            } else {
              assert.deepEqual(value, { active: siege.supply }, `${at}: supply differs from its lifecycle`);
              assert.equal(siege.until, null, `${at}: active but has an 'until'`);
              assert.equal(siege.endedBy, null, `${at}: active but has 'endedBy'`);
            }
            const prior = ended.get(siege.id);
            if (prior !== undefined) assert.equal(settled(siege), prior, `${at}: changed after it ended`);
            else if (done) ended.set(siege.id, settled(siege));
          }
        }
      }),
      propertyParams(),
    );
  });

  // Would fail if the siege handlers checked only that the siege exists (not that the machine
  // accepts the event), so an ended siege could be broken again and its `until` moved.
  it("an ended siege cannot be broken, lifted or tightened: siege-not-active, and the state is left as it was", () => {
    fc.assert(
      fc.property(campaignArb(), (c) => {
        const end = replay(c.initial, c.events);
        const print = fingerprint(end);
        const actor = c.catalogue.actors.find((a) => a.side !== null)?.id ?? "";
        const route = c.catalogue.places[0]?.id ?? "";
        for (const siege of Ledger.values(end.sieges).filter((s) => s.status !== "active")) {
          const base = { time: { text: "later", date: "2031-01-01" }, source: { document: "probe", quote: "probe" } };
          const tries: EventInput[] = [
            { ...base, id: "probe-break", type: "siege-broken", siege: siege.id, actor },
            { ...base, id: "probe-lift", type: "siege-lifted", siege: siege.id },
            { ...base, id: "probe-tighten", type: "siege-tightened", siege: siege.id, actor, route },
          ];
          for (const input of tries) {
            const err = violationOf(
              () => reduce(end, createEvent(input, c.zone)),
              `${input.type} of ${siege.status} '${siege.id}'`,
            );
            assert.equal(err.rule, "siege-not-active");
            assert.equal(err.eventId, input.id);
            assert.equal(fingerprint(end), print, "a rejected event changed the state");
          }
        }
      }),
      propertyParams(),
    );
  });

  // The same, with an ended siege always present: a generated break, lift or tightening of it.
  it("a generated break of an ended siege throws RuleViolationError siege-not-active", () => {
    const arb = catalogueArb().chain((catalogue) =>
      invalidLogArb(catalogue, { rules: ["siege-not-active"], maxEvents: 30 }).map((log) => ({ catalogue, log })),
    );
    fc.assert(
      fc.property(arb, ({ catalogue, log }) => {
        const before = replay(emptyState(catalogue), log.events.slice(0, log.badIndex));
        const bad = log.events[log.badIndex];
        if (bad === undefined) throw new Error("no bad event");
        const err = violationOf(() => reduce(before, bad), bad.id);
        assert.equal(err.rule, "siege-not-active");
        assert.equal(err.eventId, bad.id);
      }),
      propertyParams(),
    );
  });
});
