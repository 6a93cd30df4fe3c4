import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Numbers that texted STOP (or a carrier stop word): no SMS goes to them until START. */
export const smsOptOuts = pgTable("sms_opt_outs", {
  phone: text("phone").primaryKey(),
  keyword: text("keyword").notNull(),
  optedOutAt: timestamp("opted_out_at", { withTimezone: true }).notNull().defaultNow(),
});
