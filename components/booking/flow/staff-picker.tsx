import { UserRound, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export interface PickableEmployee {
  id: string;
  name: string;
  avatarUrl: string | null;
}

const optionClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border p-3 transition-colors hover:bg-muted/50 has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring";

/**
 * Step 2: who does it. "Any available" comes first (value empty: the server picks the free
 * employee with the lightest day); then everyone who performs ALL the chosen services.
 */
export function StaffPicker({
  action,
  services,
  employees,
  selected,
}: {
  action: string;
  services: string[];
  employees: PickableEmployee[];
  selected: string | null;
}) {
  const t = useTranslations("bookingFlowUi.staff");
  const current = employees.some((employee) => employee.id === selected) ? selected : "";
  return (
    <form method="get" action={action} className="grid gap-4">
      {services.map((id) => (
        <input key={id} type="hidden" name="service" value={id} />
      ))}
      <input type="hidden" name="step" value="time" />
      <p id="staff-label" className="text-sm font-medium">
        {t("legend")}
      </p>
      <div role="radiogroup" aria-labelledby="staff-label" className="grid gap-2 sm:grid-cols-2">
        <label className={optionClass}>
          <input
            type="radio"
            name="staff"
            value=""
            defaultChecked={current === ""}
            className="size-4 accent-primary"
          />
          <span className="flex size-9 items-center justify-center rounded-full bg-muted">
            <Users className="size-4 text-muted-foreground" aria-hidden />
          </span>
          <span className="grid">
            <span className="font-medium">{t("any")}</span>
            <span className="text-xs text-muted-foreground" aria-hidden>
              {t("anyHint")}
            </span>
          </span>
        </label>
        {employees.map((employee) => (
          <label key={employee.id} className={optionClass}>
            <input
              type="radio"
              name="staff"
              value={employee.id}
              defaultChecked={current === employee.id}
              className="size-4 accent-primary"
            />
            <span className="flex size-9 items-center justify-center overflow-hidden rounded-full bg-muted">
              {employee.avatarUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- our own file route
                <img src={employee.avatarUrl} alt="" className="size-full object-cover" />
              ) : (
                <UserRound className="size-4 text-muted-foreground" aria-hidden />
              )}
            </span>
            <span className="font-medium">{employee.name}</span>
          </label>
        ))}
      </div>
      <div className="flex justify-end">
        <Button type="submit">{t("continue")}</Button>
      </div>
    </form>
  );
}
