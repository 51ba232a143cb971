import { describe, expect, it } from "vitest";
import { LookupError } from "../../engine/campaign.js";
import { appliedIn, MomentError, momentIn, parseMoment, resolveMoment } from "../../engine/moment.js";

const zone = "Asia/Damascus";
const on = (id: string, earliest: string) => ({ id, time: { earliest } });
const events = [
  on("a-first", "2017-09-04T00:00:00.000+03:00"),
  on("b-link-up", "2017-09-05T13:00:00.000+03:00"),
  on("c-siege-broken", "2017-09-05T13:00:00.000+03:00"),
  on("d-next-day", "2017-09-06T00:00:00.000+03:00"),
];
const scenario = { id: "fixture", timeZone: zone, events };

describe("a moment as people write it", () => {
  it("reads each of the four forms", () => {
    expect(parseMoment("2017-09-05")).toEqual({ kind: "date", text: "2017-09-05" });
    expect(parseMoment("2017-09-05T14:00")).toEqual({ kind: "local", text: "2017-09-05T14:00" });
    expect(parseMoment("2017-09-05T14:00+03:00")).toEqual({ kind: "instant", text: "2017-09-05T14:00+03:00" });
    expect(parseMoment("2017-09-05T11:00Z")).toEqual({ kind: "instant", text: "2017-09-05T11:00Z" });
    expect(parseMoment("cs-0905-siege-broken")).toEqual({
      kind: "event",
      text: "cs-0905-siege-broken",
      event: "cs-0905-siege-broken",
    });
  });

  it("says which option was wrong and every form it takes", () => {
    const forms =
      "expected YYYY-MM-DD (the end of that day), YYYY-MM-DDTHH:mm (local to the scenario's zone), an ISO time with offset (2017-09-05T14:00+03:00), or an event id (just after that event)";
    expect(() => parseMoment("2017-13-45", { option: "--at" })).toThrow(
      `--at '2017-13-45' is not a date or time: ${forms}`,
    );
    expect(() => parseMoment("5 September")).toThrow(`'5 September' is not a date or time: ${forms}`);
    expect(() => parseMoment("2017-09-05T25:00")).toThrow(MomentError);
    expect(() => parseMoment("")).toThrow(MomentError);
    const e = (() => {
      try {
        parseMoment("Cs-Event", { option: "--from" });
      } catch (x) {
        return x as MomentError;
      }
      return null;
    })();
    expect(e).toMatchObject({ code: "time-invalid", kind: "bad-input", option: "--from", text: "Cs-Event" });
  });

  it("names a date that does not exist in the scenario's zone, and an unknown event with the closest ids", () => {
    expect(() => momentIn("2017-02-30", scenario, { option: "--at" })).toThrow(
      /^--at '2017-02-30' is not a date or time: expected YYYY-MM-DD/,
    );
    expect(() => momentIn("c-siege-brokn", scenario, { option: "--at" })).toThrow(LookupError);
    expect(() => momentIn("c-siege-brokn", scenario, { option: "--at" })).toThrow(
      "--at 'c-siege-brokn' is neither a date (YYYY-MM-DD, or YYYY-MM-DDTHH:mm in Asia/Damascus) nor an event id of scenario 'fixture'; did you mean 'c-siege-broken'",
    );
  });
});

describe("a moment resolved in a scenario", () => {
  it("reads a date as the end of that day, or its start when asked, and a local time in the zone", () => {
    expect(momentIn("2017-09-05", scenario).at.iso).toBe("2017-09-05T23:59:59.999+03:00");
    expect(momentIn("2017-09-05", scenario, { startOfDay: true }).at.iso).toBe("2017-09-05T00:00:00.000+03:00");
    expect(momentIn("2017-09-05T14:00", scenario).at.iso).toBe("2017-09-05T14:00:00.000+03:00");
    expect(momentIn("2017-09-05T11:00Z", scenario).at.iso).toBe("2017-09-05T14:00:00.000+03:00");
  });

  it("reads an event id as just after that event: its earliest time, none of the later events of that time", () => {
    const link = momentIn("b-link-up", scenario);
    expect(link).toMatchObject({ through: "b-link-up", at: { iso: "2017-09-05T13:00:00.000+03:00" } });
    expect(appliedIn(link, events)).toBe(2);
    expect(appliedIn(momentIn("c-siege-broken", scenario), events)).toBe(3);
    // The same instant as a time applies both events of 13:00.
    expect(appliedIn(momentIn("2017-09-05T13:00", scenario), events)).toBe(3);
  });

  it("in a log without the event, stops where it stood", () => {
    const link = resolveMoment(parseMoment("b-link-up"), scenario);
    const dropped = events.filter((e) => e.id !== "b-link-up");
    expect(appliedIn(link, dropped, events)).toBe(1);
    const broken = resolveMoment(parseMoment("c-siege-broken"), scenario);
    expect(
      appliedIn(
        broken,
        events.filter((e) => e.id !== "c-siege-broken"),
        events,
      ),
    ).toBe(2);
  });
});
