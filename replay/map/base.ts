import type { GeoProjection } from "d3-geo";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { sideColors } from "../visual/palette.js";
import { attributionOf } from "./attribution.js";
import { borderPaths } from "./borders.js";
import { type Positions, positionsOf } from "./layout.js";
import { type Located, locatedPlaces } from "./located.js";
import { type Frame, fitProjection, MAP_FRAME } from "./projection.js";

/** Thrown when a scenario names no place that has coordinates: there is nothing to draw. */
export class MapError extends Error {
  override readonly name = "MapError";
  readonly code = "bad-input" as const;
}

/** What every moment of one scenario's map shares: the frame, projection, places and borders. */
export interface MapBase {
  readonly scenario: Scenario;
  readonly frame: Frame;
  readonly projection: GeoProjection;
  readonly located: Located;
  readonly positions: Positions;
  readonly colors: ReadonlyMap<string, string>;
  readonly land: string;
  readonly borders: string;
  readonly attribution: string;
}

/**
 * Fits the map to the scenario's located places and projects them and the borders once.
 * Throws `MapError` when no place the scenario names has coordinates.
 */
export function mapBase(scenario: Scenario, frame: Frame = MAP_FRAME): MapBase {
  const located = locatedPlaces(scenario);
  if (located.places.length === 0)
    throw new MapError(
      `scenario '${scenario.id}' names ${located.unlocated.length} places and none has coordinates: add 'coordinates' ({ lat, lon, precision, source }) to its places in the catalogue to draw a map`,
    );
  const projection = fitProjection(located.places, frame);
  const { land, borders } = borderPaths(projection);
  return {
    scenario,
    frame,
    projection,
    located,
    positions: positionsOf(located.places, projection),
    colors: sideColors(scenario.catalogue.sides.map((s) => s.id)),
    land,
    borders,
    attribution: attributionOf(located.places),
  };
}
