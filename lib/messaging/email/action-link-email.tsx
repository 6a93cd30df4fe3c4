import { Button, Link, Text } from "@react-email/components";
import type { Translate } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";

export const buttonStyle = {
  backgroundColor: "#4338ca",
  borderRadius: 6,
  color: "#ffffff",
  fontWeight: 600,
  padding: "12px 20px",
};

export const noteStyle = { color: "#5d6472", fontSize: 13 };

/**
 * An email whose point is one link (verify, reset): greeting, why, the button, the link
 * spelled out for clients that block buttons, and small print. Texts come from `section`
 * of the `email` messages: greeting/greetingNoName, preview, body, action, pasteLink.
 */
export function ActionLinkEmail({
  t,
  section,
  name,
  url,
  notes,
}: {
  t: Translate;
  section: string;
  name: string;
  url: string;
  notes: string[];
}) {
  return (
    <EmailLayout
      locale={t.locale}
      preview={t(`${section}.preview`)}
      signature={t("signature")}
      footer={t("footer")}
    >
      <Text>{name ? t(`${section}.greeting`, { name }) : t(`${section}.greetingNoName`)}</Text>
      <Text>{t(`${section}.body`)}</Text>
      <Button href={url} style={buttonStyle}>
        {t(`${section}.action`)}
      </Button>
      <Text>{t(`${section}.pasteLink`)}</Text>
      <Link href={url}>{url}</Link>
      {notes.map((note) => (
        <Text key={note} style={noteStyle}>
          {note}
        </Text>
      ))}
    </EmailLayout>
  );
}
