import { SitrepError } from "../errors/sitrep-error.js";

/**
 * A dataset file that cannot be imported at all: not a CSV, not the format asked for, or a
 * mapping file that does not parse. The message names the file and says what would be right.
 */
export class DatasetError extends SitrepError {
  override readonly name = "DatasetError";
  readonly code = "dataset-invalid" as const;
  readonly kind = "bad-input" as const;
}
