import { z } from "zod";
import { ANSWER_CHANNELS, LABOR_REQUEST_STATES } from "@/db/schema/staffing";

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

export const ZLaborRequestState = z.enum(LABOR_REQUEST_STATES).meta({
  id: "LaborRequestState",
  description:
    "queued → sent → available | declined; available → confirmed (manager, or first come); " +
    "confirmed → canceled | no_call_no_show",
});
export const ZAnswerChannel = z.enum(ANSWER_CHANNELS).meta({ id: "LaborRequestAnswerChannel" });
export type TAnswerChannel = z.infer<typeof ZAnswerChannel>;

// ---------- fill list ----------

export const FILL_LIST_SORTS = ["name", "reliability", "conflicts"] as const;

export const ZFillListQuery = z.strictObject({
  q: z.string().trim().max(100).optional().meta({ description: "Part of the name or phone" }),
  sort: z.enum(FILL_LIST_SORTS).default("name").meta({
    description:
      "name; reliability (fewest no-shows and late cancellations first); conflicts (fewest first)",
  }),
  ...ZPage,
});
export type TFillListQuery = z.infer<typeof ZFillListQuery>;

export const ZFillListWorker = z
  .object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string().nullable().meta({ description: "Primary phone, E.164" }),
    smsStopped: z
      .boolean()
      .meta({ description: "The worker replied STOP: no texts can reach them" }),
    noCallNoShowCount: z.number().int(),
    lateCancellationCount: z.number().int(),
    conflicts: z
      .number()
      .int()
      .meta({
        description:
          "The worker's confirmed or available requests on other call times within ± the " +
          "org's conflict window of this call time",
      }),
    request: z
      .object({ id: z.uuid(), state: ZLaborRequestState, reserved: z.boolean() })
      .nullable()
      .meta({ description: "The worker's request for this requirement, if any" }),
  })
  .meta({ id: "FillListWorker" });
export type TFillListWorker = z.infer<typeof ZFillListWorker>;

// ---------- requests ----------

export const ZLaborRequest = z
  .object({
    id: z.uuid(),
    requirementId: z.uuid(),
    worker: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }),
    state: ZLaborRequestState,
    reserved: z.boolean(),
    answerChannel: ZAnswerChannel.nullable(),
    queuedAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    confirmedAt: z.iso.datetime().nullable(),
    canceledAt: z.iso.datetime().nullable(),
    noShowAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "LaborRequest" });
export type TLaborRequest = z.infer<typeof ZLaborRequest>;

export const ZRequestCounts = z
  .object({
    queued: z.number().int(),
    sent: z.number().int(),
    available: z.number().int(),
    declined: z.number().int(),
    confirmed: z.number().int(),
    canceled: z.number().int(),
    noShow: z.number().int(),
    unfilled: z.number().int().meta({ description: "needed − confirmed places" }),
  })
  .meta({ id: "LaborRequestCounts" });
export type TRequestCounts = z.infer<typeof ZRequestCounts>;

export const ZRequirementRequests = z
  .object({
    requirementId: z.uuid(),
    counts: ZRequestCounts,
    requests: z.array(ZLaborRequest),
  })
  .meta({ id: "RequirementLaborRequests" });
export type TRequirementRequests = z.infer<typeof ZRequirementRequests>;

export const ZCreateRequests = z
  .strictObject({
    workerIds: z.array(z.uuid()).min(1).max(500),
    reserved: z.boolean().default(false).meta({
      description: "Reserved: a yes confirms the worker at once (the place is held for them)",
    }),
  })
  .meta({ id: "CreateLaborRequests" });
export type TCreateRequests = z.infer<typeof ZCreateRequests>;

export const ZCreateRequestsResult = z
  .object({
    created: z.array(ZLaborRequest),
    skipped: z
      .array(z.object({ workerId: z.uuid(), requestId: z.uuid(), state: ZLaborRequestState }))
      .meta({ description: "Workers already requested for this requirement" }),
  })
  .meta({ id: "CreateLaborRequestsResult" });
export type TCreateRequestsResult = z.infer<typeof ZCreateRequestsResult>;

export const ZBulkConfirm = z
  .strictObject({ requestIds: z.array(z.uuid()).min(1).max(500) })
  .meta({ id: "BulkConfirmLaborRequests" });
export type TBulkConfirm = z.infer<typeof ZBulkConfirm>;
