/** The name as people read it: "Europe / Tirane", "America / New York". */
export function timeZoneLabel(id: string): string {
  return id.replaceAll("_", " ").replaceAll("/", " / ");
}

/**
 * Every zone the runtime knows. UTC is added because runtimes list only geographic zones,
 * and it is the default of new accounts.
 */
export function listTimeZones(
  zones: readonly string[] = Intl.supportedValuesOf("timeZone"),
): string[] {
  return zones.includes("UTC") ? [...zones] : ["UTC", ...zones];
}

// A formatter per zone costs about half a millisecond, so offsets are worked out only for
// the zones on screen, once each.
const offsets = new Map<string, string>();

/** The offset from UTC at `now`: "GMT+2", "GMT+5:30", "GMT". */
export function timeZoneOffset(id: string, now: Date): string {
  const known = offsets.get(id);
  if (known !== undefined) return known;
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en", { timeZone: id, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value;
  } catch {
    // Browsers from before 2022 know no "shortOffset": the list then goes without.
  }
  // Runtimes disagree on zero ("GMT" or "GMT+0"); one spelling reads the same everywhere.
  const offset = (name ?? "").replace(/^GMT[+-]0$/, "GMT");
  offsets.set(id, offset);
  return offset;
}

const simplify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_/]+/g, " ");

/**
 * Zones whose name contains every word typed: "new york", "tirane", "europe rome". Zones
 * whose city starts with the query come first.
 */
export function searchTimeZones(zones: readonly string[], query: string): string[] {
  const words = simplify(query).trim().split(" ").filter(Boolean);
  if (words.length === 0) return [...zones];
  const matches = zones.filter((id) => {
    const name = simplify(id);
    return words.every((word) => name.includes(word));
  });
  const first = words.join(" ");
  const cityFirst = (id: string) => simplify(id.split("/").pop() ?? id).startsWith(first);
  return [...matches.filter(cityFirst), ...matches.filter((id) => !cityFirst(id))];
}
