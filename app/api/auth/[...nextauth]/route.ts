import { handlers } from "@/lib/identity/web-auth";

export const { GET, POST } = handlers;
