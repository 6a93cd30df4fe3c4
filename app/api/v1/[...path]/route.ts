import { unknownRoute } from "@/lib/api/route";

// Any /api/v1 path no route file declares: an enveloped 404 instead of Next's HTML page.
export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const OPTIONS = unknownRoute;
