import { z } from "zod";
import { APPLICATION_STATUSES } from "@/db/schema/booking";
import { ZInstant, ZPageQuery } from "./community.schemas";

export const ZApplicationStatus = z.enum(APPLICATION_STATUSES).meta({
  id: "FreelancerApplicationStatus",
  description:
    "pending → approved (an employee now) or rejected, or withdrawn by the freelancer; " +
    "approved → left when the freelancer leaves",
});

export const ZCreateApplication = z
  .strictObject({
    businessId: z.uuid(),
    message: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .transform((value) => value || null)
      .meta({ example: "Barber with 6 years of experience, free Mondays and Tuesdays." }),
  })
  .meta({
    id: "CreateFreelancerApplication",
    example: {
      businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      message: "Barber with 6 years of experience, free Mondays and Tuesdays.",
    },
  });
export type TCreateApplication = z.infer<typeof ZCreateApplication>;

export const ZListApplicationsQuery = z
  .strictObject({
    businessId: z.uuid().optional(),
    status: ZApplicationStatus.optional(),
    ...ZPageQuery,
  })
  .meta({ id: "ListFreelancerApplicationsQuery" });
export type TListApplicationsQuery = z.infer<typeof ZListApplicationsQuery>;

export const ZMyApplicationsQuery = z.strictObject({ ...ZPageQuery });

export const ZApplication = z
  .object({
    id: z.uuid(),
    business: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
    applicant: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    message: z.string().nullable(),
    status: ZApplicationStatus,
    employeeId: z.uuid().nullable().meta({ description: "Set once approved" }),
    decidedAt: ZInstant.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({
    id: "FreelancerApplication",
    example: {
      id: "0193f7c4-6a00-7000-8000-0000000000a1",
      business: {
        id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
        name: "Salon Arta",
        slug: "salon-arta",
      },
      applicant: {
        id: "0193f7c4-6a00-7000-8000-0000000000b2",
        name: "Gent Barber",
        email: "gent@example.com",
        phone: null,
      },
      message: "Barber with 6 years of experience, free Mondays and Tuesdays.",
      status: "pending",
      employeeId: null,
      decidedAt: null,
      createdAt: "2026-12-04T18:00:00.000Z",
      updatedAt: "2026-12-04T18:00:00.000Z",
    },
  });
export type TApplication = z.infer<typeof ZApplication>;
