import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZDeleted, ZIdParams } from "./community.schemas";
import {
  ZAcceptedClientInvitation,
  ZClient,
  ZClientParams,
  ZCreateClient,
  ZInvitationTokenParams,
  ZListClientsQuery,
  ZMyClientBusiness,
  ZUpdateClient,
} from "./clients.schemas";

const tags = ["Manage clients"];
const ZBusinessParams = ZIdParams.extend({ id: z.uuid().meta({ description: "Business id" }) });

export const listClientsRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/clients",
  summary: "A business's clients",
  description: "Newest first; `q` matches part of the name, email or phone.",
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZBusinessParams,
  query: ZListClientsQuery,
  response: ZClient,
  paginated: true,
});

export const createClientRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/clients",
  summary: "Add a client (and invite them)",
  description:
    "With an email or phone the client is invited (unless `invite` is false): an email, " +
    "else an SMS, with a link to accept that works for 30 days. A second client with the " +
    "same email or phone in the business answers 409.",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZBusinessParams,
  body: ZCreateClient,
  response: ZClient,
  status: 201,
  errors: [409, 429],
});

export const getClientRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/clients/{clientId}",
  summary: "A client",
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZClientParams,
  response: ZClient,
});

export const updateClientRoute = defineRoute({
  method: "PATCH",
  path: "/manage/businesses/{id}/clients/{clientId}",
  summary: "Change a client's details or notes",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZClientParams,
  body: ZUpdateClient,
  response: ZClient,
  errors: [409],
});

export const removeClientRoute = defineRoute({
  method: "DELETE",
  path: "/manage/businesses/{id}/clients/{clientId}",
  summary: "Remove a client",
  description: "A client without an account who has bookings stays (409): the bookings name them.",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZClientParams,
  response: ZDeleted,
  errors: [409],
});

export const inviteClientRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/clients/{clientId}/invitation",
  summary: "Send a client's invitation (again)",
  description:
    "A new link (the previous one stops working). 409 when the client already linked " +
    "their account or has neither email nor phone; at most 3 per client per hour (429).",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZClientParams,
  response: ZClient,
  errors: [409, 429],
});

export const acceptClientInvitationRoute = defineRoute({
  method: "POST",
  path: "/client-invitations/{token}/accept",
  summary: "Accept a business's invitation to be its client",
  description:
    "Links the client record to the signed-in account. Unknown or used links answer 404, " +
    "links older than 30 days 410; being a client of that business already, 409.",
  tags: ["Clients"],
  auth: "user",
  params: ZInvitationTokenParams,
  response: ZAcceptedClientInvitation,
  errors: [404, 409, 410],
});

export const myClientBusinessesRoute = defineRoute({
  method: "GET",
  path: "/me/client-businesses",
  summary: "Businesses where I am a client",
  description: "Published businesses whose client record is linked to my account.",
  tags: ["Clients"],
  auth: "user",
  response: z.array(ZMyClientBusiness),
});

export const clientRoutes = [
  listClientsRoute,
  createClientRoute,
  getClientRoute,
  updateClientRoute,
  removeClientRoute,
  inviteClientRoute,
  acceptClientInvitationRoute,
  myClientBusinessesRoute,
];
