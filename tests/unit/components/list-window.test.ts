import { describe, expect, it } from "vitest";
import { listWindow } from "@/components/claims/list-window";

/** Offsets of `n` items of the same height (gap included). */
const even = (n: number, size: number) => Array.from({ length: n + 1 }, (_, i) => i * size);

describe("listWindow", () => {
  it("draws the items in view plus the overscan, and pads the rest", () => {
    const w = listWindow(even(1000, 100), { top: 5000, height: 800, overscan: 200 });
    expect(w).toEqual({ first: 48, last: 60, paddingTop: 4800, paddingBottom: 100_000 - 6000 });
  });

  it("starts at the top and stops at the end", () => {
    expect(listWindow(even(1000, 100), { top: 0, height: 800, overscan: 200 })).toMatchObject({ first: 0, last: 10, paddingTop: 0 });
    expect(listWindow(even(1000, 100), { top: 99_500, height: 800, overscan: 200 })).toMatchObject({ first: 993, last: 1000, paddingBottom: 0 });
  });

  it("draws everything when the list fits", () => {
    expect(listWindow(even(5, 100), { top: 0, height: 800, overscan: 200 })).toEqual({ first: 0, last: 5, paddingTop: 0, paddingBottom: 0 });
  });

  it("handles items of different heights and an empty list", () => {
    expect(listWindow([0, 50, 300, 320, 1000], { top: 310, height: 10, overscan: 0 })).toMatchObject({ first: 2, last: 3 });
    expect(listWindow([0], { top: 0, height: 800, overscan: 200 })).toEqual({ first: 0, last: 0, paddingTop: 0, paddingBottom: 0 });
  });

  it("draws nothing past the end rather than failing (the list shrank under the scroll position)", () => {
    expect(listWindow(even(10, 100), { top: 5000, height: 800, overscan: 200 })).toEqual({ first: 10, last: 10, paddingTop: 1000, paddingBottom: 0 });
  });
});
