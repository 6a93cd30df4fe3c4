/**
 * Which reminder offsets ("N hours before") are due now for one appointment — a staffing
 * call or a booking — that no run has taken yet, nearest first:
 * - an offset is due once `startsAt - N hours` has come and the appointment has not started;
 * - an offset whose moment passed before `notBefore` (when it was confirmed or booked) is
 *   skipped: the confirmation itself just told them the time;
 * - several due at once (the job was down) all come back, so the caller sends one reminder,
 *   for the nearest, and records the others so they never arrive late.
 */
export function dueReminderOffsets(
  appointment: { startsAt: Date; notBefore: Date | null; hours: number[]; sent: number[] },
  now: Date,
): number[] {
  const start = appointment.startsAt.getTime();
  return [...new Set(appointment.hours)]
    .filter((hours) => {
      const moment = start - hours * 3_600_000;
      if (hours <= 0 || moment > now.getTime() || start <= now.getTime()) return false;
      if (appointment.notBefore && appointment.notBefore.getTime() > moment) return false;
      return !appointment.sent.includes(hours);
    })
    .sort((a, b) => a - b);
}
