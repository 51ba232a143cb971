import { describe, expectTypeOf, it } from "vitest";
import type { DomainEvent, EventInput, EventOf, EventType, Quantity, State } from "../../engine/index.js";
import { createEvent, reduce } from "../../engine/index.js";
import type { HandlerTable } from "../../engine/reducer/handler.js";

describe("the event union", () => {
  it("narrows on `type` to the kind's own fields", () => {
    const narrow = (e: DomainEvent) => {
      if (e.type === "place-captured") {
        expectTypeOf(e.place).toEqualTypeOf<string>();
        expectTypeOf(e.share).toEqualTypeOf<Quantity | undefined>();
      }
      if (e.type === "siege-broken") expectTypeOf(e.siege).toEqualTypeOf<string>();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("keeps loaded events read-only", () => {
    const e = {} as EventOf<"encirclement">;
    // @ts-expect-error a loaded event's lists are readonly: events are immutable facts
    e.inside.push("raqqa");
    // @ts-expect-error a loaded event's fields are readonly
    e.pocket = "other";
  });

  it("names every kind in EventType, and nothing else", () => {
    expectTypeOf<"place-captured">().toExtend<EventType>();
    // @ts-expect-error 'teleport' is not an event kind
    expectTypeOf<"teleport">().toExtend<EventType>();
  });
});

describe("building events in code", () => {
  it("checks a kind's fields at compile time", () => {
    const ok: EventInput = {
      id: "x",
      type: "advance",
      actor: "syrian-army",
      objective: "sukhnah",
      within: { low: 30, best: 32.5, high: 35, text: "between 30 and 35 km" },
      time: { text: "21 July", date: "2017-07-21" },
      source: { document: "doc", quote: "advanced between 30 and 35 kilometers" },
    };
    expectTypeOf(createEvent(ok, "Asia/Damascus")).toEqualTypeOf<DomainEvent>();
    const bad: EventInput = {
      id: "x",
      type: "siege-broken",
      // @ts-expect-error a siege-broken event has no 'place': it names its 'siege'
      place: "deir-ez-zor",
      actor: "syrian-army",
      time: { text: "5 September", date: "2017-09-05" },
      source: { document: "doc", quote: "q" },
    };
    expectTypeOf(bad).toExtend<EventInput>();
  });
});

describe("the reducer", () => {
  it("is a function from state and event to state", () => {
    expectTypeOf(reduce).toEqualTypeOf<(state: State, event: DomainEvent) => State>();
  });

  it("has a handler for every kind: a table missing one does not compile", () => {
    type Missing = Omit<HandlerTable, "siege-broken">;
    // @ts-expect-error 'siege-broken' has no handler, so this is not a HandlerTable
    expectTypeOf<Missing>().toEqualTypeOf<HandlerTable>();
  });
});
