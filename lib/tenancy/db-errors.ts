/** Whether a query failed on a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // Drizzle wraps the driver's error; postgres.js puts the SQLSTATE in `code`.
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const pgError = cause as { code?: string; constraint_name?: string };
  return pgError?.code === "23505" && (!constraint || pgError.constraint_name === constraint);
}
