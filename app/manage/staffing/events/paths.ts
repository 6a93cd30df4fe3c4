/** Where the manager's staffing event screens live, in one place for links and revalidation. */
export const EVENTS_PATH = "/manage/staffing/events";
export const eventPath = (eventId: string) => `${EVENTS_PATH}/${eventId}`;
export const editEventPath = (eventId: string) => `${EVENTS_PATH}/${eventId}/edit`;
export const fillListPath = (requirementId: string) =>
  `/manage/staffing/requirements/${requirementId}/fill`;
export const timesheetPath = (callTimeId: string) =>
  `/manage/staffing/call-times/${callTimeId}/timesheet`;
/** The id the event page gives each requirement's section, for links that land on it. */
export const requirementAnchor = (requirementId: string) => `requirement-${requirementId}`;
