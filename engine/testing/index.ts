/**
 * `sitrep/testing`: what sitrep's own tests use, for users' tests of their own scenarios —
 * vitest matchers that accept any alias of a place, a given/when/then spec for events and for
 * what-if branches, fast-check arbitraries (catalogues, valid event logs, logs that break one
 * rule, branch edits) and property helpers. Needs `vitest` (for the matchers) and `fast-check`
 * (for the arbitraries and properties) installed beside sitrep.
 * @packageDocumentation
 */

// Arbitraries
export {
  type BranchEditsArbOptions,
  branchArb,
  branchEditsArb,
  type EditOp,
} from "./arbitraries/branch.js";
export { type CatalogueArbOptions, catalogueArb } from "./arbitraries/catalogue.js";
export {
  type BreakableRule,
  breakableRules,
  INVALID_RULES,
  type InvalidArbOptions,
  type InvalidLog,
  invalidCampaignArb,
  invalidEventArb,
  invalidLogArb,
} from "./arbitraries/invalid.js";
export {
  campaignArb,
  eventLogArb,
  type GeneratedCampaign,
  type GeneratedLog,
  type LogArbOptions,
} from "./arbitraries/log.js";
// Matchers
export type { ExpectedCasualties, ExpectedFigure } from "./matchers/casualties.js";
export type { ForecastSubject, LaterThan, MilestoneProbability } from "./matchers/forecast.js";
export type { MatcherThis, MatchResult } from "./matchers/result.js";
export type { SiegeStatusOrAbsent } from "./matchers/siege.js";
export { type Extendable, type SitrepMatchers, setupMatchers, sitrepMatchers } from "./matchers/vitest.js";
// Property helpers
export { CI_SEED, MIN_RUNS, propertyParams } from "./properties/params.js";
export {
  assertReplayDeterministic,
  assertSeekEqualsReplay,
  assertSnapshotRoundTrip,
  type ReplayCase,
} from "./properties/replay.js";
// Specs
export { type EventSpec, type SpecEvent, type SpecGiven, type SpecOutcome, spec } from "./spec/events.js";
export { WhatIf, type WhatIfOutcome, whatIf } from "./spec/whatif.js";
// Reading states
export {
  type MatcherSubject,
  NameError,
  registerScenario,
  type ScenarioSnapshot,
  type StateWithContext,
  snapshotAt,
} from "./subject.js";
