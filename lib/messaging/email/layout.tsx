import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f4f5f7", fontFamily: "Helvetica, Arial, sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", margin: "32px auto", padding: "32px", maxWidth: 560 },
  brand: { color: "#4338ca", fontSize: 18, fontWeight: 700, margin: "0 0 24px" },
  footer: { color: "#5d6472", fontSize: 12, lineHeight: "18px" },
};

/** The frame every Callboard email shares: brand, content, signature and footer. */
export function EmailLayout({
  locale,
  preview,
  signature,
  footer,
  children,
}: {
  locale: string;
  preview: string;
  signature: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Callboard</Text>
          <Section>{children}</Section>
          <Text>{signature}</Text>
          <Hr />
          <Text style={styles.footer}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
