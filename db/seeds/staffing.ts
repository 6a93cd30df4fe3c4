import { count, eq, sql } from "drizzle-orm";
import { recordNotifications } from "@/lib/staffing/notifications.service";
import { findStaffingSettings } from "@/lib/staffing/settings.service";
import { newRequestSecrets } from "@/lib/staffing/request-codes";
import { writeWorkerDetails } from "@/lib/staffing/workers.service";
import { instantToZonedWallTime, zonedWallTimeToInstant } from "@/lib/staffing/zoned-time";
import type { Executor } from "../client";
import {
  callTimes,
  eventStewards,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  organizations,
  timeEntries,
  workers,
} from "../schema";

/**
 * Staffing demo data for "Stagecrew Events" (made by the identity seed): labor types, two
 * venues in different time zones, 30 workers, and two events around today with call times,
 * requirements and requests in every state, so the dashboard, the event pages, the worker
 * app and the notification bell have something to show.
 *
 * It writes rows in the seed's own transaction (the services open transactions of their
 * own, which would not see the uncommitted demo org), but through the services' row
 * helpers where they exist: phones and labor types via `writeWorkerDetails`, the settings
 * row via `findStaffingSettings`, link secrets via `newRequestSecrets`, the bell's entries via
 * `recordNotifications`.
 */

const ORG_ID = "00000000-0000-4000-8000-0000000000a1";
const STEWARD_USER_ID = "00000000-0000-4000-8000-0000000000b3";
const WORKER_USER_ID = "00000000-0000-4000-8000-0000000000b4";

const LABOR_TYPES = ["Stagehand", "Rigger", "Usher", "Forklift operator"] as const;
type LaborTypeName = (typeof LABOR_TYPES)[number];

const TIRANA = {
  name: "Tirana Congress Palace",
  address: "Bulevardi Dëshmorët e Kombit, Tirana 1001, Albania",
  latitude: 41.3197,
  longitude: 19.8222,
  timeZone: "Europe/Tirane",
  payRules: {},
};
const SAN_FRANCISCO = {
  name: "Bayfront Pavilion",
  address: "1 Embarcadero Center, San Francisco, CA 94111",
  latitude: 37.7952,
  longitude: -122.3966,
  timeZone: "America/Los_Angeles",
  // A union venue: longer minimum calls and daily overtime.
  payRules: { minimumHours: 5, overtimeAfterHours: 8 },
};

type Consent = "unknown" | "pending" | "granted" | "stopped";

/** Name, labor types, consent; the phone is +1 415 555 01xx by position. */
const WORKERS: [string, LaborTypeName[], Consent][] = [
  ["Walt Worker", ["Stagehand", "Rigger"], "granted"],
  ["Alba Hoxha", ["Stagehand"], "granted"],
  ["Ben Carter", ["Usher"], "granted"],
  ["Chiara Rossi", ["Stagehand", "Usher"], "granted"],
  ["Dritan Kola", ["Rigger"], "granted"],
  ["Elena Petrova", ["Usher"], "granted"],
  ["Fatos Berisha", ["Forklift operator", "Stagehand"], "granted"],
  ["Grace Kim", ["Usher"], "pending"],
  ["Hasan Demir", ["Stagehand"], "granted"],
  ["Ilir Shehu", ["Rigger", "Stagehand"], "granted"],
  ["Jade Thompson", ["Usher"], "unknown"],
  ["Klodiana Leka", ["Stagehand"], "granted"],
  ["Liam O'Brien", ["Forklift operator"], "granted"],
  ["Maya Patel", ["Usher", "Stagehand"], "granted"],
  ["Nikolla Gjoka", ["Stagehand"], "stopped"],
  ["Olivia Brown", ["Usher"], "granted"],
  ["Pavel Novak", ["Rigger"], "pending"],
  ["Qendresa Hysa", ["Usher"], "granted"],
  ["Rafael Souza", ["Stagehand", "Forklift operator"], "granted"],
  ["Sara Lindqvist", ["Usher"], "unknown"],
  ["Tomas Varga", ["Stagehand"], "granted"],
  ["Uendi Marku", ["Usher"], "granted"],
  ["Victor Chen", ["Rigger", "Stagehand"], "granted"],
  ["Wanda Kowalski", ["Stagehand"], "unknown"],
  ["Xhesika Dervishi", ["Usher"], "granted"],
  ["Yusuf Aydin", ["Forklift operator"], "pending"],
  ["Zana Krasniqi", ["Stagehand"], "granted"],
  ["Arben Meta", ["Rigger"], "stopped"],
  ["Bora Çela", ["Usher", "Stagehand"], "granted"],
  ["Cristian Ionescu", ["Stagehand"], "unknown"],
];

