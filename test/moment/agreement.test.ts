import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Campaign } from "../../engine/campaign.js";
import { appliedIn, momentIn } from "../../engine/moment.js";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { runOne } from "../../engine/sim/run.js";
import { setUp } from "../../engine/sim/setup.js";
import { campaignArb, type GeneratedCampaign, propertyParams } from "../../engine/testing/index.js";
import { compare } from "../../engine/whatif/compare.js";
import { moment } from "../../replay/cli/scenario.js";
import { Cursor } from "../../replay/cursor.js";
import { scenarioOf } from "../support/generated-scenario.js";

/** A moment written the ways users write one: an event's id, the date or local time of an event. */
const momentText = (c: GeneratedCampaign) =>
  fc.integer({ min: 0, max: c.events.length - 1 }).chain((i) => {
    const e = c.events[i];
    const local = (e?.time.earliest ?? "").slice(0, 16);
    return fc.constantFrom(e?.id ?? "", local.slice(0, 10), local);
  });

describe("one meaning of a moment", () => {
  // Would fail if a command, the REPL, a simulation or a what-if comparison read an event id
  // (or a date) differently from the library: as the event's earliest time rather than just
  // after it, or a date as its start rather than its end.
  it("every command-level resolution applies the events the library's does", () => {
    fc.assert(
      fc.property(
        campaignArb({ minEvents: 1 }).chain((c) => fc.tuple(fc.constant(c), momentText(c))),
        ([c, text]) => {
          const scenario = scenarioOf(c);
          const campaign = Campaign.of(scenario);
          const library = campaign.at(text);
          expect(appliedIn(momentIn(text, scenario), scenario.events)).toBe(library.applied);
          // state, diff, explain, map: the CLI's reading of --at
          expect(campaign.at(moment(campaign, text, "--at")).applied).toBe(library.applied);
          // the REPL's .seek
          const cursor = new Cursor(campaign);
          cursor.seek(text);
          expect(cursor.applied).toBe(library.applied);
          const expected = fingerprint(library.state);
          // simulate --at: one run with quantities as recorded
          const { prepared } = setUp(scenario, { seed: 1, at: [text], model: { quantities: "fixed", choices: [] } });
          let seen = "";
          runOne(prepared, 0, (s) => {
            seen = fingerprint(s);
          });
          expect(seen).toBe(expected);
          // whatif --at: a branch that drops the last event differs from the base only after it
          const last = c.events[c.events.length - 1]?.id as string;
          const before = library.applied < c.events.length;
          const cmp = compare(
            scenario,
            { name: "", note: "", base: "generated", edits: [{ op: "drop", event: last }] },
            { at: text },
          );
          if (before) expect(cmp.places).toEqual([]);
        },
      ),
      propertyParams({ seed: 20_261_127, numRuns: 60 }),
    );
  });
});
