import { describe, expect, it } from "vitest";
import { initialTransition } from "xstate";
import { advanceSiege, initialLifecycle, siegeMachine } from "../../engine/sieges/machine.js";
import { spec } from "../../engine/testing/index.js";
import { on, testCatalogue } from "../support/fixtures.js";
import { siege } from "../support/scenarios.js";

const cat = testCatalogue();
const heldCity = on("01-01", { type: "control-reported", place: "big-city", actor: "army" });
const laid = on("01-01", {
  type: "siege-imposed",
  siege: "city",
  name: "Siege of Big City",
  enclave: ["big-city"],
  besieger: "rebel-band",
  besieged: "army",
});

describe("the siege machine", () => {
  it("starts active with its supply open, as the stored lifecycle says", () => {
    const [snapshot] = initialTransition(siegeMachine);
    expect(snapshot.value).toEqual(initialLifecycle().value);
  });

  it("ends once: an ended siege accepts no event", () => {
    const broken = advanceSiege(initialLifecycle(), { type: "BREAK" });
    expect(broken?.value).toBe("broken");
    expect(broken && advanceSiege(broken, { type: "LIFT" })).toBeNull();
    expect(broken && advanceSiege(broken, { type: "TIGHTEN", route: "r" })).toBeNull();
  });

  it("records every supply line cut in its context", () => {
    const once = advanceSiege(initialLifecycle(), { type: "TIGHTEN", route: "main-road" });
    const twice = once && advanceSiege(once, { type: "TIGHTEN", route: "north" });
    expect(twice).toEqual({ value: { active: "cut" }, context: { cutRoutes: ["main-road", "north"] } });
  });
});

describe("sieges in state", () => {
  it("a siege imposed is active with its supply open", () => {
    spec(cat)
      .given([heldCity])
      .when(laid)
      .thenExpect((after) => {
        expect(siege(after, "city")).toMatchObject({
          status: "active",
          supply: "open",
          besieger: "rebels",
          besieged: "govt",
          until: null,
        });
      });
  });

  it("tightening cuts its supply", () => {
    spec(cat)
      .given([heldCity, laid])
      .when(on("01-02", { type: "siege-tightened", siege: "city", actor: "rebel-band", route: "main-road" }))
      .thenExpect((after) => expect(siege(after, "city").supply).toBe("cut"));
  });

  it("breaking ends it with the time and the event", () => {
    spec(cat)
      .given([heldCity, laid])
      .when(on("01-05", { type: "siege-broken", siege: "city", actor: "militia" }, "relief"))
      .thenExpect((after) => {
        expect(siege(after, "city")).toMatchObject({
          status: "broken",
          until: "2020-01-05T00:00:00.000Z",
          endedBy: "relief",
        });
      });
  });

  it("a siege that is not active cannot be broken or lifted", () => {
    const broken = on("01-05", { type: "siege-broken", siege: "city", actor: "militia" });
    spec(cat)
      .given([heldCity, laid, broken])
      .when(on("01-06", { type: "siege-broken", siege: "city", actor: "militia" }))
      .thenBreaks("siege-not-active", /is broken/);
    spec(cat)
      .given([heldCity, laid, broken])
      .when(on("01-06", { type: "siege-lifted", siege: "city" }))
      .thenBreaks("siege-not-active");
  });

  it("an unknown siege is named as such", () => {
    spec(cat)
      .given([])
      .when(on("01-06", { type: "siege-broken", siege: "nowhere", actor: "militia" }))
      .thenBreaks("unknown-siege");
  });

  it("a siege cannot be laid by a side on itself", () => {
    spec(cat)
      .given([])
      .when(
        on("01-01", {
          type: "siege-imposed",
          siege: "s",
          name: "S",
          enclave: ["big-city"],
          besieger: "army",
          besieged: "militia",
        }),
      )
      .thenBreaks("same-side");
  });

  it("falls when the besieger takes the whole enclave", () => {
    spec(cat)
      .given([heldCity, laid])
      .when(on("01-09", { type: "place-captured", place: "big-city", actor: "rebel-band" }, "stormed"))
      .thenExpect((after) =>
        expect(siege(after, "city")).toMatchObject({ status: "fallen", endedBy: "stormed", byEvent: "stormed" }),
      );
  });

  it("does not fall on a partial capture", () => {
    spec(cat)
      .given([heldCity, laid])
      .when(on("01-09", { type: "place-captured", place: "big-city", actor: "rebel-band", share: 0.5 }))
      .thenExpect((after) => expect(siege(after, "city").status).toBe("active"));
  });
});
