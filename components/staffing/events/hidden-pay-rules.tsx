import type { TPayRuleOverrides } from "@/lib/staffing/pay-rules";

type Rule = keyof TPayRuleOverrides;

/**
 * The overrides a compact form does not show, posted back unchanged: saving replaces the
 * whole set, so a dialog that only edits the minimum hours must not drop the others. Same
 * names as the full pay rule fields (`payRules.<rule>`, `overtimeMode`).
 */
export function HiddenPayRules({ values, shown }: { values: TPayRuleOverrides; shown: Rule[] }) {
  const hidden = (Object.keys(values) as Rule[]).filter((rule) => !shown.includes(rule));
  return (
    <>
      {hidden.map((rule) => {
        const value = values[rule];
        if (rule !== "overtimeAfterHours") {
          return <input key={rule} type="hidden" name={`payRules.${rule}`} value={String(value)} />;
        }
        return value === null ? (
          <input key={rule} type="hidden" name="overtimeMode" value="off" />
        ) : (
          <span key={rule} hidden>
            <input type="hidden" name="overtimeMode" value="after" />
            <input type="hidden" name="payRules.overtimeAfterHours" value={String(value)} />
          </span>
        );
      })}
    </>
  );
}
