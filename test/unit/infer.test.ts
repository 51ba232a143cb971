import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { scenariosDir } from "../../engine/paths.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { compileScenario, restoreScenario } from "../../engine/scenario/compiled.js";
import { loadScenarioFile, parseScenario } from "../../engine/scenario/load.js";
import { mergeScenarios } from "../../engine/scenario/theatre.js";
import { spec } from "../../engine/testing/index.js";
import { replay } from "../../engine/timeline/replay.js";
import { branch } from "../../engine/whatif/builder.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { on, testCatalogue } from "../support/fixtures.js";
import { builtIn, place } from "../support/scenarios.js";

const CENTRAL = join(scenariosDir(), "central-syria-2017.json");
const central = builtIn("central-syria-2017").scenario;
const literal = loadScenarioFile(CENTRAL, { infer: false });

describe("holdings inferred from a capture's 'from'", () => {
  it("al-Shulah on 2 September 2017 is ISIL's, inferred from its capture, not set by any event", () => {
    const p = Campaign.of(central).place("al-Shulah", "2017-09-02");
    expect(p.controller).toBe("isil");
    expect(p.basis).toBe("inferred");
    expect(p.inferredFrom).toBe("cs-0904-al-shulah");
    expect(p.byEvent).toBeNull();
    expect(p.holder).toBeNull();
    expect(p.heldBy).toEqual(["isil"]);
    expect(central.inferred).toContainEqual({ place: "al-shulah", side: "isil", from: "cs-0904-al-shulah" });
  });

  it("is an initial fact: the log and the events are those the file states", () => {
    expect(central.events).toEqual(literal.events);
    expect(central.initialEvents).toEqual(literal.initialEvents);
    expect(place(central.initial, "al-shulah").basis).toBe("inferred");
    expect(place(literal.initial, "al-shulah").controller).toBeNull();
  });

  it("gives way to the reported capture it is inferred from", () => {
    const p = Campaign.of(central).place("al-Shulah", "2017-09-05");
    expect(p.controller).toBe("syrian-government");
    expect(p.basis).toBe("reported");
    expect(p.inferredFrom).toBeNull();
    expect(p.byEvent).toBe("cs-0904-al-shulah");
  });

  it("is not made where the place's first change is not a capture naming 'from', or control is reported first", () => {
    // Sukhnah is reported ISIL-held at the start: reported, not inferred.
    expect(place(central.initial, "sukhnah").basis).toBe("reported");
    expect(central.inferred.some((h) => h.place === "sukhnah")).toBe(false);
    // Tahmaz first changes when the pocket is cleared: nothing is inferred.
    expect(place(central.initial, "tahmaz").basis).toBeNull();
  });

  it("with infer off, al-Shulah is unknown until its capture, as the texts state", () => {
    expect(literal.inferred).toEqual([]);
    const p = Campaign.of(literal).place("al-Shulah", "2017-09-02");
    expect(p.controller).toBeNull();
    expect(p.basis).toBeNull();
    expect(p.inferredFrom).toBeNull();
    expect(literal.initial.places.every((x) => x.basis !== "inferred")).toBe(true);
  });

  it("the compiled form restores either way, matching the loader with the same option", () => {
    const compiled = JSON.parse(JSON.stringify(compileScenario(central, {})));
    const on = restoreScenario(compiled);
    const off = restoreScenario(compiled, { infer: false });
    expect(on.inferred).toEqual(central.inferred);
    expect(off.inferred).toEqual([]);
    expect(fingerprint(on.initial)).toBe(fingerprint(central.initial));
    expect(fingerprint(off.initial)).toBe(fingerprint(literal.initial));
    expect(fingerprint(replay(off.initial, off.events))).toBe(fingerprint(replay(literal.initial, literal.events)));
  });

  it("a what-if branch keeps the scenario's inferred holdings: drop the capture and the place stays ISIL's", () => {
    const noCapture = branch("no-shulah").from(central).drop("cs-0904-al-shulah").build();
    const end = replayBranch(central, noCapture).state;
    expect(place(end, "al-shulah")).toMatchObject({
      controller: "isil",
      basis: "inferred",
      inferredFrom: "cs-0904-al-shulah",
    });
    expect(place(replayBranch(literal, noCapture).state, "al-shulah").controller).toBeNull();
  });

  it("a theatre infers over its merged log, unless told not to", () => {
    const parts = [builtIn("deir-ez-zor-2017-01").scenario, central];
    const merged = mergeScenarios(parts).scenario;
    expect(place(merged.initial, "al-shulah")).toMatchObject({ controller: "isil", basis: "inferred" });
    expect(place(mergeScenarios(parts, { infer: false }).scenario.initial, "al-shulah").controller).toBeNull();
  });
});

