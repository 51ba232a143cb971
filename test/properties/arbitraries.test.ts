import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builtInCatalogue,
  EVENT_TYPES,
  type EventType,
  emptyState,
  reduce,
  replay,
  type State,
} from "../../engine/index.js";
import { Ledger } from "../../engine/state/ledger.js";
import {
  breakableRules,
  campaignArb,
  catalogueArb,
  eventLogArb,
  INVALID_RULES,
  invalidCampaignArb,
  propertyParams,
} from "../../engine/testing/index.js";

describe("the generators", () => {
  // Every other property stands on this one. It fails when the model in test/arbitraries and
  // the reducer disagree about a rule: a rule the engine enforces that the model does not know
  // (or a rule the engine dropped), so it also catches an engine rule changed by accident.
  it("valid logs are accepted event by event, in order of earliest time, with unique ids", () => {
    fc.assert(
      fc.property(campaignArb(), (c) => {
        let s = c.initial;
        let last = Number.NEGATIVE_INFINITY;
        const ids = new Set<string>();
        for (const [i, e] of c.events.entries()) {
          s = reduce(s, e);
          const t = Date.parse(e.time.earliest);
          assert.ok(t >= last, `#${i} '${e.id}' starts before the event before it`);
          last = t;
          assert.ok(!ids.has(e.id), `duplicate id '${e.id}'`);
          ids.add(e.id);
        }
        assert.equal(s.applied, c.events.length);
      }),
      propertyParams(),
    );
  });

  // The generators take any catalogue, not only their own: here the built-in one (125 places,
  // sides and actors as the scenarios use them).
  it("eventLogArb writes valid logs for the built-in catalogue", () => {
    const { catalogue } = builtInCatalogue();
    const initial = emptyState(catalogue);
    expect(breakableRules(catalogue)).toEqual(INVALID_RULES);
    fc.assert(
      fc.property(eventLogArb(catalogue, { maxEvents: 40 }), (events) => {
        const end: State = replay(initial, events);
        assert.equal(end.applied, events.length);
      }),
      propertyParams(),
    );
  });

  it("catalogues have 2-6 sides, an armed actor on every side and at least one person of no side", () => {
    fc.assert(
      fc.property(catalogueArb(), (c) => {
        assert.ok(c.sides.length >= 2 && c.sides.length <= 6);
        assert.ok(c.places.length >= 1 && c.places.length <= 12);
        for (const side of c.sides)
          assert.ok(
            c.actors.some((a) => a.side === side.id),
            `side '${side.id}' has no actor`,
          );
        assert.ok(c.actors.some((a) => a.side === null));
      }),
      propertyParams(),
    );
  });

  // Guards the generators against drifting into logs that never exercise a kind or a path.
  it("cover every event kind with non-trivial frequency, every way a siege ends, partial captures and every breakable rule", () => {
    const sample = fc.sample(campaignArb(), { numRuns: 300, seed: 1 });
    const kinds = new Map<EventType, number>();
    const ends = new Set<string>();
    let total = 0;
    let partial = 0;
    for (const c of sample) {
      for (const e of c.events) {
        kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);
        if ((e.type === "place-captured" || e.type === "place-recaptured") && e.share !== undefined) partial++;
      }
      total += c.events.length;
      for (const s of Ledger.values(replay(c.initial, c.events).sieges)) ends.add(s.status);
    }
    expect(total / sample.length).toBeGreaterThan(20);
    for (const kind of EVENT_TYPES) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(total * 0.005);
    expect([...ends].sort()).toEqual(["active", "broken", "fallen", "lifted"]);
    expect(partial).toBeGreaterThan(50);

    const rules = new Set(
      fc.sample(invalidCampaignArb({ maxEvents: 10 }), { numRuns: 600, seed: 2 }).map((x) => x.rule),
    );
    expect([...rules].sort()).toEqual([...INVALID_RULES].sort());
  });
});
