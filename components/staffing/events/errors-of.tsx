import type { FieldErrors } from "@/lib/errors";

/**
 * The server's messages for a group of inputs (`userIds.0`, `userIds.3` …) under the group,
 * where no single input owns them.
 */
export function ErrorsOf({ errors, prefix }: { errors: FieldErrors | undefined; prefix: string }) {
  const messages = [
    ...new Set(
      Object.entries(errors ?? {})
        .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
        .flatMap(([, list]) => list),
    ),
  ];
  if (messages.length === 0) return null;
  return (
    <p className="text-xs font-medium text-destructive" role="alert">
      {messages.join(" ")}
    </p>
  );
}
