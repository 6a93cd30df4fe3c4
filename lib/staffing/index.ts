export { DEFAULT_PAY_RULES, ZPayRules, resolvePayRules, type PayRules } from "./pay-rules";
export {
  OVERTIME_MULTIPLIER,
  computeShift,
  minutesToHours,
  type CompletedShift,
  type InProgressShift,
  type ShiftBreak,
  type ShiftHours,
  type ShiftInput,
} from "./hours";
export {
  instantToZonedWallTime,
  isValidTimeZone,
  zonedWallTimeToInstant,
  type ZonedWallTime,
} from "./zoned-time";
