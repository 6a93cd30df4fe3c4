import { Check, LogIn, LogOut, X } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TWorkRequest } from "@/lib/staffing";
import { type ShiftAction, ShiftActionForm, type ShiftActionButton } from "./shift-action-form";

export interface ShiftActionSet {
  answer: ShiftAction;
  clockIn: ShiftAction;
  clockOut: ShiftAction;
}

/**
 * The one obvious action for a shift in its state, the same on the link page and in /work:
 * yes/no while it waits, "can't make it any more" once available, "I can after all" after a
 * no, clock in/out once confirmed (within the window).
 */
export async function ShiftActions({
  request,
  actions,
  fields,
}: {
  request: TWorkRequest;
  actions: ShiftActionSet;
  /** Hidden fields naming the request (and, on the link page, the code). */
  fields: Record<string, string>;
}) {
  const t = await getTranslations("workShift.actions");
  const form = (action: ShiftAction, buttons: ShiftActionButton[]) => (
    <ShiftActionForm action={action} fields={fields} buttons={buttons} />
  );
  const answer = (value: "yes" | "no", label: string, variant?: ShiftActionButton["variant"]) => ({
    name: "answer",
    value,
    label,
    icon: value === "yes" ? <Check aria-hidden /> : <X aria-hidden />,
    variant,
    testId: `answer-${value}`,
  });

  if (request.answerable) {
    if (request.state === "sent") {
      return form(actions.answer, [answer("yes", t("yes")), answer("no", t("no"), "outline")]);
    }
    if (request.state === "available") {
      return form(actions.answer, [answer("no", t("noLonger"), "outline")]);
    }
    if (request.state === "declined") {
      return form(actions.answer, [answer("yes", t("changedMind"), "outline")]);
    }
  }
  if (request.state === "sent") {
    return <p className="text-sm text-muted-foreground">{t("notAnswerable")}</p>;
  }
  if (request.clock.canClockIn) {
    return form(actions.clockIn, [
      { label: t("clockIn"), icon: <LogIn aria-hidden />, testId: "clock-in" },
    ]);
  }
  if (request.clock.canClockOut) {
    return form(actions.clockOut, [
      {
        label: t("clockOut"),
        icon: <LogOut aria-hidden />,
        variant: "secondary",
        testId: "clock-out",
      },
    ]);
  }
  return null;
}
