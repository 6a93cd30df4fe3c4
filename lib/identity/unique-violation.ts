/**
 * Whether a failed query broke a unique index (PostgreSQL 23505), optionally a named one.
 * Checks that ran first can lose a race; the index is what decides, and this tells its
 * refusal apart from a real failure.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const pgError = cause as { code?: string; constraint_name?: string } | null;
  return (
    pgError?.code === "23505" &&
    (constraint === undefined || pgError.constraint_name === constraint)
  );
}