describe("history and explain of an inferred holding", () => {
  const campaign = Campaign.of(central);

  it("history lists the inferred holding first, as an initial fact with the capture as its basis", () => {
    const [first, ...rest] = campaign.history("al-Shulah");
    expect(first).toMatchObject({ initial: true, inferred: true, event: { id: "cs-0904-al-shulah" } });
    expect(first?.after).toMatchObject({ controller: "isil", basis: "inferred", inferredFrom: "cs-0904-al-shulah" });
    expect(first?.fields.map((f) => f.field)).toContain("controller");
    expect(rest.every((h) => !h.inferred)).toBe(true);
    expect(rest.at(-1)?.event.id).toBe("cs-0904-al-shulah");
    expect(
      Campaign.of(literal)
        .history("al-Shulah")
        .some((h) => h.inferred),
    ).toBe(false);
  });

  it("explain says the holding is inferred, and from which capture", () => {
    const x = campaign.explain("al-Shulah", "2017-09-02");
    expect(x.basis).toBe("inferred");
    expect(x.inferredFrom).toBe("cs-0904-al-shulah");
    expect(x.summary).toBe(
      `al-Shulah is held by Islamic State (ISIL), inferred from its capture by fifth-corps on 2017-09-04 (cs-0904-al-shulah): "later in the day captured the town of al-Shulah alongside the Tiger Forces"`,
    );
    expect(campaign.explain("al-Shulah", "2017-09-05").summary).not.toContain("inferred");
  });
});

describe("the rule on 'from'", () => {
  const cat = testCatalogue();
  const reported = on("01-01", { type: "control-reported", place: "north-town", actor: "rebel-band" }, "rep-north");

  it("a capture may name the reported holder, or any side of a place nobody is known to hold", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army", from: "rebels" }))
      .thenExpect((after) => expect(place(after, "north-town").controller).toBe("govt"));
    spec(cat)
      .given([])
      .when(on("01-02", { type: "place-captured", place: "south-town", actor: "army", from: "rebels" }))
      .thenExpect((after) => expect(place(after, "south-town").basis).toBe("reported"));
  });

  it("a place cannot be taken from the capturer's own side", () => {
    spec(cat)
      .given([reported])
      .when(on("01-02", { type: "place-captured", place: "north-town", actor: "army", from: "govt" }))
      .thenBreaks("from-contradicts-holder", /taken by side 'govt' from side 'govt', its own side/);
  });

  const doc = "test-doc";
  const scenario = (events: readonly object[]) =>
    JSON.stringify(
      {
        id: "from-test",
        title: "From test",
        timeZone: "Asia/Damascus",
        span: { start: "2017-01-01", end: "2017-01-31" },
        documents: [{ id: doc, title: "A test document" }],
        initial: [
          {
            id: "init-sukhnah-isil",
            type: "control-reported",
            time: { text: "1 January", date: "2017-01-01" },
            place: "sukhnah",
            actor: "isil",
            source: { document: doc, quote: "ISIL-held Sukhnah" },
          },
        ],
        events,
      },
      null,
      2,
    );
  const capture = (id: string, date: string, place: string, actor: string, from: string) => ({
    id,
    type: "place-captured",
    time: { text: date, date },
    place,
    actor,
    from,
    source: { document: doc, quote: `${place} taken` },
  });

  it("a 'from' that contradicts a reported holder is refused at load, naming the report and what to do", () => {
    const r = parseScenario(
      scenario([capture("take-sukhnah", "2017-01-05", "sukhnah", "syrian-army", "sdf")]),
      "t.json",
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.path).toEqual(["events", 0]);
    expect(r.problems[0]?.message).toBe(
      "event 'take-sukhnah' breaks rule 'from-contradicts-holder': 'sukhnah' is taken from side 'sdf', but 'init-sukhnah-isil' reports it held by side 'isil'. Correct 'from' to the side the sources report holding the place, or leave 'from' out where the text does not say.",
    );
  });

  it("against an inferred holding any 'from' of the next capture is checked against what was reported since", () => {
    const ok = parseScenario(
      scenario([
        capture("take-shulah", "2017-01-05", "al-shulah", "syrian-army", "isil"),
        capture("lose-shulah", "2017-01-06", "al-shulah", "isil", "syrian-government"),
      ]),
      "t.json",
    );
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.inferred).toEqual([{ place: "al-shulah", side: "isil", from: "take-shulah" }]);
    const bad = parseScenario(
      scenario([
        capture("take-shulah", "2017-01-05", "al-shulah", "syrian-army", "isil"),
        capture("lose-shulah", "2017-01-06", "al-shulah", "isil", "sdf"),
      ]),
      "t.json",
    );
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(bad.problems[0]?.message).toMatch(/'take-shulah' reports it held by side 'syrian-government'/);
  });

  it("an unknown side in 'from' is refused with the sides to choose from", () => {
    const r = parseScenario(scenario([capture("take", "2017-01-05", "al-shulah", "syrian-army", "daesh")]), "t.json");
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.problems[0]?.message).toMatch(/unknown side 'daesh': expected one of syrian-government, isil/);
  });
});
