import { z } from "zod";

const ZInstant = z.iso.datetime().meta({ example: "2026-12-04T11:00:00.000Z" });

export const ZStation = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    expiresAt: ZInstant,
    createdAt: ZInstant,
    createdBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  })
  .meta({ id: "SignInStation" });
export type TStation = z.infer<typeof ZStation>;

export const ZCreatedStation = ZStation.extend({
  url: z.url().meta({
    description:
      "The kiosk page. Shown this once: only a hash of its token is stored. Open it on the " +
      "device at the sign-in desk.",
    example: "https://callboard.example/station/3q2-Xv…",
  }),
}).meta({ id: "CreatedSignInStation" });
export type TCreatedStation = z.infer<typeof ZCreatedStation>;

/** What a scan did: each scan of a confirmed worker toggles them in or out. */
export const STATION_SCAN_RESULTS = [
  "signed_in",
  "signed_out",
  "already_in",
  "already_out",
] as const;

export interface StationScanResult {
  result: (typeof STATION_SCAN_RESULTS)[number];
  worker: { name: string };
  laborType: string;
  callTime: { name: string; time: string };
  /** The sign-in or sign-out the result is about, as a wall time in the location's zone. */
  at: { iso: string; date: string; time: string };
}

export interface StationView {
  status: "active";
  org: { name: string };
  event: { id: string; name: string };
  expiresAt: string;
  timeZone: string;
  confirmedCount: number;
  /** Who is signed in and not out yet, latest first. */
  signedIn: { requestId: string; name: string; laborType: string; time: string }[];
  signedOutCount: number;
}
