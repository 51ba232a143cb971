import { describe, expect, it } from "vitest";
import { expectBadInput, okJson } from "./run.js";

const S = "central-syria-2017";
// Two events of the same instant (2017-09-05 at around 2 P.M.): the link-up, then the siege broken.
const LINK_UP = "cs-0905-link-up-137th";
const BROKEN = "cs-0905-siege-broken";
const CITY = "deir-ez-zor-city";

interface StateJson {
  at: string;
  applied: number;
  lastEvent: string;
  sieges: { id: string; status: string }[];
}

describe("an event id is one moment for every command: just after that event", () => {
  // Would fail if whatif or simulate read an event id as its earliest time, which also applies
  // the siege broken at the same instant.
  it("state, whatif and simulate all stand between the link-up and the siege broken at the same instant", () => {
    const state = okJson<StateJson>(["state", S, "--at", LINK_UP, "--json"]);
    expect(state.lastEvent).toBe(LINK_UP);
    expect(state.sieges.find((s) => s.id === CITY)?.status).toBe("active");
    const after = okJson<StateJson>(["state", S, "--at", BROKEN, "--json"]);
    expect(after.applied).toBe(state.applied + 1);
    expect(after.sieges.find((s) => s.id === CITY)?.status).toBe("broken");

    // Dropping the break changes nothing just after the link-up, and the siege just after the break.
    const whatif = (at: string) =>
      okJson<{ comparison: { at: string; sieges: { id: string; base: string; branch: string }[] } }>([
        "whatif",
        S,
        "--drop",
        BROKEN,
        "--at",
        at,
        "--json",
      ]).comparison;
    expect(whatif(LINK_UP)).toMatchObject({ at: state.at, sieges: [] });
    expect(whatif(BROKEN).sieges).toContainEqual(
      expect.objectContaining({ id: CITY, base: "broken", branch: "active" }),
    );

    const sim = okJson<{ at: { key: string; iso: string }[]; sieges: Record<string, Record<string, unknown>> }>([
      "simulate",
      S,
      "--runs",
      "2",
      "--seed",
      "m",
      "--at",
      LINK_UP,
      "--at",
      BROKEN,
      "--json",
    ]);
    expect(sim.at).toContainEqual({ key: LINK_UP, iso: state.at });
    expect(sim.sieges[CITY]?.[LINK_UP]).toEqual({ active: 1 });
    expect(sim.sieges[CITY]?.[BROKEN]).toEqual({ broken: 1 });
  });

  it("a bad moment is one line naming the option and the forms it takes, exit 2", () => {
    const forms = /expected YYYY-MM-DD \(the end of that day\), YYYY-MM-DDTHH:mm .*, or an event id/;
    expectBadInput(
      ["state", S, "--at", "5 September"],
      new RegExp(`--at '5 September' is not a date or time: ${forms.source}`),
    );
    expectBadInput(
      ["diff", S, "--from", "2017-02-30", "--to", "2017-09-01"],
      /--from '2017-02-30' is not a date or time/,
    );
    expectBadInput(["simulate", S, "--runs", "2", "--seed", "m", "--at", "Sept"], /--at 'Sept' is not a date or time/);
    expectBadInput(
      ["forecast", S, "--from", "cs-0905-link-up", "--until", "2017-10-31", "--runs", "2", "--seed", "m"],
      /--from 'cs-0905-link-up' is neither a date .* nor an event id of scenario 'central-syria-2017'; did you mean 'cs-0905-link-up-137th'/,
    );
  });
});
