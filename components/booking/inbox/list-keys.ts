/**
 * Where focus goes in a list for a key: arrows step (wrapping round), Home and End jump.
 * Null for any other key, or an empty list, so the event goes on as usual.
 */
export function focusTarget(key: string, current: number, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : (current + 1) % length;
    case "ArrowUp":
      return current < 0 ? length - 1 : (current - 1 + length) % length;
    case "Home":
      return 0;
    case "End":
      return length - 1;
    default:
      return null;
  }
}
