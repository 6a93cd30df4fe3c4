/**
 * Who may subscribe to which private or presence channel, in one table. Public channels
 * need no authorization; signed-out callers are refused every private and presence channel.
 */
export interface ChannelViewer {
  userId: string;
  orgIds: string[];
}

interface ChannelRule {
  pattern: RegExp;
  allows(viewer: ChannelViewer, match: RegExpExecArray): boolean;
}

export const CHANNEL_RULES: ChannelRule[] = [
  { pattern: /^private-user-([\w-]+)$/, allows: (viewer, match) => viewer.userId === match[1] },
  {
    pattern: /^private-org-([\w-]+)$/,
    allows: (viewer, match) => viewer.orgIds.includes(match[1]!),
  },
  {
    pattern: /^presence-org-([\w-]+)$/,
    allows: (viewer, match) => viewer.orgIds.includes(match[1]!),
  },
];

/** Public channels the browser may listen to without signing in. */
export const PUBLIC_CHANNELS = { outbox: "outbox" } as const;

export function mayJoin(channel: string, viewer: ChannelViewer | null): boolean {
  if (!viewer) return false;
  for (const rule of CHANNEL_RULES) {
    const match = rule.pattern.exec(channel);
    if (match) return rule.allows(viewer, match);
  }
  return false;
}

/** The channel every member of an org listens to for live changes of its data. */
export const orgChannel = (orgId: string) => `private-org-${orgId}`;
