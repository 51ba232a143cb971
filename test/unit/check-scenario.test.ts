import { describe, expect, it } from "vitest";
import { checkScenario, parseScenario } from "../../engine/scenario/load.js";
import { checkQuotes } from "../../engine/scenario/quotes.js";
import { checkTimeWordings } from "../../engine/scenario/wordings.js";

const doc = "test-doc";
const base = {
  id: "check-test",
  title: "Check test",
  timeZone: "Asia/Damascus",
  span: { start: "2017-01-01", end: "2017-01-31" },
  documents: [{ id: doc, title: "A test document" }],
};
const capture = (id: string, date: string, place: string, actor = "isil") => ({
  id,
  type: "place-captured",
  time: { text: `on ${date}`, date },
  place,
  actor,
  source: { document: doc, quote: `${place} taken` },
});
const check = (scenario: object) => checkScenario(JSON.stringify(scenario, null, 2), "test.json");
const where = (r: ReturnType<typeof check>) => r.problems.map((p) => p.path.join("."));

describe("checking a scenario as far as it can be checked", () => {
  it("finds rule breaks and unknown references along with schema problems, in one run", () => {
    const r = check({
      ...base,
      events: [
        capture("a", "2017-01-10", "raqqa"),
        capture("b", "2017-01-11", "raqqa"), // breaks 'already-controlled'
        capture("c", "2017-01-12", "no-such-place"),
        { ...capture("d", "2017-01-13", "mosul"), colour: "red" }, // fails the schema
        capture("e", "2017-01-14", "mosul"),
        capture("f", "2017-01-15", "mosul"), // would break a rule, but lies after an event that could not be built
      ],
    });
    expect(r.scenario).toBeNull();
    expect(where(r)).toEqual(["events.3.colour", "events.2.place", "events.1"]);
    expect(r.problems[2]?.message).toMatch(/breaks rule 'already-controlled'/);
    expect(r.unchecked).toEqual([
      "rules not checked from events[2] on (4 of 6 events): 1 event names something not in the catalogue (events[2]); 1 event failed the schema (events[3]); the state after events[2] depends on what it would have done",
      "quotes and time wordings not checked for the event that failed the schema",
    ]);
  });

  it("checks no rule when an initial fact fails, and says why", () => {
    const r = check({
      ...base,
      initial: [{ ...capture("i", "2017-01-01", "raqqa"), type: "captured" }],
      events: [capture("a", "2017-01-10", "raqqa"), capture("b", "2017-01-11", "raqqa")],
    });
    expect(where(r)).toEqual(["initial.0.type"]);
    expect(r.unchecked[0]).toBe(
      "rules not checked: 1 initial fact failed the schema (initial[0]), so the state the events start from is unknown",
    );
  });

  it("still checks references and documents when the time zone is wrong, and says times were not checked", () => {
    const r = check({
      ...base,
      timeZone: "Mars/Olympus",
      events: [
        { ...capture("a", "2017-01-10", "no-such-place"), source: { document: "other", quote: "q" } },
        capture("b", "2017-01-05", "mosul"), // out of order, but times cannot be resolved
      ],
    });
    expect(where(r)).toEqual(["timeZone", "events.0.place", "events.0.source.document"]);
    expect(r.unchecked).toEqual(["times, their order, the span and the rules not checked: the time zone is not valid"]);
  });

  it("says which checks a header field that fails the schema stops", () => {
    const r = check({
      ...base,
      catalogue: { places: [{ id: "x" }] },
      uncited: [{ document: doc }],
      events: [capture("a", "2017-01-10", "raqqa")],
    });
    expect(r.unchecked).toEqual([
      "references and rules not checked: 'catalogue' failed the schema",
      "the quotes of the uncited sentences not checked: 'uncited' failed the schema",
    ]);
    expect(r.citations.map((c) => c.eventId)).toEqual(["a"]);
  });

  it("warns about events outside the span, and still loads the scenario", () => {
    const scenario = {
      ...base,
      events: [
        capture("early", "2016-12-30", "raqqa"),
        capture("in", "2017-01-10", "mosul"),
        capture("late", "2017-02-02", "deir-ez-zor"),
      ],
    };
    const r = check(scenario);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => [w.path.join("."), w.message])).toEqual([
      [
        "events.0.time",
        expect.stringMatching(
          /^event 'early' \("on 2016-12-30", 2016-12-30\) lies before the scenario's span \(2017-01-01 to 2017-01-31\)/,
        ),
      ],
      ["events.2.time", expect.stringMatching(/^event 'late' .* lies after the scenario's span/)],
    ]);
    expect(parseScenario(JSON.stringify(scenario), "test.json").success).toBe(true);
  });

  it("says which field a date is, what was given and the forms it takes, not 'Invalid ISO date'", () => {
    const r = check({
      ...base,
      span: { start: "2017-1-1", end: "2017-01-31" },
      events: [{ ...capture("a", "2017-01-10", "raqqa"), time: { text: "at 2 P.M.", at: "2017-01-10 14:00" } }],
    });
    const messages = r.problems.map((p) => `${p.path.join(".")}: ${p.message}`);
    expect(messages).toEqual([
      `span.start: 'start' is "2017-1-1", not a date: expected a calendar date YYYY-MM-DD, e.g. "2017-09-05"`,
      `events.0.time.at: 'at' is "2017-01-10 14:00", not a local time: expected YYYY-MM-DDTHH:mm (no offset: the scenario's time zone applies), e.g. "2017-09-05T14:00"`,
    ]);
    expect(r.unchecked).toContain("the span not checked: 'span' failed the schema");
  });

  it("gives the citations of what passed the schema, for checking quotes and time wordings", () => {
    const r = check({
      ...base,
      events: [capture("a", "2017-01-10", "raqqa"), { ...capture("b", "2017-01-11", "mosul"), type: "nope" }],
      uncited: [{ document: doc, quote: "Nothing happened on 3 January.", reason: "background" }],
    });
    const text = "On 2017-01-10 raqqa taken. Nothing happened on 3 January.";
    expect(r.citations.map((c) => `${c.section}[${c.index}]`)).toEqual(["events[0]", "uncited[0]"]);
    expect(checkQuotes(r.citations, () => text)).toEqual([]);
    expect(checkQuotes(r.citations, () => "raqqa taken")).toEqual([
      expect.objectContaining({
        section: "uncited",
        index: 0,
        message: "the quote is not in document 'test-doc' word for word",
      }),
    ]);
  });
});

