import { didYouMean } from "../model/suggest.js";
import { SitrepError } from "./sitrep-error.js";

/** Thrown for a place name or event id the scenario does not know. */
export class LookupError extends SitrepError<"not-found", "not-found"> {
  override readonly name = "LookupError";
  constructor(
    message: string,
    readonly suggestions: readonly string[] = [],
  ) {
    super("not-found", "not-found", `${message}${didYouMean(suggestions)}`);
  }
}
