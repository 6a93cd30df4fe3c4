import type { Locale } from "./config";
import en from "./messages/en.json";
import sq from "./messages/sq.json";

export type Messages = typeof en;

export const messagesByLocale: Record<Locale, Messages> = { en, sq };
