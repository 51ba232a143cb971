import { SitrepError } from "../errors/sitrep-error.js";
/** Why a time could not be resolved or parsed: the message says which forms would work. */
export class TimeError extends SitrepError {
  override readonly name: string = "TimeError";
  readonly code = "time-invalid" as const;
  readonly kind = "bad-input" as const;
}
