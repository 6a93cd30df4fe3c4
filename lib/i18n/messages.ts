import type { Locale } from "./config";
import en from "./messages/en.json";
import sq from "./messages/sq.json";
import identityEn from "./messages/identity.en.json";
import identitySq from "./messages/identity.sq.json";
import tenancyEn from "./messages/tenancy.en.json";
import tenancySq from "./messages/tenancy.sq.json";
import securityEn from "./messages/security.en.json";
import securitySq from "./messages/security.sq.json";
import pushEn from "./messages/push.en.json";
import pushSq from "./messages/push.sq.json";
import authEn from "./messages/auth.en.json";
import authSq from "./messages/auth.sq.json";
import settingsEn from "./messages/settings.en.json";
import settingsSq from "./messages/settings.sq.json";
import teamEn from "./messages/team.en.json";
import teamSq from "./messages/team.sq.json";
import staffingPeopleEn from "./messages/staffing-people.en.json";
import staffingPeopleSq from "./messages/staffing-people.sq.json";
import staffingEventsEn from "./messages/staffing-events.en.json";
import staffingEventsSq from "./messages/staffing-events.sq.json";
import staffingRequestsEn from "./messages/staffing-requests.en.json";
import staffingRequestsSq from "./messages/staffing-requests.sq.json";
import staffingTimesheetEn from "./messages/staffing-timesheet.en.json";
import staffingTimesheetSq from "./messages/staffing-timesheet.sq.json";
import staffingEventsUiEn from "./messages/staffing-events-ui.en.json";
import staffingEventsUiSq from "./messages/staffing-events-ui.sq.json";
import staffingReportsEn from "./messages/staffing-reports.en.json";
import staffingReportsSq from "./messages/staffing-reports.sq.json";
import staffingUiEn from "./messages/staffing-ui.en.json";
import staffingUiSq from "./messages/staffing-ui.sq.json";
import staffingNoticesEn from "./messages/staffing-notices.en.json";
import staffingNoticesSq from "./messages/staffing-notices.sq.json";
import staffingSendingEn from "./messages/staffing-sending.en.json";
import staffingSendingSq from "./messages/staffing-sending.sq.json";
import staffingWorkEn from "./messages/staffing-work.en.json";
import staffingWorkSq from "./messages/staffing-work.sq.json";
import bookingEn from "./messages/booking.en.json";
import bookingSq from "./messages/booking.sq.json";
import bookingCommunityEn from "./messages/booking-community.en.json";
import bookingCommunitySq from "./messages/booking-community.sq.json";
import bookingAvailabilityEn from "./messages/booking-availability.en.json";
import bookingAvailabilitySq from "./messages/booking-availability.sq.json";
import bookingBookingsEn from "./messages/booking-bookings.en.json";
import bookingBookingsSq from "./messages/booking-bookings.sq.json";
import bookingCatalogEn from "./messages/booking-catalog.en.json";
import bookingCatalogSq from "./messages/booking-catalog.sq.json";
import bookingSearchEn from "./messages/booking-search.en.json";
import bookingSearchSq from "./messages/booking-search.sq.json";
import bookingUiEn from "./messages/booking-ui.en.json";
import bookingUiSq from "./messages/booking-ui.sq.json";
import bookingUiMarketplaceEn from "./messages/booking-ui-marketplace.en.json";
import bookingUiMarketplaceSq from "./messages/booking-ui-marketplace.sq.json";
import bookingUiFlowEn from "./messages/booking-ui-flow.en.json";
import bookingUiFlowSq from "./messages/booking-ui-flow.sq.json";
import bookingUiCustomerEn from "./messages/booking-ui-customer.en.json";
import bookingUiCustomerSq from "./messages/booking-ui-customer.sq.json";
import bookingUiCalendarEn from "./messages/booking-ui-calendar.en.json";
import bookingUiCalendarSq from "./messages/booking-ui-calendar.sq.json";
import bookingUiCatalogEn from "./messages/booking-ui-catalog.en.json";
import bookingUiCatalogSq from "./messages/booking-ui-catalog.sq.json";
import bookingUiCommunityEn from "./messages/booking-ui-community.en.json";
import bookingUiCommunitySq from "./messages/booking-ui-community.sq.json";

type Catalogue = { [key: string]: string | Catalogue };

/**
 * Modules keep their strings in their own files (`<module>.<locale>.json`, same shape as the
 * base file); they are merged key by key, so two modules may both add to `api.errors`.
 */
function merge<T extends Catalogue>(...catalogues: Catalogue[]): T {
  const result: Catalogue = {};
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue)) {
      const existing = result[key];
      result[key] =
        typeof value === "object" && typeof existing === "object" ? merge(existing, value) : value;
    }
  }
  return result as T;
}

export type Messages = typeof en &
  typeof identityEn &
  typeof tenancyEn &
  typeof securityEn &
  typeof pushEn &
  typeof authEn &
  typeof settingsEn &
  typeof teamEn &
  typeof staffingPeopleEn &
  typeof staffingEventsEn &
  typeof staffingRequestsEn &
  typeof staffingTimesheetEn &
  typeof staffingEventsUiEn &
  typeof staffingReportsEn &
  typeof staffingUiEn &
  typeof staffingNoticesEn &
  typeof staffingSendingEn &
  typeof staffingWorkEn &
  typeof bookingAvailabilityEn &
  typeof bookingCommunityEn &
  typeof bookingEn &
  typeof bookingCatalogEn &
  typeof bookingBookingsEn &
  typeof bookingSearchEn &
  typeof bookingUiEn &
  typeof bookingUiMarketplaceEn &
  typeof bookingUiFlowEn &
  typeof bookingUiCustomerEn &
  typeof bookingUiCalendarEn &
  typeof bookingUiCatalogEn &
  typeof bookingUiCommunityEn;

export const messagesByLocale: Record<Locale, Messages> = {
  en: merge<Messages>(
    en,
    identityEn,
    tenancyEn,
    securityEn,
    pushEn,
    authEn,
    settingsEn,
    teamEn,
    staffingPeopleEn,
    staffingEventsEn,
    staffingRequestsEn,
    staffingTimesheetEn,
    staffingEventsUiEn,
    staffingReportsEn,
    staffingUiEn,
    staffingNoticesEn,
    staffingSendingEn,
    staffingWorkEn,
    bookingEn,
    bookingCommunityEn,
    bookingAvailabilityEn,
    bookingBookingsEn,
    bookingCatalogEn,
    bookingSearchEn,
    bookingUiEn,
    bookingUiMarketplaceEn,
    bookingUiFlowEn,
    bookingUiCustomerEn,
    bookingUiCalendarEn,
    bookingUiCatalogEn,
    bookingUiCommunityEn,
  ),
  sq: merge<Messages>(
    sq,
    identitySq,
    tenancySq,
    securitySq,
    pushSq,
    authSq,
    settingsSq,
    teamSq,
    staffingPeopleSq,
    staffingEventsSq,
    staffingRequestsSq,
    staffingTimesheetSq,
    staffingEventsUiSq,
    staffingReportsSq,
    staffingUiSq,
    staffingNoticesSq,
    staffingSendingSq,
    staffingWorkSq,
    bookingSq,
    bookingCommunitySq,
    bookingAvailabilitySq,
    bookingBookingsSq,
    bookingCatalogSq,
    bookingSearchSq,
    bookingUiSq,
    bookingUiMarketplaceSq,
    bookingUiFlowSq,
    bookingUiCustomerSq,
    bookingUiCalendarSq,
    bookingUiCatalogSq,
    bookingUiCommunitySq,
  ),
};
