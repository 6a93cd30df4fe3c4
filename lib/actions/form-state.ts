import type { FieldErrors } from "@/lib/errors";

export type FormState<T> =
  | { status: "idle" }
  | { status: "success"; message: string; data: T }
  | { status: "error"; message: string; fieldErrors?: FieldErrors };

export const idle = { status: "idle" } as const;
