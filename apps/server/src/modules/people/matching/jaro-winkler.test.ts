import { describe, expect, it } from "vitest";
import { jaroWinkler } from "./jaro-winkler.ts";

describe("jaroWinkler", () => {
  it.each([
    // Reference values from Winkler (1990) and the usual test suites
    ["martha", "marhta", 0.961],
    ["dwayne", "duane", 0.84],
    ["dixon", "dicksonx", 0.813],
    ["jellyfish", "smellyfish", 0.896],
  ])("%s ~ %s = %f", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });

  it("is 1 for equal strings and 0 for nothing in common or empty strings", () => {
    expect(jaroWinkler("mhmd", "mhmd")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "")).toBe(0);
    expect(jaroWinkler("a", "")).toBe(0);
  });

  it("handles strings longer than its buffers", () => {
    const long = "abcdefghij".repeat(10);
    expect(jaroWinkler(long, `${long}x`)).toBeGreaterThan(0.99);
  });
});
