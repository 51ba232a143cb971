/** Milliseconds in a UTC day (a day of a time zone may be 23 or 25 hours: see zone-days.ts). */
export const DAY_MS = 86_400_000;
