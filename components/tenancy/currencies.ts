export interface CurrencyOption {
  code: string;
  label: string;
}

/** The currencies our customers use most, listed first; the rest follow alphabetically. */
const COMMON = ["EUR", "USD", "ALL", "GBP", "CHF"];

/**
 * Every ISO 4217 currency the runtime knows (the same list the server validates against),
 * named in the reader's language: "EUR · Euro", "ALL · Lek shqiptar". Built on the server so
 * the browser's list cannot differ from it.
 */
export function currencyOptions(locale: string): CurrencyOption[] {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  const codes = Intl.supportedValuesOf("currency");
  const option = (code: string) => ({ code, label: `${code} · ${names.of(code) ?? code}` });
  return [
    ...COMMON.filter((code) => codes.includes(code)).map(option),
    ...codes.filter((code) => !COMMON.includes(code)).map(option),
  ];
}
