import { describe, expect, it } from "vitest";
import { addQuantities, exactly, upperBound } from "../../engine/model/quantity.js";
import { fractionInput, quantityInput } from "../../engine/model/quantity-input.js";
import { quantity } from "../../replay/render/names.js";

describe("quantities as sources give them", () => {
  it("'over 120' keeps its floor and sets no ceiling (high null), and reads back as such", () => {
    const q = quantityInput.parse({ low: 121, best: 121, high: null, text: "over 120 ISIL fighters" });
    expect(q).toEqual({ low: 121, best: 121, high: null, text: "over 120 ISIL fighters" });
    expect(upperBound(q)).toBe(Number.POSITIVE_INFINITY);
    expect(quantity(q)).toBe("121 or more");
    expect(quantity({ low: 80, best: 90, high: null, text: null })).toBe("90 (80 or more)");
  });

  it("a high left out equals best; a range keeps both bounds", () => {
    expect(quantityInput.parse({ low: 35, best: 35 })).toEqual({ low: 35, best: 35, high: 35, text: null });
    expect(quantity(quantityInput.parse({ low: 30, best: 32.5, high: 35 }))).toBe("32.5 (30–35)");
  });

  it("a sum with an open bound stays open; two closed ones add bound by bound", () => {
    const open = { low: 121, best: 121, high: null, text: "over 120" };
    expect(addQuantities(exactly(29), open)).toEqual({ low: 150, best: 150, high: null, text: null });
    expect(addQuantities(exactly(2), { low: 1, best: 2, high: 3, text: null })).toEqual({
      low: 3,
      best: 4,
      high: 5,
      text: null,
    });
  });

  it("refuses best above high, and an open share stops at the whole", () => {
    expect(quantityInput.safeParse({ low: 1, best: 5, high: 4 }).success).toBe(false);
    expect(fractionInput.parse({ low: 0.5, best: 0.6, high: null, text: "more than half" }).high).toBe(1);
    expect(fractionInput.safeParse({ best: 1.2 }).success).toBe(false);
  });
});
