/** Catalogue id of a place (kebab-case, e.g. `sukhnah`). */
export type PlaceId = string;
/** Catalogue id of an actor: a force, unit, group, state or named person. */
export type ActorId = string;
/** Id of a side: a party control is counted for (e.g. `syrian-government`, `isil`). */
export type SideId = string;
/** Stable id of an event within its scenario. */
export type EventId = string;
/** Id of a siege, pocket, operation, ceasefire or negotiation, chosen by the scenario. */
export type EntityId = string;

/** Ids are lower-case kebab-case: letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A scenario's document ids name files (`<sources dir>/<id>.txt`): letters, digits, hyphens and
 * underscores, starting with a letter or digit, at most 200 characters. No dot, no slash, so an
 * id never names a file outside its directory.
 */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
