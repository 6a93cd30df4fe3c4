import { ChevronRight, MessageSquareText, Phone } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TTimeChangeAnswers } from "@/lib/staffing/notifications.schemas";
import { cn } from "@/lib/utils/cn";

type Group = "cantMakeIt" | "noAnswer" | "confirmed";
const GROUPS: Group[] = ["cantMakeIt", "noAnswer", "confirmed"];
const TONES = { confirmed: "success", cantMakeIt: "danger", noAnswer: "pending" } as const;

/**
 * What the confirmed workers said about the call time's latest move: can't make it (with
 * their messages) first, then those who have not answered, then those who will be there.
 * Opens by itself while someone can't make it.
 */
export async function TimeChangeAnswers({
  answers,
  timeZone,
}: {
  answers: TTimeChangeAnswers;
  timeZone: string;
}) {
  if (!answers.change) return null;
  const t = await getTranslations("staffingEvents.timeChanges");
  const format = await getFormatter();
  const at = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  const total = answers.confirmed.length + answers.cantMakeIt.length + answers.noAnswer.length;
  return (
    <details
      className="group rounded-md border"
      open={answers.cantMakeIt.length > 0}
      data-testid="time-change-answers"
    >
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <ChevronRight className="size-4 transition-transform group-open:rotate-90" aria-hidden />
        {t("title", { to: at(answers.change.newStartsAt) })}
        {GROUPS.map((group) =>
          answers[group].length > 0 ? (
            <Badge key={group} tone={TONES[group]} data-testid={`time-change-${group}`}>
              {t(`count.${group}`, { count: answers[group].length })}
            </Badge>
          ) : null,
        )}
      </summary>
      <div className="grid gap-3 border-t px-3 py-3 text-sm">
        <p className="text-xs text-muted-foreground">
          {t("moved", {
            from: at(answers.change.previousStartsAt),
            to: at(answers.change.newStartsAt),
          })}
        </p>
        {total === 0 ? (
          <p className="text-muted-foreground">{t("nobody")}</p>
        ) : (
          GROUPS.filter((group) => answers[group].length > 0).map((group) => (
            <section key={group} aria-label={t(`group.${group}`)} className="grid gap-1">
              <h5 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
                {t(`group.${group}`)} ({answers[group].length})
              </h5>
              <ul className="grid gap-1.5">
                {answers[group].map((item) => (
                  <li key={item.answerId} className="grid gap-0.5">
                    <div className="flex flex-wrap items-center gap-x-2">
                      <span
                        className={cn(
                          "font-medium",
                          item.requestState !== "confirmed" && "line-through",
                        )}
                      >
                        {item.worker.name}
                      </span>
                      <span className="text-xs text-muted-foreground">{item.laborType}</span>
                      {item.worker.phone && (
                        <a
                          href={`tel:${item.worker.phone}`}
                          className="inline-flex items-center gap-1 text-xs text-muted-foreground hover:text-foreground"
                        >
                          <Phone className="size-3" aria-hidden />
                          {item.worker.phone}
                        </a>
                      )}
                      {item.requestState !== "confirmed" && (
                        <span className="text-xs text-muted-foreground">
                          {t("noLongerConfirmed")}
                        </span>
                      )}
                    </div>
                    {item.message && (
                      <p className="flex items-start gap-1.5 text-xs">
                        <MessageSquareText
                          className="mt-0.5 size-3 shrink-0 text-muted-foreground"
                          aria-hidden
                        />
                        <q>{item.message}</q>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </details>
  );
}
