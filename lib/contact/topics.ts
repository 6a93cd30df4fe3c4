export const CONTACT_TOPICS = ["sales", "support", "partnership", "other"] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
