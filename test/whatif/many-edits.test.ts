import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../../engine/events/event.js";
import { propertyParams } from "../../engine/testing/index.js";
import { applyCompiled, type CompiledEdit } from "../../engine/whatif/apply.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const log = scenario.events;
const zone = scenario.timeZone;
const ms = (e: DomainEvent) => Date.parse(e.time.earliest);

/** A new event: a copy of a base event under a new id, at the time of another base event. */
function made(id: string, like: DomainEvent, at: DomainEvent): DomainEvent {
  return Object.freeze({ ...like, id, time: at.time });
}

/**
 * The edits applied one by one the plain way, as the rules say: arrays spliced, an insert
 * `at` a time pushed and the log re-sorted stably, the whole log re-sorted stably at the end.
 */
function reference(base: readonly DomainEvent[], edits: readonly CompiledEdit[]) {
  let rows = base.map((event) => ({ event, origin: null as number | null }));
  const sort = () => {
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => ms(a.r.event) - ms(b.r.event) || a.i - b.i)
      .map((x) => x.r);
  };
  const at = (id: string) => rows.findIndex((r) => r.event.id === id);
  for (const e of edits) {
    if (e.op === "drop") rows.splice(at(e.target), 1);
    else if (e.op === "replace") rows[at(e.target)] = { event: e.event, origin: e.index };
    else if (e.op === "shift" && "to" in e) {
      const i = at(e.target);
      rows[i] = { event: Object.freeze({ ...(rows[i]?.event as DomainEvent), time: e.to }), origin: e.index };
    } else if (e.op === "insert" && e.anchor === "at") {
      rows.push({ event: e.event, origin: e.index });
      sort();
    } else if (e.op === "insert") {
      const i = at(e.target);
      rows.splice(e.anchor === "after" ? i + 1 : i, 0, { event: e.event, origin: e.index });
    }
  }
  sort();
  return { events: rows.map((r) => r.event.id), origin: rows.map((r) => r.origin) };
}

/** Random edits that all apply: each names an event present in the log as the earlier ones left it. */
const editsArb = fc.array(fc.tuple(fc.nat(5), fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }).map((raw) => {
  const present = log.map((e) => e);
  const edits: CompiledEdit[] = [];
  raw.forEach(([kind, a, b], index) => {
    const target = present[a % present.length] as DomainEvent;
    const other = log[b % log.length] as DomainEvent;
    const text = `edit ${index}`;
    const fresh = made(`new-${index}`, other, kind === 1 ? target : other);
    if (kind === 0 && present.length > 1) {
      edits.push({ op: "drop", index, target: target.id, text });
      present.splice(present.indexOf(target), 1);
    } else if (kind === 1) {
      edits.push({
        op: "insert",
        index,
        event: fresh,
        anchor: b % 2 === 0 ? "before" : "after",
        target: target.id,
        text,
      });
      present.push(fresh);
    } else if (kind === 2) {
      edits.push({ op: "insert", index, event: fresh, anchor: "at", text });
      present.push(fresh);
    } else if (kind === 3) {
      edits.push({ op: "replace", index, target: target.id, event: fresh, text });
      present.splice(present.indexOf(target), 1, fresh);
    } else {
      edits.push({ op: "shift", index, target: target.id, to: other.time, text });
      present.splice(present.indexOf(target), 1, Object.freeze({ ...target, time: other.time }));
    }
  });
  return edits;
});

describe("applying many edits", () => {
  it("any mix of drops, inserts (before, after, at), replacements and shifts gives what applying them one by one gives", () => {
    fc.assert(
      fc.property(editsArb, (edits) => {
        const r = applyCompiled(log, edits, zone);
        expect({ events: r.events.map((e) => e.id), origin: r.origin }).toEqual(reference(log, edits));
      }),
      propertyParams({ numRuns: 300 }),
    );
  });

  it("20,000 inserts at times spread over the campaign: every event once, in time order, ties in edit order after the base's", () => {
    const edits: CompiledEdit[] = Array.from({ length: 20_000 }, (_, index) => {
      const like = log[(index * 7919) % log.length] as DomainEvent;
      return { op: "insert", index, event: made(`gen-${index}`, like, like), anchor: "at", text: `insert ${index}` };
    });
    const r = applyCompiled(log, edits, zone);
    expect(r.events).toHaveLength(log.length + 20_000);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
    const outOfOrder: string[] = [];
    for (let i = 1; i < r.events.length; i++) {
      const [a, b] = [r.events[i - 1] as DomainEvent, r.events[i] as DomainEvent];
      const [oa, ob] = [r.origin[i - 1] ?? null, r.origin[i] ?? null];
      // In time order; at equal times the base's events first, then the inserts in edit order.
      const tie = ms(a) === ms(b);
      if (ms(a) > ms(b) || (tie && oa !== null && (ob === null || oa > ob))) outOfOrder.push(`${a.id} then ${b.id}`);
    }
    expect(outOfOrder).toEqual([]);
  });

  it("a chain of 20,000 inserts, each after the one before, keeps the chain in order", () => {
    const first = log[0] as DomainEvent;
    const edits: CompiledEdit[] = Array.from({ length: 20_000 }, (_, index) => ({
      op: "insert",
      index,
      event: made(`chain-${index}`, first, first),
      anchor: "after",
      target: index === 0 ? first.id : `chain-${index - 1}`,
      text: `insert ${index}`,
    }));
    const r = applyCompiled(log, edits, zone);
    const chain = r.events.map((e) => e.id).filter((id) => id.startsWith("chain-"));
    expect(chain).toEqual(edits.map((e) => (e.op === "insert" ? e.event.id : "")));
    expect(r.events.map((e) => e.id).indexOf("chain-0")).toBe(r.events.map((e) => e.id).lastIndexOf(first.id) + 1);
  });
});
