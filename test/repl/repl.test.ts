import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { openCampaign } from "../../replay/cli/scenario.js";
import { plain } from "../../replay/render/colors.js";
import { completions } from "../../replay/repl/complete.js";
import { startRepl } from "../../replay/repl/server.js";

const FIXTURE = "test/cli/fixtures/fixture-siege.json";

/** Starts the REPL on streams, feeds it lines one by one (each after the previous output settles), and returns the output. */
async function drive(
  lines: readonly (string | { readonly until: string })[],
  start: Partial<Pick<Parameters<typeof startRepl>[0], "opened" | "load">> = {},
): Promise<{ output: string; started: ReturnType<typeof startRepl> }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (d: Buffer) => {
    text += d.toString("utf8");
  });
  const started = startRepl({
    input,
    output,
    terminal: false,
    colors: plain,
    opened: start.opened === undefined ? await openCampaign(FIXTURE) : start.opened,
    engine: {},
    historyFile: null,
    ...(start.load === undefined ? {} : { load: start.load }),
  });
  const settle = () => new Promise((r) => setTimeout(r, 30));
  for (const line of lines) {
    if (typeof line === "string") {
      input.write(`${line}\n`);
      await settle();
    } else while (!text.includes(line.until)) await settle(); // waits for the player; vitest's timeout bounds it
  }
  const closed = new Promise((r) => started.server.on("exit", r));
  input.end();
  await closed;
  return { output: text, started };
}

