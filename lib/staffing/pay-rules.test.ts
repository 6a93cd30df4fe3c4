import { describe, expect, it } from "vitest";
import { DEFAULT_PAY_RULES, ZPayRuleOverrides, ZPayRules, resolvePayRules } from "./pay-rules";

describe("pay rules", () => {
  it("defaults: 4 h minimum, 15 min grace, meal penalty after 5 h at 1.5×, no overtime", () => {
    expect(DEFAULT_PAY_RULES).toEqual({
      minimumHours: 4,
      roundingGraceMinutes: 15,
      mealPenaltyTriggerHours: 5,
      mealPenaltyMultiplier: 1.5,
      overtimeAfterHours: null,
    });
    expect(ZPayRules.parse({})).toEqual(DEFAULT_PAY_RULES);
  });

  it("no levels, or only empty ones, give the defaults", () => {
    expect(resolvePayRules([])).toEqual(DEFAULT_PAY_RULES);
    expect(resolvePayRules([{}, null, undefined, {}])).toEqual(DEFAULT_PAY_RULES);
  });

  it("the most specific level that defines a key wins, others inherit", () => {
    const org = { minimumHours: 3, mealPenaltyMultiplier: 2 };
    const location = { minimumHours: 5, roundingGraceMinutes: 10 };
    const event = {};
    const callTime = { mealPenaltyTriggerHours: 6 };
    const requirement = { minimumHours: 6 };
    expect(resolvePayRules([org, location, event, callTime, requirement])).toEqual({
      minimumHours: 6,
      roundingGraceMinutes: 10,
      mealPenaltyTriggerHours: 6,
      mealPenaltyMultiplier: 2,
      overtimeAfterHours: null,
    });
  });

  it("overtime null is an explicit 'none' and wins over a less specific value", () => {
    expect(
      resolvePayRules([{ overtimeAfterHours: 8 }, { overtimeAfterHours: null }]),
    ).toMatchObject({ overtimeAfterHours: null });
    expect(
      resolvePayRules([{ overtimeAfterHours: null }, { overtimeAfterHours: 10 }]),
    ).toMatchObject({ overtimeAfterHours: 10 });
    // An absent key (or undefined) inherits.
    expect(
      resolvePayRules([{ overtimeAfterHours: 8 }, { overtimeAfterHours: undefined }, {}]),
    ).toMatchObject({ overtimeAfterHours: 8 });
  });

  it("a malformed level throws instead of paying by a wrong rule", () => {
    expect(() => resolvePayRules([{ roundingGraceMinutes: 45 }])).toThrow();
    expect(() => resolvePayRules([{ minimumHours: -1 }])).toThrow();
  });

  it.each([
    [{ minimumHours: 25 }],
    [{ minimumHours: -0.5 }],
    [{ roundingGraceMinutes: 30 }],
    [{ roundingGraceMinutes: 7.5 }],
    [{ mealPenaltyTriggerHours: 0 }],
    [{ mealPenaltyMultiplier: 0.9 }],
    [{ mealPenaltyMultiplier: 6 }],
    [{ overtimeAfterHours: 0 }],
    [{ unknownRule: 1 }],
  ])("overrides reject %o", (overrides) => {
    expect(ZPayRuleOverrides.safeParse(overrides).success).toBe(false);
  });

  it("overrides accept every key left out, fractional hours and overtime null", () => {
    expect(ZPayRuleOverrides.parse({})).toEqual({});
    expect(
      ZPayRuleOverrides.parse({
        minimumHours: 4.5,
        mealPenaltyTriggerHours: 5.5,
        overtimeAfterHours: null,
      }),
    ).toEqual({ minimumHours: 4.5, mealPenaltyTriggerHours: 5.5, overtimeAfterHours: null });
  });
});
