/** Why a time could not be resolved or parsed: the message says which forms would work. */
export class TimeError extends Error {
  override readonly name = "TimeError";
  readonly code = "time-invalid" as const;
}
