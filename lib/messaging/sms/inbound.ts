import { appUrl } from "@/lib/config/env";
import { getTranslator } from "@/lib/i18n/translator";
import { handleStaffingSms, syncWorkersWithOptOut } from "@/lib/staffing/inbound";
import { HELP_KEYWORDS, optIn, optOut, START_KEYWORDS, STOP_KEYWORDS } from "./opt-outs";

export interface InboundSms {
  from: string;
  body: string;
  messageSid: string;
}

/**
 * Handles an inbound text another module cares about (staffing: YES/NO to work requests).
 * Returns the reply to send back, "" to answer nothing, or null when it is not its text.
 */
export type InboundSmsHandler = (message: InboundSms) => Promise<string | null>;

/** Every module's inbound handler, asked in order. A module adds its handler here. */
const handlers: InboundSmsHandler[] = [(message) => handleStaffingSms(message)];

/**
 * Told after a number opts out (STOP) or back in (START), once the list is updated: the
 * list stays the one rule for who gets texts, modules mirror it (staffing: worker consent).
 */
type OptOutListener = (phone: string, optedOut: boolean) => Promise<void>;
const optOutListeners: OptOutListener[] = [syncWorkersWithOptOut];

/**
 * STOP/START/HELP keep the opt-out list; anything else goes to the handlers. Returns the
 * reply text, if any.
 */
export async function handleInboundSms(message: InboundSms): Promise<string | null> {
  const t = getTranslator("en", "sms");
  const keyword = message.body.trim().toUpperCase();
  if (STOP_KEYWORDS.includes(keyword)) {
    await optOut(message.from, keyword);
    for (const listener of optOutListeners) await listener(message.from, true);
    return t("stopped");
  }
  if (START_KEYWORDS.includes(keyword)) {
    await optIn(message.from);
    for (const listener of optOutListeners) await listener(message.from, false);
    return t("started");
  }
  if (HELP_KEYWORDS.includes(keyword)) return t("help", { url: `${appUrl()}/contact` });
  for (const handler of handlers) {
    const reply = await handler(message);
    if (reply !== null) return reply || null;
  }
  return null;
}