/** +1 415 555 0100 … 0129: valid US numbers in the range kept for fiction. */
const phoneOf = (index: number) => `+1415555${String(100 + index).padStart(4, "0")}`;

type RequestState = "queued" | "sent" | "available" | "declined" | "confirmed";

/** One requirement of a call time, and the workers (by index) asked, in which state. */
interface SeedRequirement {
  laborType: LaborTypeName;
  needed: number;
  firstCome?: number;
  payRateMinor: number;
  requests: [number, RequestState][];
}

interface SeedCallTime {
  name: string;
  /** Days from today, in the venue's zone. */
  dayOffset: number;
  time: string;
  message?: string;
  requirements: SeedRequirement[];
}

const FESTIVAL_CALL_TIMES: SeedCallTime[] = [
  {
    name: "Load in",
    dayOffset: 0,
    time: "08:00",
    message: "Steel-toe boots and gloves. Enter by the loading dock on the east side.",
    requirements: [
      {
        laborType: "Stagehand",
        needed: 6,
        firstCome: 2,
        payRateMinor: 1800,
        requests: [
          [0, "confirmed"],
          [1, "confirmed"],
          [3, "confirmed"],
          [8, "confirmed"],
          [11, "available"],
          [20, "sent"],
          [26, "declined"],
        ],
      },
      {
        laborType: "Rigger",
        needed: 2,
        payRateMinor: 2600,
        requests: [
          [4, "confirmed"],
          [9, "sent"],
        ],
      },
    ],
  },
  {
    name: "Show",
    dayOffset: 1,
    time: "17:00",
    requirements: [
      {
        laborType: "Usher",
        needed: 4,
        firstCome: 4,
        payRateMinor: 1500,
        requests: [
          [2, "confirmed"],
          [5, "confirmed"],
          [15, "queued"],
          [17, "declined"],
        ],
      },
      {
        laborType: "Stagehand",
        needed: 2,
        payRateMinor: 1800,
        requests: [[13, "available"]],
      },
    ],
  },
];

const CONFERENCE_CALL_TIMES: SeedCallTime[] = [
  {
    name: "Setup",
    dayOffset: 7,
    time: "07:00",
    requirements: [
      {
        laborType: "Stagehand",
        needed: 4,
        payRateMinor: 2400,
        requests: [
          [0, "sent"],
          [18, "queued"],
          [22, "queued"],
        ],
      },
      {
        laborType: "Forklift operator",
        needed: 1,
        payRateMinor: 3000,
        requests: [[12, "confirmed"]],
      },
    ],
  },
];

const addDays = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

/** The timestamps a request in `state` has, a plausible while before `now`. */
function requestTimes(state: RequestState, now: Date) {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const sent = state === "queued" ? null : hoursAgo(30);
  const answered = state === "queued" || state === "sent" ? null : hoursAgo(26);
  return {
    queuedAt: hoursAgo(48),
    sentAt: sent,
    answeredAt: answered,
    answerChannel: answered ? ("sms_link" as const) : null,
    confirmedAt: state === "confirmed" ? hoursAgo(24) : null,
  };
}

