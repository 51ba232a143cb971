import { z } from "zod";
import { ScenarioLoadError } from "../scenario/problems.js";
import { parseWith, readText } from "../whatif/file.js";

const rate = z.number().finite().nonnegative();
const probability = z.number().finite().min(0).max(1);
const positive = z.number().finite().positive();

/** A Beta prior `[a, b]` of the chance that `what` happens. */
function betaPrior(ab: [number, number], what: string) {
  return z.tuple([rate, rate]).default(ab).describe(`Beta prior [a, b] of the chance that ${what}.`);
}

/** A process's parameters: whether it runs (described by `enabled` if given), then its own priors. */
function processInput<S extends z.ZodRawShape>(enabled: string | undefined, shape: S) {
  const on = z.boolean().default(true);
  return z.strictObject({ enabled: enabled === undefined ? on : on.describe(enabled), ...shape });
}

/**
 * Fronts: how fast each side closes on each objective (km/day), pooled towards the rate of
 * every axis known at the origin. See docs/forecast.md.
 */
const frontsInput = processInput("Whether fronts move.", {
  priorRateKmPerDay: rate.default(1.5).describe("Prior mean rate of advance, km/day, before any report."),
  priorStrength: rate
    .default(3)
    .describe("Weight of the pooled rate against one axis' own intervals (in intervals): partial pooling."),
  priorSigma: positive.default(0.8).describe("Prior day-to-day variation of the rate (sd of its logarithm)."),
  maxRateKmPerDay: positive.default(30).describe("Observed interval rates are capped at this (km/day)."),
  pausePrior: betaPrior([2, 3], "a day brings no progress"),
  setbackPrior: betaPrior([1, 30], "a day brings a setback"),
  setbackKm: positive.default(8).describe("Prior mean size of a setback, km (exponential)."),
});

/** Captures without a front: a side taking places next to those it holds, and losing some again. */
const capturesInput = processInput(undefined, {
  windowDays: positive.default(30).describe("How far back from the origin captures are counted."),
  priorRatePerDay: rate.default(0.1).describe("Prior captures per day for one side."),
  priorDays: rate.default(14).describe("Weight of the pooled rate, in days of observation."),
  reversalPrior: betaPrior([1, 9], "a capture is reversed"),
  reversalWindowDays: positive.default(7).describe("A reversal comes within this many days."),
});

/** Sieges: daily hazards of being lifted or falling; relief breaks them. */
const siegesInput = processInput(undefined, {
  liftHazardPerDay: rate.default(0.002).describe("Prior daily chance that the besieger gives up."),
  fallHazardPerDay: rate.default(0.002).describe("Prior daily chance that the enclave falls."),
  priorDays: rate.default(180).describe("Weight of the prior hazards, in siege-days."),
  cutSupplyFactor: positive.default(3).describe("Fall hazard multiplier while the besieged's supply is cut."),
  reliefHazard: probability.default(0.05).describe("Daily chance of a break-through when a relief front is at 0 km."),
  reliefScaleKm: positive.default(5).describe("Distance over which that chance decays (exponentially)."),
});

/** Casualties: reports per side per day, each a source's figure drawn within its range. */
const casualtiesInput = processInput(undefined, {
  windowDays: positive.default(30),
  priorReportsPerDay: rate.default(0.1).describe("Prior casualty reports per day for one side."),
  priorDays: rate.default(14),
});

/** A forward model file: `{ id, version, processes: { fronts?, captures?, sieges?, casualties? } }`. */
export const forecastModelInput = z.strictObject({
  $schema: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, "expected an id such as 'my-model'")
    .default("sitrep-forward"),
  version: z.string().min(1).default("1"),
  description: z.string().optional(),
  processes: z
    .strictObject({
      fronts: frontsInput.default(frontsInput.parse({})),
      captures: capturesInput.default(capturesInput.parse({})),
      sieges: siegesInput.default(siegesInput.parse({})),
      casualties: casualtiesInput.default(casualtiesInput.parse({})),
    })
    .default({
      fronts: frontsInput.parse({}),
      captures: capturesInput.parse({}),
      sieges: siegesInput.parse({}),
      casualties: casualtiesInput.parse({}),
    }),
});

/** A forward model's parameters: the priors of each built-in process. Plain data. */
export type ForecastModel = z.output<typeof forecastModelInput>;
export type FrontsModel = ForecastModel["processes"]["fronts"];
export type CapturesModel = ForecastModel["processes"]["captures"];
export type SiegesModel = ForecastModel["processes"]["sieges"];
export type CasualtiesModel = ForecastModel["processes"]["casualties"];

/** The model shipped with sitrep (`sitrep-forward`, version 1): every prior at its documented default. */
export const DEFAULT_FORECAST_MODEL: ForecastModel = Object.freeze(forecastModelInput.parse({})) as ForecastModel;

/**
 * Builds a model from partial input (defaults fill the rest); throws `ScenarioLoadError` with
 * every problem, each at its field.
 * @example
 * const m = forecastModel({ processes: { fronts: { priorRateKmPerDay: 2 } } });
 */
export function forecastModel(input: unknown): ForecastModel {
  const r = parseWith(forecastModelInput, JSON.stringify(input ?? {}), "(forecast model)");
  if (!r.success) throw new ScenarioLoadError(r.problems);
  return r.data;
}

/**
 * Reads a forward model file (JSON), checked like a scenario: an unknown
 * process or field, a negative rate, a probability above 1 are each reported at their line.
 * @example
 * const model = loadForecastModel("slow-fronts.model.json");
 */
export function loadForecastModel(path: string): ForecastModel {
  const { text, shown } = readText(path, "forecast model");
  const r = parseWith(forecastModelInput, text, shown);
  if (!r.success) throw new ScenarioLoadError(r.problems);
  return r.data;
}
