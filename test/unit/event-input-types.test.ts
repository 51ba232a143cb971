import { describe, expect, it } from "vitest";
import { createEvent, type EventInput } from "../../engine/index.js";

describe("EventInput", () => {
  // A kind's own fields must not share a name with the fields every event has (`actors`,
  // `places`): in an intersection type the two met as `undefined`, so a link-up could not be
  // written without a cast. Its forces are now `forces`.
  it("a link-up as the schema takes it is an EventInput, with no cast", () => {
    const typed: EventInput = {
      id: "link",
      type: "link-up",
      forces: ["a-force", "b-force"],
      time: { text: "on 1 May", date: "2017-05-01" },
      source: { document: "doc", quote: "the two forces met" },
    };
    expect(createEvent(typed, "UTC").actors).toEqual(["a-force", "b-force"]);
  });
});
