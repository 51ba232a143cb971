import { SitrepError, type SitrepErrorOptions } from "../errors/sitrep-error.js";
/** Why a time could not be resolved or parsed: the message says which forms would work. */
export class TimeError extends SitrepError<"time-invalid", "bad-input"> {
  override readonly name: string = "TimeError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("time-invalid", "bad-input", message, options);
  }
}
