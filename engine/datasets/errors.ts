import { SitrepError, type SitrepErrorOptions } from "../errors/sitrep-error.js";

/**
 * A dataset file that cannot be imported at all: not a CSV, not the format asked for, or a
 * mapping file that does not parse. The message names the file and says what would be right.
 */
export class DatasetError extends SitrepError<"dataset-invalid", "bad-input"> {
  override readonly name = "DatasetError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("dataset-invalid", "bad-input", message, options);
  }
}