export async function seedStaffing(db: Executor, now = new Date()): Promise<number> {
  // Staffing tables are tenant tables: the seed says explicitly that it crosses tenants.
  await db.execute(sql`select set_config('app.system', 'on', true)`);
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, ORG_ID));
  const [existing] = await db
    .select({ total: count() })
    .from(laborTypes)
    .where(eq(laborTypes.orgId, ORG_ID));
  // Only a new demo org is seeded: a second run (or an org someone already edited) is left alone.
  if (!org || (existing?.total ?? 0) > 0) return 0;

  await findStaffingSettings(db, ORG_ID);
  const typeRows = await db
    .insert(laborTypes)
    .values(LABOR_TYPES.map((name) => ({ orgId: ORG_ID, name })))
    .returning({ id: laborTypes.id, name: laborTypes.name });
  const typeId = (name: LaborTypeName) => typeRows.find((row) => row.name === name)!.id;

  const [tirana, sanFrancisco] = await db
    .insert(locations)
    .values([TIRANA, SAN_FRANCISCO].map((venue) => ({ orgId: ORG_ID, ...venue })))
    .returning({ id: locations.id, timeZone: locations.timeZone });

  const workerIds: string[] = [];
  for (const [index, [name, types, consent]] of WORKERS.entries()) {
    const [row] = await db
      .insert(workers)
      .values({
        orgId: ORG_ID,
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
        smsConsent: consent,
        // A couple of unreliable workers, so the fill list has something to warn about.
        noCallNoShowCount: index === 14 ? 2 : index === 23 ? 1 : 0,
        lateCancellationCount: index === 10 ? 1 : index === 23 ? 3 : 0,
        // The demo worker account uses /work as this worker.
        userId: index === 0 ? WORKER_USER_ID : null,
        notes: index === 6 ? "Forklift licence valid until 2027." : null,
      })
      .returning({ id: workers.id });
    const phones = [phoneOf(index), ...(index % 7 === 3 ? [phoneOf(index + 50)] : [])];
    await writeWorkerDetails(db, ORG_ID, row!.id, {
      phones,
      laborTypeIds: types.map(typeId),
    });
    workerIds.push(row!.id);
  }

  let added = typeRows.length + 2 + workerIds.length;
  const today = instantToZonedWallTime(now, tirana!.timeZone).date;
  const seedEvent = async (
    input: { name: string; description: string; locationId: string; timeZone: string },
    callTimeSeeds: SeedCallTime[],
  ) => {
    const days = callTimeSeeds.map((callTime) => callTime.dayOffset);
    const [event] = await db
      .insert(events)
      .values({
        orgId: ORG_ID,
        name: input.name,
        description: input.description,
        locationId: input.locationId,
        startDate: addDays(today, Math.min(...days)),
        endDate: addDays(today, Math.max(...days)),
        status: "active",
      })
      .returning({ id: events.id });
    added += 1;
    const confirmed: string[] = [];
    for (const seed of callTimeSeeds) {
      const startsAt = zonedWallTimeToInstant(
        addDays(today, seed.dayOffset),
        seed.time,
        input.timeZone,
      );
      const [callTime] = await db
        .insert(callTimes)
        .values({
          orgId: ORG_ID,
          eventId: event!.id,
          name: seed.name,
          startsAt,
          message: seed.message ?? null,
        })
        .returning({ id: callTimes.id, startsAt: callTimes.startsAt });
      added += 1;
      for (const requirement of seed.requirements) {
        const confirmedCount = requirement.requests.filter(
          ([, state]) => state === "confirmed",
        ).length;
        const [row] = await db
          .insert(laborRequirements)
          .values({
            orgId: ORG_ID,
            callTimeId: callTime!.id,
            laborTypeId: typeId(requirement.laborType),
            needed: requirement.needed,
            firstComePositions: requirement.firstCome ?? 0,
            payRateMinor: requirement.payRateMinor,
            confirmedCount,
          })
          .returning({ id: laborRequirements.id });
        const requests = await db
          .insert(laborRequests)
          .values(
            requirement.requests.map(([worker, state]) => ({
              orgId: ORG_ID,
              requirementId: row!.id,
              workerId: workerIds[worker]!,
              state,
              ...newRequestSecrets(),
              ...requestTimes(state, now),
            })),
          )
          .returning({ id: laborRequests.id, state: laborRequests.state });
        added += 1 + requests.length;
        // Workers' own answers ring the manager's bell, as answering through the link does.
        added += await recordNotifications(
          db,
          requests.flatMap((request) =>
            request.state === "available" ||
            request.state === "declined" ||
            request.state === "confirmed"
              ? [{ kind: request.state, requestId: request.id }]
              : [],
          ),
        );
        if (seed.dayOffset === 0) {
          confirmed.push(
            ...requests.filter((request) => request.state === "confirmed").map((r) => r.id),
          );
        }
      }
      // The first confirmed worker of today's call is signed in (at the call time, or now
      // when the seed runs before it: an early arrival).
      if (seed.dayOffset === 0 && confirmed[0]) {
        const signedInAt = callTime!.startsAt <= now ? callTime!.startsAt : now;
        await db.insert(timeEntries).values({ orgId: ORG_ID, requestId: confirmed[0], signedInAt });
        added += 1;
      }
    }
    return event!.id;
  };

  const festival = await seedEvent(
    {
      name: "Summer Music Festival",
      description: "Two days of open-air concerts on the main square.",
      locationId: tirana!.id,
      timeZone: tirana!.timeZone,
    },
    FESTIVAL_CALL_TIMES,
  );
  await seedEvent(
    {
      name: "Bay Tech Conference",
      description: "Expo hall build for a 2,000-person developer conference.",
      locationId: sanFrancisco!.id,
      timeZone: sanFrancisco!.timeZone,
    },
    CONFERENCE_CALL_TIMES,
  );
  await db
    .insert(eventStewards)
    .values({ orgId: ORG_ID, eventId: festival, userId: STEWARD_USER_ID });
  return added + 1;
}
