import { didYouMean } from "../model/suggest.js";
import { SitrepError } from "./sitrep-error.js";

/** Thrown for a place name or event id the scenario does not know. */
export class LookupError extends SitrepError {
  override readonly name = "LookupError";
  readonly code = "not-found" as const;
  readonly kind = "not-found" as const;
  constructor(
    message: string,
    readonly suggestions: readonly string[] = [],
  ) {
    super(`${message}${didYouMean(suggestions)}`);
  }
}
