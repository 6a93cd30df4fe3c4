import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { businesses, freelancerApplications } from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type TranslationValues } from "@/lib/i18n/translator";
import { notifyPeople } from "./notify";
import { businessRecipients } from "./ratings.notify";

export const businessApplicationsLink = (id: string) =>
  `/manage/bookings/applications?application=${id}`;
export const applicantApplicationsLink = (id: string) => `/account/applications?application=${id}`;

const text = (locale: Locale, key: string, values?: TranslationValues) =>
  getTranslator(locale, "bookingCommunityNotices")(`application.${key}`, values);

/**
 * A new application tells the business's booking managers; a decision tells the applicant.
 * In the caller's transaction, in each recipient's language.
 */
export async function notifyApplicationEvent(
  tx: Executor,
  event: "received" | "approved" | "rejected",
  applicationId: string,
): Promise<void> {
  const [facts] = await tx
    .select({
      id: freelancerApplications.id,
      orgId: freelancerApplications.orgId,
      applicantId: freelancerApplications.applicantId,
      message: freelancerApplications.message,
      applicantName: users.name,
      businessName: businesses.name,
      notifyEmail: businesses.notifyEmail,
      notifyPush: businesses.notifyPush,
    })
    .from(freelancerApplications)
    .innerJoin(businesses, eq(businesses.id, freelancerApplications.businessId))
    .innerJoin(users, eq(users.id, freelancerApplications.applicantId))
    .where(eq(freelancerApplications.id, applicationId));
  if (!facts) return;
  const values = { business: facts.businessName, applicant: facts.applicantName || "—" };
  if (event === "received") {
    const recipients = (await businessRecipients(facts.orgId, null)).filter(
      (userId) => userId !== facts.applicantId,
    );
    await notifyPeople(tx, {
      kind: "application",
      recipients,
      orgId: facts.orgId,
      channels: { email: facts.notifyEmail, push: facts.notifyPush },
      link: businessApplicationsLink(facts.id),
      related: { type: "freelancer_application", id: facts.id },
      compose: (locale) => ({
        title: text(locale, "received.title", values),
        body: text(locale, "received.body", values),
        details: facts.message
          ? [{ label: text(locale, "labels.message"), value: facts.message }]
          : [],
        actionLabel: text(locale, "actions.review"),
      }),
    });
    return;
  }
  await notifyPeople(tx, {
    kind: "application",
    recipients: [facts.applicantId],
    link: applicantApplicationsLink(facts.id),
    related: { type: "freelancer_application", id: facts.id },
    compose: (locale) => ({
      title: text(locale, `${event}.title`, values),
      body: text(locale, `${event}.body`, values),
      actionLabel: text(locale, "actions.view"),
    }),
  });
}
