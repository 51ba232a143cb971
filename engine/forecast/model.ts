import { z } from "zod";
import { ScenarioLoadError } from "../scenario/problems.js";
import { parseWith, readText } from "../whatif/file.js";

/** A parameter's kind: what values it takes. */
const rate = z.number().finite().nonnegative();
const probability = z.number().finite().min(0).max(1);
const positive = z.number().finite().positive();
const beta = z.tuple([rate, rate]);
/** Where a forecast model file's fields are written down. */
const FORECAST_FIELDS = "the model file of docs/forecast.md";

/**
 * A parameter of a kind, with its default and what it means: one row of a process's table.
 * The meaning is the parameter's description in the schema, so no parameter goes without one.
 */
function param<K extends z.ZodType>(kind: K) {
  return (value: z.util.NoUndefined<z.output<K>>, meaning: string) => kind.default(value).describe(meaning);
}
const aRate = param(rate);
const aProbability = param(probability);
const aPositive = param(positive);
/** A Beta prior `[a, b]` of the chance that `what` happens. */
function aBetaPrior(ab: [number, number], what: string) {
  return param(beta)(ab, `Beta prior [a, b] of the chance that ${what}.`);
}

/**
 * The three parameters of a daily rate per side pooled over the sides (see `pooledRates`): how
 * far back from the origin a side's own `what` are counted, the prior rate (named `perDay`) and
 * its weight in days. Their fields in that order: `windowDays`, `perDay`, `priorDays`.
 */
function pooledDailyRate<K extends string>(
  perDay: K,
  what: string,
  defaults: { readonly windowDays: number; readonly perDay: number; readonly priorDays: number },
  one = "side",
) {
  const prior = aRate(defaults.perDay, `Prior ${what} per day for one ${one}.`);
  return {
    windowDays: aPositive(defaults.windowDays, `How far back from the origin ${what} are counted.`),
    [perDay]: prior,
    priorDays: aRate(defaults.priorDays, "Weight of the pooled rate, in days of observation."),
  } as { windowDays: typeof prior } & { [P in K]: typeof prior } & { priorDays: typeof prior };
}

/**
 * A process's parameters: whether it runs (`enabled`, with what running means), then its table.
 * Left out of a model file, the process and each of its parameters take their defaults.
 */
function processInput<S extends Record<string, z.ZodDefault>>(runs: string, table: S) {
  const input = z.strictObject({ enabled: param(z.boolean())(true, `Whether ${runs}.`), ...table });
  // Every field has a default, so `{}` is a whole input (which the generic type cannot see).
  return input.prefault({} as z.input<typeof input>);
}

/**
 * Fronts: how fast each side closes on each objective (km/day), pooled towards the rate of
 * every axis known at the origin. See docs/forecast.md.
 */
const frontsInput = processInput("fronts move", {
  priorRateKmPerDay: aRate(1.5, "Prior mean rate of advance, km/day, before any report."),
  priorStrength: aRate(3, "Weight of the pooled rate against one axis' own intervals (in intervals): partial pooling."),
  priorSigma: aPositive(0.8, "Prior day-to-day variation of the rate (sd of its logarithm)."),
  maxRateKmPerDay: aPositive(30, "Observed interval rates are capped at this (km/day)."),
  pausePrior: aBetaPrior([2, 3], "a day brings no progress"),
  setbackPrior: aBetaPrior([1, 30], "a day brings a setback"),
  setbackKm: aPositive(8, "Prior mean size of a setback, km (exponential)."),
});

/** Captures without a front: a side taking places next to those it holds, and losing some again. */
const capturesInput = processInput("sides take places without a front", {
  ...pooledDailyRate("priorRatePerDay", "captures", { windowDays: 30, perDay: 0.1, priorDays: 14 }),
  reversalPrior: aBetaPrior([1, 9], "a capture is reversed"),
  reversalWindowDays: aPositive(7, "A reversal comes within this many days."),
});

/** Sieges: daily hazards of being lifted or falling; relief breaks them. */
const siegesInput = processInput("sieges can be lifted, fall or be broken by relief", {
  liftHazardPerDay: aRate(0.002, "Prior daily chance that the besieger gives up."),
  fallHazardPerDay: aRate(0.002, "Prior daily chance that the enclave falls."),
  priorDays: aRate(180, "Weight of the prior hazards, in siege-days."),
  cutSupplyFactor: aPositive(3, "Fall hazard multiplier while the besieged's supply is cut."),
  reliefHazard: aProbability(0.05, "Daily chance of a break-through when a relief front is at 0 km."),
  reliefScaleKm: aPositive(5, "Distance over which that chance decays (exponentially)."),
});

/**
 * A stream of reports per side (casualties' and civilians'), or per kind of death no side is
 * named for (`one` "stream"): a pooled daily rate, the figures drawn from, the streams left out
 * as dormant, and each run's own rate.
 */
