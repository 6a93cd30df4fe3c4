export { staffingRoutes } from "./contracts";
export * from "./people.contracts";
export * from "./people.schemas";
export { listLaborTypes } from "./labor-types.queries";
export { createLaborType, deleteLaborType, renameLaborType } from "./labor-types.service";
export { getLocation, listLocations } from "./locations.queries";
export { createLocation, deleteLocation, updateLocation } from "./locations.service";
export { getWorker, listWorkers } from "./workers.queries";
export { createWorker, removeWorker, updateWorker } from "./workers.service";
export { readImportInput } from "./worker-import.input";
export { commitWorkerImport, previewWorkerImport } from "./worker-import.service";
export * from "./events.contracts";
export * from "./events.schemas";
export {
  assertEventAccess,
  type EventAccess,
  seesAllEvents,
  visibleEventsFilter,
} from "./event-access";
export { getEvent, listEvents } from "./events.queries";
export { createEvent, deleteEvent, setEventStewards, updateEvent } from "./events.service";
export { getCallTime, listCallTimeChanges, listCallTimes } from "./call-times.queries";
export {
  cloneRequirements,
  copyCallTime,
  copyCallTimeIn,
  createCallTime,
  deleteCallTime,
  type RequirementCopies,
  updateCallTime,
} from "./call-times.service";
export {
  createRequirement,
  deleteRequirement,
  getRequirement,
  listRequirements,
  updateRequirement,
} from "./requirements.service";
export { getStaffingSettings, updateStaffingSettings } from "./settings.service";
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
export * from "./requests.contracts";
export * from "./requests.schemas";
export {
  findRequests,
  listFillList,
  listRequirementRequests,
  loadRequirementForRequests,
  requirementRequestCounts,
} from "./requests.queries";
export {
  actOnRequest,
  type Answer,
  type AnswerOutcome,
  answerRequest,
  confirmRequests,
  createRequests,
  deleteRequest,
  cancelEventRequests,
  LATE_CANCELLATION_HOURS,
  type ManagerAction,
  markRequestsSent,
  requeueCopiedRequests,
  withdrawUnansweredRequests,
} from "./requests.service";
export * from "./time-entries.contracts";
export * from "./time-entries.schemas";
export { getTimesheet, getTimesheetCsv, listTimeEntryAudits } from "./time-entries.queries";
export {
  addMealBreak,
  deleteMealBreak,
  signIn,
  signOut,
  updateMealBreak,
  updateTimeEntry,
} from "./time-entries.service";
export { buildTimesheet, timesheetToCsv, type TimesheetSource } from "./timesheet";
export {
  type EventBoard,
  type EventBoardCallTime,
  type EventBoardRequirement,
  type EventFill,
  eventFillRates,
  type FillListConflict,
  getEventBoard,
  listCallTimeAudits,
  listFillListConflicts,
} from "./event-board.queries";
export * from "./sending.contracts";
export * from "./sending.schemas";
export { sendQueuedRequests, setSendingPaused } from "./sending.service";
export { staffingSendQueue } from "./sending.queue";
export { handleStaffingSms, syncWorkersWithOptOut } from "./inbound";
export * from "./work.contracts";
export * from "./worker-requests.schemas";
export * from "./stations.contracts";
export * from "./stations.schemas";
export { resolveWorkerSelf, type WorkerIdentity, type WorkerSelf } from "./worker-link.service";
export {
  getMySchedule,
  listMyDeclinedAhead,
  listMyHistory,
  listMyRequests,
} from "./worker-work.queries";
export { answerMyRequest, clockInMine, clockOutMine } from "./worker-work.service";
export {
  type ClockActor,
  type ClockResult,
  type ClockSource,
  workerClockIn,
  workerClockOut,
} from "./worker-self.service";
export { CLOCK_IN_WINDOW_MS, clockState } from "./worker-clock";
export { clockInQrSvg, shiftCalendar } from "./worker-calendar";
export {
  findLinkTarget,
  type LinkPage,
  linkCalendar,
  linkQrCode,
  loadLinkPage,
} from "./link-page.queries";
export { answerFromLink, clockInFromLink, clockOutFromLink } from "./link-page.service";
export {
  createStation,
  deleteStation,
  listStations,
  loadStation,
  stationScan,
} from "./stations.service";
export * from "./reports.contracts";
export * from "./reports.schemas";
export {
  getCallTimeTimesheetReport,
  getEventTimesheet,
  sumTimesheetTotals,
  type TimesheetReport,
} from "./reports-timesheets.queries";
export { loadTimesheetSources, type TimesheetSourceFilter } from "./timesheet-sources.queries";
export {
  eventTimesheetToCsv,
  fileResponse,
  getCallTimeTimesheetCsv,
  getCallTimeTimesheetPdf,
  getEventTimesheetCsv,
  getEventTimesheetPdf,
  type ReportFile,
} from "./reports-downloads";
export { getSmsUsage } from "./reports-sms.queries";
export {
  getWorkerReliability,
  listWorkerHistory,
  listWorkerReliability,
} from "./reports-workers.queries";
export { getStaffingDashboard } from "./dashboard.queries";
export * from "./notifications.contracts";
export * from "./notifications.schemas";
export { listNotifications, unreadNotificationCount } from "./notifications.queries";
export { clearNotifications, markNotificationsRead } from "./notifications.service";
export {
  answerMyTimeChange,
  answerTimeChange,
  answerTimeChangeFromLink,
} from "./time-changes.service";
export {
  findTimeChangeForLink,
  listTimeChangeAnswers,
  type TimeChangeForLink,
} from "./time-changes.queries";
export { sendDueReminders, staffingRemindersQueue } from "./reminders";
export { staffingAutoWithdrawQueue, withdrawUnanswered } from "./auto-withdraw";
