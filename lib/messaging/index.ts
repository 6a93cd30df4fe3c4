export { sendEmail, type SendEmailInput } from "./email/send";
export { emailQueue } from "./email/queue";
export { pruneMessagesQueue } from "./retention";