function reportStream(what: string, whose: string, one = "side") {
  return {
    ...pooledDailyRate("priorReportsPerDay", what, { windowDays: 90, perDay: 0.1, priorDays: 14 }, one),
    recentFigures: aPositive(
      10,
      `A ${one} with at least this many figures in the window draws its figures from those alone, not from every report since the log began.`,
    ),
    dormantDays: aPositive(
      365,
      `A ${one} none of whose ${whose} was reported in this many days before the origin is not simulated.`,
    ),
    rateSpread: aRate(
      0.5,
      `Prior squared coefficient of variation of a ${one}'s rate of reports from one block of days to the next: each run draws its own rate (0: every run the same).`,
    ),
    severitySpread: aRate(
      0.3,
      `Prior squared coefficient of variation of a ${one}'s deaths per report from one block of days to the next: each run scales its reports' figures by its own factor (0: figures as reported).`,
    ),
    spreadBlockDays: aPositive(
      30,
      `Length of the blocks of days whose reports measure a ${one}'s own spread of rate and of deaths per report.`,
    ),
    spreadPriorBlocks: aRate(3, "Weight of the prior spreads (of rate and of deaths per report), in blocks of days."),
  };
}

/** Casualties: reports per side per day, each a source's figure drawn within its range. */
const casualtiesInput = processInput("casualty reports are made", reportStream("casualty reports", "losses"));

/** Civilians: reports of civilians killed per side that killed them, each a source's figure at a place it named. */
const civiliansInput = processInput(
  "reports of civilians killed are made",
  reportStream("reports of civilians killed", "killings of civilians"),
);

/**
 * Deaths of no named side: reports of civilians whose killers are not named and of deaths of no
 * known side, a stream of each for the theatre, each a source's figure.
 */
const unattributedInput = processInput(
  "reports of deaths of no named side are made",
  reportStream("reports of deaths of no named side", "such deaths", "stream"),
);

/**
 * The theatre's intensity: one factor per run, of mean 1, that every stream of reports shares
 * (see `theatreIntensity`), so that the sides' deaths, the civilians' and the deaths of no known
 * side rise and fall together from run to run, as they do from month to month.
 */
const intensityInput = z
  .strictObject({
    enabled: param(z.boolean())(
      true,
      "Whether each run draws one factor of the theatre's intensity that every stream of reports shares.",
    ),
    rateSpread: aRate(
      0.5,
      "Prior squared coefficient of variation of the theatre's rate of death reports from one block of days to the next: the variance of the shared factor.",
    ),
    spreadBlockDays: aPositive(
      30,
      "Length of the blocks of days whose report counts measure the theatre's own spread.",
    ),
    spreadPriorBlocks: aRate(3, "Weight of the prior spread, in blocks of days."),
  })
  .prefault({});

/** A forward model file: `{ id, version, processes: { fronts?, captures?, sieges?, casualties?, civilians?, unattributed? }, intensity? }`. */
export const forecastModelInput = z.strictObject({
  $schema: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, "expected an id such as 'my-model'")
    .default("sitrep-forward"),
  version: z.string().min(1).default("4"),
  description: z.string().optional(),
  processes: z
    .strictObject({
      fronts: frontsInput,
      captures: capturesInput,
      sieges: siegesInput,
      casualties: casualtiesInput,
      civilians: civiliansInput,
      unattributed: unattributedInput,
    })
    .prefault({}),
  intensity: intensityInput,
});

/** A forward model's parameters: the priors of each built-in process. Plain data. */
export type ForecastModel = z.output<typeof forecastModelInput>;
export type FrontsModel = ForecastModel["processes"]["fronts"];
export type CapturesModel = ForecastModel["processes"]["captures"];
export type SiegesModel = ForecastModel["processes"]["sieges"];
export type IntensityModel = ForecastModel["intensity"];

/** The model shipped with sitrep (`sitrep-forward`, version 4): every prior at its documented default. */
export const DEFAULT_FORECAST_MODEL: ForecastModel = Object.freeze(forecastModelInput.parse({})) as ForecastModel;

/**
 * Builds a model from partial input (defaults fill the rest); throws `ScenarioLoadError` with
 * every problem, each at its field.
 * @example
 * const m = forecastModel({ processes: { fronts: { priorRateKmPerDay: 2 } } });
 */
export function forecastModel(input: unknown): ForecastModel {
  const r = parseWith(forecastModelInput, JSON.stringify(input ?? {}), "(forecast model)", FORECAST_FIELDS);
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
  const r = parseWith(forecastModelInput, text, shown, FORECAST_FIELDS);
  if (!r.success) throw new ScenarioLoadError(r.problems);
  return r.data;
}
