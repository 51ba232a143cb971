import { describe, expect, it } from "vitest";
import { ScenarioLoadError } from "../../engine/index.js";
import { applyEdits, BranchEditError } from "../../engine/whatif/apply.js";
import { branch } from "../../engine/whatif/builder.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { builtIn, place } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const source = { document: "001_265e8942fcc8dd81", quote: "The siege of the city was broken on 5 September 2017" };

describe("editing the log", () => {
  it("a link-up two days late: the siege break it enabled now comes before it and loses its footing", () => {
    const late = branch("late").from(scenario).shift("cs-0905-link-up-137th", { days: 2 }).build();
    const { events, origin } = applyEdits(scenario, late);
    const i = events.findIndex((e) => e.id === "cs-0905-link-up-137th");
    expect(events[i]?.time.earliest).toBe("2017-09-07T13:00:00.000+03:00");
    expect(origin[i]).toBe(0);
    const [c] = replayBranch(scenario, late).consequences;
    expect([c?.event.id, c?.rule, c?.edit]).toEqual(["cs-0905-siege-broken", "dependency-missing", 0]);
    expect(c?.message).toContain("now comes after it");
  });

  it("an event inserted after another keeps its place among same-time events; the log stays in time order", () => {
    const b = branch("extra")
      .from(scenario)
      .insertAfter("cs-0905-link-up-137th", {
        id: "my-0905-strike",
        type: "airstrike",
        actor: "russian-air-force",
        place: "deir-ez-zor",
        time: { text: "at around 2 P.M.", at: "2017-09-05T14:00", approxMinutes: 60 },
        source,
      })
      .build();
    const ids = applyEdits(scenario, b).events.map((e) => e.id);
    expect(ids.indexOf("my-0905-strike")).toBe(ids.indexOf("cs-0905-link-up-137th") + 1);
    const times = applyEdits(scenario, b).events.map((e) => Date.parse(e.time.earliest));
    expect(times).toEqual([...times].sort((a, z) => a - z));
  });

  it("the link-up replaced by a landing at the base under the same id keeps the siege break standing", () => {
    const b = branch("by-air")
      .from(scenario)
      .replace("cs-0905-link-up-137th", {
        id: "cs-0905-link-up-137th",
        type: "airborne-landing",
        actor: "syrian-army",
        mode: "helicopter",
        place: "brigade-137-base",
        time: { text: "at around 2 P.M.", at: "2017-09-05T14:00", approxMinutes: 60 },
        source,
      })
      .build();
    expect(replayBranch(scenario, b).consequences).toEqual([]);
  });

  it("a capture inserted at a time changes who holds the place from then on", () => {
    const b = branch("early-mayadin")
      .from(scenario)
      .insertAt(
        { text: "on 1 October", date: "2017-10-01" },
        {
          id: "my-1001-mayadin",
          type: "place-captured",
          place: "mayadin",
          actor: "syrian-army",
          time: { text: "whenever", date: "2017-01-01" },
          source,
        },
      )
      .build();
    const r = replayBranch(scenario, b, { until: "2017-10-02" });
    expect(place(r.state, "mayadin").controller).toBe("syrian-government");
  });

  it("an insert after an event but dated before it is refused, naming both", () => {
    const b = branch("bad")
      .from("central-syria-2017")
      .insertAfter("cs-0905-link-up-137th", {
        id: "my-early",
        type: "airstrike",
        actor: "syrian-army",
        time: { text: "1 Sept", date: "2017-09-01" },
        source,
      })
      .build();
    expect(() => applyEdits(scenario, b)).toThrow(BranchEditError);
    expect(() => applyEdits(scenario, b)).toThrow(
      /edits\[0\]: insert 'my-early' after 'cs-0905-link-up-137th': its earliest time .* is before/,
    );
  });

  it("building from a loaded scenario checks every edit at once", () => {
    const build = () =>
      branch("typos").from(scenario).drop("cs-0905-link-up-137").shift("cs-0905-siege-brokn", { hours: 1 }).build();
    expect(build).toThrow(ScenarioLoadError);
    expect(build).toThrow(
      /edits\[0\].*closest: 'cs-0905-link-up-137th'[\s\S]*edits\[1\].*closest: 'cs-0905-siege-broken'/,
    );
  });

  it("a time that is no date says which field, what was given and the forms it takes", () => {
    const b = branch("bad-day")
      .from("central-syria-2017")
      .shift("cs-0905-link-up-137th", { to: { text: "31 September", date: "2017-09-31" } })
      .build();
    expect(() => applyEdits(scenario, b)).toThrow(
      `'to' is not a time (at date): 'date' is "2017-09-31", a day no calendar has: expected a calendar date YYYY-MM-DD, e.g. "2017-09-05"`,
    );
  });

  it("the builder never changes a branch it already gave: forks share their start", () => {
    const start = branch("fork").from(scenario).drop("cs-0905-link-up-137th");
    const a = start.note("a").build();
    const b = start.drop("cs-0905-siege-broken").build();
    expect(a.edits).toHaveLength(1);
    expect(b.edits).toHaveLength(2);
    expect(replayBranch(scenario, b).consequences).toEqual([]);
  });
});
