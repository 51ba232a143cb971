/**
 * sitrep's public API. Everything a user of the library may rely on is exported here by
 * name; anything else is internal and may change.
 * @packageDocumentation
 */

// Questioning a scenario: state at any moment, a place's history, why it is held
export { Campaign, LookupError, type Snapshot, type When } from "./campaign.js";
// The catalogue: sides, actors and places
export { buildCatalogue, type Catalogue, type CatalogueProblem } from "./catalogue/catalogue.js";
export type {
  ActorEntry,
  ActorKind,
  Coordinates,
  PlaceEntry,
  PlaceKind,
  Precision,
  SideEntry,
} from "./catalogue/schema.js";
export { RULE_IDS, type RuleId, RuleViolationError, type Violation } from "./errors/rule-violation.js";
// Errors
export {
  type ErrorKind,
  formatPath,
  isSitrepError,
  type Problem,
  SitrepError,
  type SitrepErrorOptions,
} from "./errors/sitrep-error.js";
// Events
export { createEvent, EventInputError } from "./events/create.js";
export type { DomainEvent, EventBase, EventOf, SimulatedOrigin } from "./events/event.js";
export { EVENT_TYPES, type EventType } from "./events/kinds.js";
export type { EventInput } from "./events/schema.js";
// Forecasting: simulating forward from a moment, and scoring forecasts against history
export {
  BASELINES,
  type Backtest,
  type BacktestCase,
  type BacktestOptions,
  type BaselineName,
  backtest,
  type DeathsBacktest,
  type DeathsCase,
  type Pooled,
} from "./forecast/backtest.js";
export { ALL_DEATHS, DEATHS_BASELINES, type DeathsBaselineName } from "./forecast/deaths-baselines.js";
export type { DeathsScore, DeathsSummary } from "./forecast/deaths-score.js";
export {
  type CountBand,
  type DayQuantiles,
  type DeathsBand,
  type Forecast,
  type ForecastOptions,
  type ForecastRun,
  forecast,
  forecastPrepared,
  forecastRun,
  MAX_RUNS,
  type MilestoneForecast,
  type PlaceOdds,
  type RunForecastOptions,
  type ShareBand,
  type UnattributedBand,
} from "./forecast/forecast.js";
export type { KnownHistory, KnownLog } from "./forecast/history.js";
export type { Milestone } from "./forecast/milestones.js";
export {
  DEFAULT_FORECAST_MODEL,
  type ForecastModel,
  forecastModel,
  loadForecastModel,
} from "./forecast/model.js";
export { ForecastPool } from "./forecast/pool.js";
export type { DayContext, ForecastProcess, GeneratedEvent } from "./forecast/process.js";
export { UNATTRIBUTED, type Unattributed } from "./forecast/processes/unattributed.js";
export { type Recorded, recordedOutcomes } from "./forecast/recorded.js";
export { SIMULATED_DOCUMENT } from "./forecast/run.js";
export {
  BUILT_IN_PROCESSES,
  ForecastError,
  type ForecastMoment,
  type ForecastSpec,
  MAX_HORIZON_DAYS,
  type PreparedForecast,
  prepareForecast,
} from "./forecast/setup.js";
export type { MilestoneScore, ScoreSummary } from "./forecast/summary.js";
export {
  type BranchForecast,
  type BranchForecastOptions,
  type BranchMilestone,
  type BranchPoint,
  type BranchTarget,
  branchPointOf,
  forecastBranch,
  type RecordedDate,
} from "./forecast/whatif.js";
export type { SimDay, World } from "./forecast/world.js";
export { InputError } from "./input/input-error.js";
export {
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
  type InputLimits,
  type InputOptions,
  inputLimits,
} from "./input/limits.js";
export {
  type ActorId,
  DOCUMENT_ID_PATTERN,
  type EntityId,
  type EventId,
  type PlaceId,
  type SideId,
} from "./model/ids.js";
export type { Provenance } from "./model/provenance.js";
export type { Quantity } from "./model/quantity.js";
export { MAX_QUANTITY } from "./model/quantity-input.js";
export {
  appliedIn,
  type Moment,
  type MomentContext,
  MomentError,
  type MomentOptions,
  momentForms,
  momentIn,
  parseMoment,
  type ResolvedMoment,
  type ResolveOptions,
  resolveMoment,
} from "./moment.js";
// Queries over states: differences, explanations, histories, views
export { diff, type FieldChange, type RecordChange, type RecordDiff, type StateDiff } from "./query/diff.js";
export type { Explanation } from "./query/explain.js";
export { canonicalJson, fingerprint } from "./query/fingerprint.js";
export {
  type Frame,
  logFrames,
  type MomentProperties,
  type PeriodProperties,
  type PlaceFeature,
  type PlacesCollection,
  placesAt,
  placesOverSpan,
} from "./query/geojson.js";
export { type HistoryEntry, placeHistory, type SiegeChange } from "./query/history.js";
export { restoreState } from "./query/restore.js";
export { type FrontView, type PlaceView, type SiegeView, type StateView, viewState } from "./query/view.js";
// The reducer
export { applyTolerant, check, reduce, type Skipped } from "./reducer/reduce.js";
// Loading scenarios and catalogues
export { builtInScenarios, findScenarios, loadScenario, type ScenarioEntry } from "./scenario/builtin.js";
export { builtInCatalogue } from "./scenario/catalogue-files.js";
export { type CoverageReport, type CoveredSentence, coverage } from "./scenario/coverage.js";
export type { InferredHolding } from "./scenario/infer.js";
export {
  checkScenario,
  type LoadOptions,
  loadScenarioFile,
  parseScenario,
  type ScenarioCheck,
} from "./scenario/load.js";
export { formatProblem, type LoadProblem, ScenarioLoadError } from "./scenario/problems.js";
export {
  type Citation,
  type CitedTextProblem,
  type CitedTexts,
  checkQuotes,
  citationsOf,
  type QuoteProblem,
} from "./scenario/quotes.js";
export type { Scenario, SourceDocument } from "./scenario/scenario.js";
export type { ScenarioInput } from "./scenario/schema.js";
export { type MergedAway, mergeScenarios, type Theatre } from "./scenario/theatre.js";
export { checkTimeWordings, type WordingProblem } from "./scenario/wordings.js";
// Sieges as a state machine
export { type SiegeMachineEvent, siegeMachine } from "./sieges/machine.js";
// Simulation: seeded Monte Carlo over uncertain outcomes
export { type Quantiles, quantiles, sampleTriangular } from "./sim/distributions.js";
export type { Distributions, MeasuredAt } from "./sim/measures.js";
export {
  type Alternative,
  asCapture,
  asRepelled,
  type Choice,
  choiceProblems,
  disputed,
  loadModel,
  type OutcomeContext,
  openOutcome,
  SAMPLE_QUANTITIES,
  type SimulationModel,
} from "./sim/model.js";
export { exportRun, type RecreatedRun, recreateRun } from "./sim/recreate.js";
export { type Rng, runRng } from "./sim/rng.js";
export { ModelError } from "./sim/run.js";
export type { MeasureOptions, SimulationTarget } from "./sim/setup.js";
export { type SimulateOptions, simulate } from "./sim/simulate.js";
export { SimulationPool } from "./sim/workers.js";
// State
export { emptyState } from "./state/initial.js";
export { Ledger, type LedgerEntry } from "./state/ledger.js";
export { placeState } from "./state/place-state.js";
export { LEDGER_FIELDS, type PlainState, plainState } from "./state/plain.js";
export type {
  ActivityTally,
  CasualtyTally,
  CeasefireState,
  ControlBasis,
  Deployment,
  DisplacementFigure,
  Fate,
  Front,
  OperationState,
  OperationStatus,
  PersonState,
  PlaceState,
  PocketState,
  PocketStatus,
  Refs,
  SiegeContext,
  SiegeState,
  SiegeStatus,
  Stamp,
  State,
  SupplyRouteState,
  SupplyStatus,
  TalksState,
  TerritoryFigure,
} from "./state/types.js";
// Time
export { type DayPart, type EventTime, resolveTime, type TimeInput, type TimePrecision } from "./time/event-time.js";
export { type Instant, parseInstant } from "./time/instant.js";
export { TimeError } from "./time/time-error.js";
// Replay and time travel
export type { EventLog } from "./timeline/log.js";
export { type ReplayOptions, replay } from "./timeline/replay.js";
export { DEFAULT_SNAPSHOT_EVERY, Timeline, type TimelineOptions } from "./timeline/timeline.js";
// What-if branches
export { applyEdits, BranchEditError, type EditedLog, SHIFT_YEARS } from "./whatif/apply.js";
export type { Branch, DropEdit, Edit, InsertEdit, ReplaceEdit, Shift, ShiftEdit } from "./whatif/branch.js";
export { type BranchBuilder, branch } from "./whatif/builder.js";
export { type Comparison, compare, type DeathsDifference, type Losses } from "./whatif/compare.js";
export { formatBranch, loadBranch, parseBranch } from "./whatif/file.js";
export {
  type BranchReplay,
  type BranchReplayOptions,
  BranchViolationError,
  type Consequence,
  replayBranch,
} from "./whatif/replay.js";
// Worker threads
export type { WorkerPool } from "./workers/pool.js";
