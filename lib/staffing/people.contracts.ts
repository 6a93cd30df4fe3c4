import type { RouteContract } from "@/lib/api/contract";

export const peopleRoutes: RouteContract[] = [];
