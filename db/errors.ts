/** PostgreSQL refusals the services turn into 409s: the database, not a prior check, decides. */
/** The PostgreSQL error under Drizzle's wrapper (postgres.js puts SQLSTATE in `code`). */
function pgErrorOf(error: unknown): { code?: string; constraint_name?: string } | undefined {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return cause as { code?: string; constraint_name?: string } | undefined;
}

/** Whether a query failed on a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = pgErrorOf(error);
  return pgError?.code === "23505" && (!constraint || pgError.constraint_name === constraint);
}

/**
 * Whether a delete failed because other rows still reference the row: 23001 for ON DELETE
 * RESTRICT, 23503 for NO ACTION.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = pgErrorOf(error)?.code;
  return code === "23001" || code === "23503";
}
