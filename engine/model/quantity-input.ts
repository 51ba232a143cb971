import { z } from "zod";
import type { Quantity } from "./quantity.js";

/**
 * The largest number a quantity may have: 2^53 - 1, the largest whole number kept exactly. No
 * source counts more, and no sum of the figures of a log (fewer than 2^900 of them) can then
 * leave the finite numbers, so totals never print as Infinity or null.
 */
export const MAX_QUANTITY = Number.MAX_SAFE_INTEGER;

const amount = () =>
  z
    .number()
    .nonnegative()
    .max(MAX_QUANTITY, `expected a number at most ${MAX_QUANTITY} (2^53 - 1): no source counts more`);

const quantityObject = z
  .strictObject({
    low: amount().optional().describe("Lowest value the wording allows."),
    best: amount().describe("The value to use when one number is needed."),
    high: amount()
      .nullable()
      .optional()
      .describe(
        "Highest value the wording allows; null when it sets none ('over 120', 'more than 1.7 million'); left out, it equals best.",
      ),
    text: z
      .string()
      .min(1)
      .nullable()
      .optional()
      .describe("The source's own wording, e.g. 'between 30 and 35 kilometers'."),
  })
  .refine((q) => (q.low ?? q.best) <= q.best && q.best <= (q.high ?? Number.POSITIVE_INFINITY), {
    message: "expected low <= best <= high (e.g. { low: 30, best: 32.5, high: 35 }; high null for 'over 120')",
  });

/** A quantity in a scenario file: a plain non-negative number, or `{ low?, best, high?, text? }`. */
export const quantityInput = z
  .union([amount(), quantityObject])
  .meta({
    id: "Quantity",
    description:
      "A number as the source gives it: a plain number when exact, or { low?, best, high?, text? } for a range or an approximation.",
  })
  .transform(
    (q): Quantity =>
      typeof q === "number"
        ? { low: q, best: q, high: q, text: null }
        : { low: q.low ?? q.best, best: q.best, high: q.high === undefined ? q.best : q.high, text: q.text ?? null },
  );

/** A share of a whole (0 to 1), given like any quantity; an open upper bound ("more than half") stops at 1. */
export const fractionInput = quantityInput
  .refine((q) => q.best <= 1 && (q.high ?? 1) <= 1, {
    message: "a share is a fraction between 0 and 1 (write 20% as 0.2)",
  })
  .transform((q): Quantity => (q.high === null ? { ...q, high: 1 } : q))
  .meta({ id: "Share", description: "A share of a whole, a quantity between 0 and 1 (write 20% as 0.2)." });
