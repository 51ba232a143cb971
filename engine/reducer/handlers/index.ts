import type { HandlerTable } from "../handler.js";
import { clashes, controlReported, placeCaptured, placeRecaptured } from "./control.js";
import { development } from "./development.js";
import { ceasefire, negotiationsHeld, negotiationsScheduled } from "./diplomacy.js";
import {
  airborneLanding,
  airstrike,
  artilleryBombardment,
  assaultRepelled,
  counterattack,
  linkUp,
  raid,
} from "./engagements.js";
import { areaCleared, displacement, territoryShare } from "./figures.js";
import { fireControl } from "./fire-control.js";
import { redeployment, reinforcement } from "./forces.js";
import { advance, withdrawal } from "./fronts.js";
import { casualties, civiliansKilled, personCaptured, personExecuted, personKilled } from "./losses.js";
import {
  airCampaign,
  offensiveConcluded,
  offensiveLaunched,
  offensiveResumed,
  offensiveSuspended,
} from "./operations.js";
import { encirclement, pocketCleared } from "./pockets.js";
import { siegeBroken, siegeImposed, siegeLifted, siegeTightened } from "./sieges.js";
import { supplyRouteCut, supplyRouteSecured } from "./supply.js";

/** The handler of every event kind. Total: the compiler rejects a kind left out. */
export const HANDLERS: HandlerTable = {
  "offensive-launched": offensiveLaunched,
  "offensive-suspended": offensiveSuspended,
  "offensive-resumed": offensiveResumed,
  "offensive-concluded": offensiveConcluded,
  advance,
  withdrawal,
  "place-captured": placeCaptured,
  "place-recaptured": placeRecaptured,
  "control-reported": controlReported,
  clashes,
  "assault-repelled": assaultRepelled,
  raid,
  counterattack,
  encirclement,
  "pocket-cleared": pocketCleared,
  "link-up": linkUp,
  "siege-imposed": siegeImposed,
  "siege-tightened": siegeTightened,
  "siege-broken": siegeBroken,
  "siege-lifted": siegeLifted,
  "supply-route-cut": supplyRouteCut,
  "supply-route-secured": supplyRouteSecured,
  "fire-control": fireControl,
  "air-campaign": airCampaign,
  airstrike,
  "artillery-bombardment": artilleryBombardment,
  "airborne-landing": airborneLanding,
  reinforcement,
  redeployment,
  casualties,
  "person-killed": personKilled,
  "person-captured": personCaptured,
  "person-executed": personExecuted,
  "civilians-killed": civiliansKilled,
  displacement,
  "territory-share": territoryShare,
  "area-cleared": areaCleared,
  ceasefire,
  "negotiations-scheduled": negotiationsScheduled,
  "negotiations-held": negotiationsHeld,
  development,
};
