/** What one push to one browser or app install came to. */
export type PushOutcome = { status: "sent"; providerId?: string } | { status: "gone" };

/** The notification as every provider carries it; `url` is absolute. */
export interface PushContent {
  messageId: string;
  title: string;
  body: string;
  url?: string;
}