describe("sitrep repl", () => {
  it("steps, seeks, shows state, places, sieges, fronts, diffs and why, with the cursor in the prompt", async () => {
    const { output } = await drive([
      ".next 3",
      ".state",
      ".seek 2017-09-05",
      ".diff",
      ".sieges",
      ".fronts",
      ".place Fixture Town",
      ".why wadi fixture",
      ".prev",
      ".seek fx-jafrah-part",
      ".timeline 2",
      "cursor.state.places.find((p) => p.id === 'al-jafrah').shares",
      ".help",
    ]);
    expect(output).toMatch(/^sitrep 2017-08-01 00:00 start> /);
    expect(output).toMatch(/"by 6 August" place-captured · Wadi Fixture · Syrian Arab Army captures Wadi Fixture/);
    expect(output).toMatch(/sitrep 2017-08-05 00:00 fx-capture-wadi> /);
    expect(output).toMatch(/fixture-siege at 2017-08-05T00:00:00\.000\+03:00: 3 of 7 events applied/);
    expect(output).toMatch(/at 2017-09-05T23:59:59\.999\+03:00: 5 of 7 events applied \(last: fx-siege-broken\)/);
    expect(output).toMatch(/Siege of Deir ez-Zor: status: active → broken/);
    expect(output).toMatch(/Siege of Deir ez-Zor: broken/);
    expect(output).toMatch(/Syrian government → Deir ez-Zor: 30 \(25–35\) km/);
    expect(output).toMatch(/Wadi Fixture \(fx-wadi, town\) also Fixture Town, Wadi al-Fixture/);
    expect(output).toMatch(/Wadi Fixture at 2017-09-05T23:59:59\.999\+03:00: held by Syrian government/);
    expect(output).toMatch(/back to .*\[fx-advance-dez\]/);
    expect(output).toMatch(/▸ .*\[fx-jafrah-part\]/);
    // Each share is a quantity, the one taken keeping the text's wording.
    expect(output).toMatch(/isil: \{\s*low: 0\.8,\s*best: 0\.8,\s*high: 0\.8,\s*text: null\s*\}/);
    expect(output).toMatch(/'syrian-government': \{[^}]*best: 0\.2,[^}]*text: '20% of the village'/);
    expect(output).toMatch(/\.seek +go to a date/);
  });

  // Would fail if .open read its scenario with the defaults rather than the options the REPL was started with.
  it(".open keeps the command line's --no-infer and --dir", async () => {
    const shulah = async (infer: boolean) => {
      const lines = [".open central-syria-2017", { until: "opened" }, ".seek 2017-09-02", ".place al-Shulah"];
      const { output, started } = await drive(lines, {
        opened: null,
        load: { dirs: [], infer },
      });
      return { output, inferred: started.session.opened?.scenario.inferred.length };
    };
    const inferred = await shulah(true);
    expect(inferred.inferred).toBeGreaterThan(0);
    expect(inferred.output).toMatch(/held by Islamic State/);
    const stated = await shulah(false);
    expect(stated.inferred).toBe(0);
    expect(stated.output).not.toMatch(/held by Islamic State/);
    const { output } = await drive([".open fixture-siege", { until: "opened fixture-siege" }], {
      opened: null,
      load: { dirs: ["test/cli/fixtures"], infer: true },
    });
    expect(output).toMatch(/opened fixture-siege: 7 events/);
  });

  it("reports bad input in one line and carries on", async () => {
    const { output } = await drive([".why Wadi Fixtur", ".seek fx-nothing", ".seek 2017-13-45", ".next 2"]);
    expect(output).toMatch(/sitrep: no place 'Wadi Fixtur' in scenario 'fixture-siege'; did you mean 'Wadi Fixture'/);
    expect(output).toMatch(/sitrep: 'fx-nothing' is neither a date .* nor an event id of scenario 'fixture-siege'/);
    expect(output).toMatch(/sitrep: '2017-13-45' is not a date or time/);
    expect(output).toMatch(/\[fx-clashes-wadi\]/);
  });

  it("plays and pauses through the player, saying it once", async () => {
    const { output, started } = await drive([".play 50", ".pause", ".pause"]);
    expect(output).toMatch(/playing at 50 event\(s\) a second/);
    expect(output).toMatch(/> paused at \d of 7 events; \.play to go on\n/);
    expect(output.match(/paused/g)).toHaveLength(1);
    expect(output).toMatch(/not playing: nothing to pause \(\.play to start\)/);
    expect(started.session.player?.state).toBe("paused");
  });

  it("prints what the player plays on lines of its own, never after the prompt", async () => {
    const { output } = await drive([".play 100", { until: "at the end of fixture-siege" }]);
    const lines = output.split("\n");
    const played = lines.filter((l) => /\[fx-[a-z-]+\]$/.test(l));
    expect(played).toHaveLength(7);
    for (const l of played) expect(l).toMatch(/^2017-\d\d-\d\d "/);
    expect(lines).toContain("at the end of fixture-siege (7 events)");
    expect(output).toMatch(/\nsitrep 2017-09-10 00:00 fx-jafrah-part> $/);
  });

  it("shows the cursor's moment in the prompt: the date at the end of a day, else date and time", async () => {
    const { output } = await drive([".seek 2017-09-05T13:00", ".seek 2017-09-05", ".seek 2017-09-05T14:30:15"]);
    expect(output).toMatch(/sitrep 2017-09-05 13:00 fx-siege-broken> /);
    expect(output).toMatch(/sitrep 2017-09-05 fx-siege-broken> /);
    expect(output).toMatch(/sitrep 2017-09-05 14:30:15 fx-siege-broken> /);
  });

  it("does not move on .prev at the start, and says so", async () => {
    const { output, started } = await drive([".seek 2017-08-01T12:00", ".prev", ".next", ".prev 5"]);
    expect(output).toMatch(
      /sitrep 2017-08-01 12:00 start> already at the start \(initial state\): nothing to step back to.*\nsitrep 2017-08-01 12:00 start> /,
    );
    expect(output).toMatch(/back at the start \(initial state\)\nsitrep 2017-08-01 00:00 start> /);
    expect(started.session.cursor?.applied).toBe(0);
  });

  it("completes place names and event ids", async () => {
    const session = { opened: await openCampaign(FIXTURE) } as Parameters<typeof completions>[0];
    expect(completions(session, ".why wadi f")).toEqual([["Wadi Fixture"], "wadi f"]);
    expect(completions(session, ".seek fx-c")).toEqual([
      ["fx-capture-wadi", "fx-casualties", "fx-clashes-wadi"],
      "fx-c",
    ]);
    expect(completions(session, "cursor.st")).toBeNull();
  });

  it("offers names written as typed, so Tab can complete their common prefix", async () => {
    const session = { opened: await openCampaign("central-syria-2017") } as Parameters<typeof completions>[0];
    expect(completions(session, ".why Sukh")).toEqual([
      ["Sukhna", "Sukhna-Deir ez-Zor highway", "Sukhnah", "Sukhnah–Deir ez-Zor highway"],
      "Sukh",
    ]);
    expect(completions(session, ".why sukhnah-de")).toEqual([
      ["sukhnah-defence-line", "sukhnah-deir-ez-zor-highway"],
      "sukhnah-de",
    ]);
    expect(completions(session, ".place fx")).toEqual([[], "fx"]);
  });
});
