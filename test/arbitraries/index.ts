/**
 * fast-check arbitraries for sitrep: random catalogues, model-based valid event logs, and logs
 * that break one named rule on purpose. Meant to be published as `sitrep/testing`.
 * @packageDocumentation
 */

export { type CatalogueArbOptions, catalogueArb } from "./catalogue.js";
export {
  type BreakableRule,
  breakableRules,
  INVALID_RULES,
  type InvalidArbOptions,
  type InvalidLog,
  invalidCampaignArb,
  invalidEventArb,
  invalidLogArb,
} from "./invalid.js";
export {
  campaignArb,
  eventLogArb,
  type GeneratedCampaign,
  type GeneratedLog,
  type LogArbOptions,
} from "./log.js";
