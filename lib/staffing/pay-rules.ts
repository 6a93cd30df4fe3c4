import { z } from "zod";
import type { PayRuleOverrides } from "@/db/schema/staffing";

/**
 * Pay rules for one shift. They are set as overrides at five levels (org settings →
 * location → event → call time → requirement) and resolved here; the most specific level
 * that defines a key wins. Ranges keep `computeShift` meaningful: a grace of 30 or more would
 * never round up to the next hour, and overtime under an hour is not a real policy.
 */
const payRuleFields = {
  /** A shift is paid at least this long from its start (hours, may be fractional). */
  minimumHours: z.number().min(0).max(24),
  /** Minutes past :00 / :30 that still round down (see hours.ts). */
  roundingGraceMinutes: z.number().int().min(0).max(29),
  /** Work longer than this since the start or the last break is meal-penalty time. */
  mealPenaltyTriggerHours: z.number().min(0.5).max(24),
  /** Meal-penalty time is paid at the rate times this. */
  mealPenaltyMultiplier: z.number().min(1).max(5),
  /** Paid time past this many hours is overtime; null: no overtime. */
  overtimeAfterHours: z.number().min(1).max(24).nullable(),
};

export const ZPayRules = z
  .strictObject({
    minimumHours: payRuleFields.minimumHours.default(4),
    roundingGraceMinutes: payRuleFields.roundingGraceMinutes.default(15),
    mealPenaltyTriggerHours: payRuleFields.mealPenaltyTriggerHours.default(5),
    mealPenaltyMultiplier: payRuleFields.mealPenaltyMultiplier.default(1.5),
    overtimeAfterHours: payRuleFields.overtimeAfterHours.default(null),
  })
  .meta({ id: "PayRules", description: "Pay rules in effect after resolving every level" });

export const ZPayRuleOverrides = z
  .strictObject({
    minimumHours: payRuleFields.minimumHours.optional(),
    roundingGraceMinutes: payRuleFields.roundingGraceMinutes.optional(),
    mealPenaltyTriggerHours: payRuleFields.mealPenaltyTriggerHours.optional(),
    mealPenaltyMultiplier: payRuleFields.mealPenaltyMultiplier.optional(),
    overtimeAfterHours: payRuleFields.overtimeAfterHours.optional(),
  })
  .meta({
    id: "PayRuleOverrides",
    description:
      "Keys left out inherit from the level above; overtimeAfterHours null switches overtime off",
  });

export type PayRules = z.output<typeof ZPayRules>;
export type TPayRuleOverrides = z.infer<typeof ZPayRuleOverrides>;

export const DEFAULT_PAY_RULES: Readonly<PayRules> = Object.freeze(ZPayRules.parse({}));

const PAY_RULE_KEYS = Object.keys(DEFAULT_PAY_RULES) as (keyof PayRules)[];

/**
 * Resolves the rules for a shift from its levels, least specific first
 * (org → location → event → call time → requirement). A key that is absent or `undefined`
 * inherits; `overtimeAfterHours: null` is a value ("explicitly no overtime") and wins like any
 * other. Levels come from jsonb, so each is checked: a malformed level throws rather than
 * silently paying by the wrong rule.
 */
export function resolvePayRules(
  levels: readonly (PayRuleOverrides | null | undefined)[],
): PayRules {
  const resolved: PayRules = { ...DEFAULT_PAY_RULES };
  for (const level of levels) {
    if (!level) continue;
    const overrides = ZPayRuleOverrides.parse(level);
    for (const key of PAY_RULE_KEYS) {
      const value = overrides[key];
      if (value !== undefined) Object.assign(resolved, { [key]: value });
    }
  }
  return resolved;
}
