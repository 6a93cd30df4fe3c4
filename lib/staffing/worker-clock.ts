/**
 * Workflow 9, the rules of a worker's own clock-in, in one pure place (the services enforce
 * them, the screens and the API show the buttons from them):
 *
 * - only a confirmed request clocks in or out;
 * - clock-in is open from 1 h before the call time to 1 h after it (a sign-in station, run at
 *   the venue, also takes late arrivals);
 * - the sign-in is the call time for an early arrival and the arrival for a late one, as a
 *   manager's sign-in defaults to the call time: nobody is paid for waiting before the call;
 * - clock-out follows the clock-in; the minimum hours and the rounding of the end are applied
 *   by `computeShift` when hours are computed, never to the stored instants.
 */

export const CLOCK_IN_WINDOW_MS = 60 * 60_000;

export interface ClockEntry {
  signedInAt: Date | null;
  signedOutAt: Date | null;
}

export interface ClockState {
  /** Where `now` is against the self clock-in window. */
  window: "upcoming" | "open" | "closed";
  canClockIn: boolean;
  canClockOut: boolean;
  opensAt: Date;
  closesAt: Date;
}

export function clockWindow(callStartsAt: Date): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(callStartsAt.getTime() - CLOCK_IN_WINDOW_MS),
    closesAt: new Date(callStartsAt.getTime() + CLOCK_IN_WINDOW_MS),
  };
}

export function clockState(
  state: string,
  callStartsAt: Date,
  entry: ClockEntry | null,
  now: Date,
): ClockState {
  const window = clockWindow(callStartsAt);
  const confirmed = state === "confirmed";
  const signedIn = Boolean(entry?.signedInAt);
  const phase =
    now.getTime() < window.opensAt.getTime()
      ? "upcoming"
      : now.getTime() <= window.closesAt.getTime()
        ? "open"
        : "closed";
  const inWindow = phase === "open";
  return {
    ...window,
    window: phase,
    canClockIn: confirmed && !signedIn && inWindow,
    canClockOut: confirmed && signedIn && !entry?.signedOutAt,
  };
}

/** The instant recorded for a clock-in at `now`: the call time when early, else `now`. */
export function clockInInstant(callStartsAt: Date, now: Date): Date {
  return now.getTime() < callStartsAt.getTime() ? callStartsAt : now;
}
