export { staffingRoutes } from "./contracts";
export * from "./people.contracts";
export * from "./people.schemas";
export { listLaborTypes } from "./labor-types.queries";
export { createLaborType, deleteLaborType, renameLaborType } from "./labor-types.service";
export { getLocation, listLocations } from "./locations.queries";
export { createLocation, deleteLocation, updateLocation } from "./locations.service";
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
