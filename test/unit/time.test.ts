import { describe, expect, it } from "vitest";
import { describeTime } from "../../engine/time/describe.js";
import { resolveTime, timeInput } from "../../engine/time/event-time.js";
import { parseInstant } from "../../engine/time/instant.js";
import { TimeError } from "../../engine/time/time-error.js";

const damascus = "Asia/Damascus";
const resolve = (input: unknown, zone = damascus) => resolveTime(timeInput.parse(input), zone);

describe("resolving a source's wording to an interval", () => {
  it("'late on 29 July' is the evening of that day, local time", () => {
    expect(resolve({ text: "Late on 29 July", date: "2017-07-29", part: "late" })).toEqual({
      text: "Late on 29 July",
      earliest: "2017-07-29T18:00:00.000+03:00",
      latest: "2017-07-29T23:59:59.999+03:00",
      precision: "part-of-day",
    });
  });

  it("'at around 2 P.M. local time' is a window around 14:00", () => {
    const t = resolve({ text: "at around 2 P.M. local time", at: "2017-09-05T14:00", approxMinutes: 60 });
    expect([t.earliest, t.latest, t.precision]).toEqual([
      "2017-09-05T13:00:00.000+03:00",
      "2017-09-05T15:00:00.000+03:00",
      "approximate",
    ]);
  });

  it("'between 15 and 16 July' covers both days", () => {
    const t = resolve({ text: "Between 15 and 16 July", between: ["2017-07-15", "2017-07-16"] });
    expect([t.earliest, t.latest, t.precision]).toEqual([
      "2017-07-15T00:00:00.000+03:00",
      "2017-07-16T23:59:59.999+03:00",
      "days",
    ]);
  });

  it("'by 31 August' runs from the grounded lower bound to the end of that day", () => {
    const t = resolve({ text: "By 31 August", by: "2017-08-31", notBefore: "2017-08-29" });
    expect([t.earliest, t.latest, t.precision]).toEqual([
      "2017-08-29T00:00:00.000+03:00",
      "2017-08-31T23:59:59.999+03:00",
      "by",
    ]);
  });

  it("'in the beginning of October' is 1-10 October, across the change of offset", () => {
    const t = resolve({ text: "in the beginning of October", month: "2017-10", part: "beginning" });
    expect([t.earliest, t.latest, t.precision]).toEqual([
      "2017-10-01T00:00:00.000+03:00",
      "2017-10-10T23:59:59.999+03:00",
      "month-part",
    ]);
  });

  it("the end of a month stops at its last day", () => {
    expect(resolve({ text: "late February", month: "2017-02", part: "end" }).latest).toBe(
      "2017-02-28T23:59:59.999+02:00",
    );
  });

  it("a day in winter takes the winter offset of the zone", () => {
    expect(resolve({ text: "14 January", date: "2017-01-14" }).earliest).toBe("2017-01-14T00:00:00.000+02:00");
  });

  it("refuses a span that ends before it starts, saying which way round", () => {
    expect(() => resolve({ text: "x", between: ["2017-07-16", "2017-07-15"] })).toThrow(TimeError);
    expect(() => resolve({ text: "x", by: "2017-07-01", notBefore: "2017-07-05" })).toThrow(/before notBefore/);
  });

  it("keeps a note on how the time was set apart from the wording, and shows them together", () => {
    const t = resolve({ text: "Tuesday", note: "26 May 2015, by inference", date: "2015-05-26" }, "Asia/Baghdad");
    expect(t).toMatchObject({ text: "Tuesday", note: "26 May 2015, by inference", precision: "day" });
    expect(describeTime(t)).toBe("Tuesday (26 May 2015, by inference)");
    expect(describeTime(resolve({ text: "late on 29 July", date: "2017-07-29", part: "late" }))).toBe(
      "late on 29 July",
    );
    expect("note" in resolve({ text: "late on 29 July", date: "2017-07-29", part: "late" })).toBe(false);
    expect(describeTime(resolve({ text: "", note: "before the campaign", date: "2017-07-13" }))).toBe(
      "(before the campaign)",
    );
  });

  it("refuses a time with no wording and no note, saying the note is needed", () => {
    const r = timeInput.safeParse({ text: "", date: "2017-07-13" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["note"], message: expect.stringMatching(/needs a 'note'/) });
  });

  it("refuses a time in none of the forms", () => {
    expect(timeInput.safeParse({ text: "sometime", when: "soon" }).success).toBe(false);
    expect(timeInput.safeParse({ text: "x", date: "2017-13-45" }).success).toBe(false);
  });
});

describe("moments users ask about", () => {
  it("a date alone means the end of that day in the scenario's zone", () => {
    expect(parseInstant("2017-09-05", damascus).iso).toBe("2017-09-05T23:59:59.999+03:00");
  });

  it("a local time without offset is in the scenario's zone", () => {
    expect(parseInstant("2017-09-05T14:00", damascus).ms).toBe(Date.parse("2017-09-05T11:00:00Z"));
  });

  it("a time with an offset is taken as it is and shown in the zone", () => {
    const i = parseInstant("2017-09-05T11:00:00Z", damascus);
    expect(i.ms).toBe(Date.parse("2017-09-05T11:00:00Z"));
    expect(i.iso).toBe("2017-09-05T14:00:00.000+03:00");
  });

  it("a bad date names the forms that would work", () => {
    expect(() => parseInstant("5 Sept", damascus)).toThrow(/expected YYYY-MM-DD/);
    expect(() => parseInstant("2017-02-30", damascus)).toThrow(TimeError);
  });
});
