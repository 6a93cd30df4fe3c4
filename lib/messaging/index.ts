export { sendEmail, type SendEmailInput } from "./email/send";
export { emailQueue } from "./email/queue";
export { sendSms, type SendSmsInput, type SendSmsResult } from "./sms/send";
export { smsQueue } from "./sms/queue";
export { sendPush, type SendPushInput, type SendPushResult } from "./push/send";
export { pushQueue } from "./push/queue";
export { pruneMessagesQueue } from "./retention";