describe("checkTimeWordings", () => {
  const scenario = {
    initialEvents: [],
    events: [
      { id: "a", source: { document: doc, quote: "q" }, time: { text: "Late  on 2 August" } },
      { id: "b", source: { document: doc, quote: "q" }, time: { text: "on 2 Aug." } },
      { id: "c", source: { document: doc, quote: "q" }, time: { text: "", note: "the article's date" } },
      { id: "d", source: { document: "gone", quote: "q" }, time: { text: "whenever" } },
    ],
    uncited: [],
  } as unknown as Parameters<typeof checkTimeWordings>[0];
  const read = (id: string) => (id === doc ? "The town fell late on 2\nAugust." : null);

  it("accepts the document's words (case and white space aside) and an empty wording with a note", () => {
    expect(checkTimeWordings(scenario, read).map((p) => p.eventId)).toEqual(["b"]);
  });

  it("says what is wrong and what would be right", () => {
    expect(checkTimeWordings(scenario, read)[0]).toEqual({
      eventId: "b",
      section: "events",
      index: 1,
      document: doc,
      text: "on 2 Aug.",
      message: `the time's wording "on 2 Aug." is not in document 'test-doc' (case and white space aside): quote the document's words, or leave 'text' empty and say in 'note' how the time was set`,
    });
  });
});

describe("warning about places a map cannot draw", () => {
  it("warns once about a point place without coordinates, at its own entry or the first event naming it", () => {
    const scenario = {
      ...base,
      catalogue: {
        places: [
          { id: "lost-village", name: "Lost Village", kind: "village" },
          { id: "wide-desert", name: "Wide Desert", kind: "region" },
          {
            id: "found-hill",
            name: "Found Hill",
            kind: "hill",
            coordinates: { lat: 35, lon: 39, precision: "approximate", source: "text: 5 km north of Raqqa (test-doc)" },
          },
        ],
      },
      events: [
        capture("a", "2017-01-10", "lost-village"),
        capture("b", "2017-01-11", "wide-desert"),
        capture("c", "2017-01-12", "found-hill"),
        capture("d", "2017-01-13", "lost-village", "syrian-army"),
      ],
    };
    const r = check(scenario);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => [w.path.join("."), w.message])).toEqual([
      [
        "catalogue.places.0",
        expect.stringMatching(/^place 'lost-village' \(village\) has no coordinates, so a map leaves it out: add/),
      ],
    ]);
  });

  it("warns about no built-in place: each is located, if only to its parent's region", () => {
    const r = check({
      ...base,
      events: [capture("a", "2017-01-10", "raqqa"), capture("b", "2017-01-11", "al-shulah")],
    });
    expect(r.warnings).toEqual([]);
  });
});
