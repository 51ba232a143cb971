/** Event ids: lower-case letters, digits, and `-`, `.` or `_` between them. */
export const EVENT_ID_PATTERN = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;
