import type { Campaign } from "../../../engine/campaign.js";
import type { MapBase } from "../base.js";

export function campaignPage(base: MapBase, campaign: Campaign): string {
  return `${base.scenario.id}${campaign.scenario.id}`;
}
