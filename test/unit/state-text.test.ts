import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { createEvent } from "../../engine/events/create.js";
import { viewState } from "../../engine/query/view.js";
import { applyTolerant } from "../../engine/reducer/reduce.js";
import { plain } from "../../replay/render/colors.js";
import { namesOf } from "../../replay/render/names.js";
import { advanceLines, casualtyLines, controlLines, frontLines } from "../../replay/render/state.js";
import { builtIn } from "../support/scenarios.js";

const { scenario } = builtIn("central-syria-2017");
const campaign = Campaign.of(scenario);
const names = namesOf(scenario.catalogue);

describe("the fronts and advances of `sitrep state`", () => {
  it("a front that ended is no longer shown open, but its last distance and how it ended are", () => {
    const before = frontLines(campaign.view("2017-09-05T12:00"), names, plain);
    expect(before).toContain(
      "  Syrian government → Deir ez-Zor: 3 km as of 2017-09-04 (cs-0904-within-3-km-of-deir-ez-zor)",
    );
    const after = frontLines(campaign.view("2017-10-21"), names, plain);
    expect(after.some((l) => l.startsWith("  Syrian government → Deir ez-Zor: 3 km"))).toBe(false);
    expect(after).toContain(
      "  Syrian government → Deir ez-Zor: closed 2017-09-05, siege broken or lifted (cs-0905-siege-broken); last 3 km as of 2017-09-04",
    );
  });

  it("the JSON view keeps every front, each saying whether and how it closed", () => {
    const f = campaign.view("2017-10-21").fronts.find((x) => x.objective === "deir-ez-zor");
    expect(f).toMatchObject({ side: "syrian-government", distanceKm: { best: 3 }, closed: { reason: "relieved" } });
  });

  it("an advance that gives only the distance gained is listed with its wording, reference point and direction", () => {
    const lines = advanceLines(campaign.view("2017-07-21"), names, plain);
    expect(lines).toContain(
      '  Syrian government: 32.5 (30–35) km gained ("between 30 and 35 kilometers"), east, from Resafa on 2017-07-21 (cs-0721-east-of-resafa)',
    );
    expect(campaign.view("2017-07-21").advances["cs-0721-east-of-resafa"]?.gainedKm.text).toBe(
      "between 30 and 35 kilometers",
    );
  });
});

describe("the casualties of `sitrep state`", () => {
  it("a report of no losses reads '0 killed', not a blank", () => {
    const none = createEvent(
      {
        id: "cs-test-no-losses",
        type: "casualties",
        time: { text: "on 16 July", date: "2017-07-16" },
        source: { document: "001_265e8942fcc8dd81", quote: "killing a dozen soldiers" },
        figures: [{ actor: "isil", killed: { best: 0 } }],
      },
      scenario.timeZone,
    );
    const state = applyTolerant(scenario.initial, [none]).state;
    const lines = casualtyLines(
      viewState(state, scenario.catalogue, Date.parse("2017-07-17T00:00:00Z")),
      names,
      scenario.documents,
    );
    expect(lines).toEqual(['  Islamic State (ISIL): 0 killed (according to "Central Syria campaign")']);
  });
});

describe("the control lines of `sitrep state`", () => {
  it("past 100 places nobody is known to hold, names the first 40 and counts them all", () => {
    const view = campaign.view("2017-07-01");
    const many = {
      ...view,
      places: Array.from({ length: 101 }, (_, i) => ({
        ...(view.places[0] as (typeof view.places)[number]),
        id: `p${i}`,
        name: `Place ${i}`,
        controller: null,
        shares: null,
        contested: i === 0,
      })),
    };
    const lines = controlLines(many, names, plain);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^ {2}unknown: 101 places, the first 40: Place 0 \(contested\), Place 1, .*, Place 39; all in --json$/,
    );
    expect(lines[0]).not.toContain("Place 40");
    const few = { ...many, places: many.places.slice(0, 100) };
    expect(controlLines(few, names, plain)).toEqual([
      `  unknown: Place 0 (contested), ${Array.from({ length: 99 }, (_, i) => `Place ${i + 1}`).join(", ")}`,
    ]);
  });
});
