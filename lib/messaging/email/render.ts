import { render } from "@react-email/components";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { type EmailTemplateName, emailTemplates } from "./templates";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Renders a template in a language, as HTML and as plain text. */
export async function renderEmail(
  name: string,
  props: unknown,
  locale: string,
): Promise<RenderedEmail> {
  // Typed loosely on purpose: the props are parsed by the template's own schema right here.
  const template = emailTemplates[name as EmailTemplateName] as
    (typeof emailTemplates)["contact-received"] | undefined;
  if (!template) throw new Error(`unknown email template "${name}"`);
  const t = getTranslator(isLocale(locale) ? locale : "en", "email");
  const { subject, element } = template.build(template.props.parse(props), t);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
