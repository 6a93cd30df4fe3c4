import { describe, expect, it } from "vitest";
import { countSegments } from "@/lib/messaging/sms/segments";
import {
  canceledText,
  confirmedText,
  eventCanceledText,
  formatNoticeDate,
  formatNoticeTime,
  notificationFallback,
  reminderText,
  timeChangeText,
} from "./notice-texts";

const notice = {
  locale: "en" as const,
  orgName: "Stagecrew",
  eventName: "Harbor Festival",
  callTimeName: "Load-in",
  startsAt: new Date("2026-12-04T12:00:00Z"),
  timeZone: "America/New_York",
};
const links = {
  calendarUrl: "https://callboard.example/r/ABCDEFGH12/calendar.ics",
  clockInUrl: "https://callboard.example/r/ABCDEFGH12",
};

describe("notice texts", () => {
  it("format dates and times in the zone and language, with plain spaces", () => {
    const afternoon = new Date("2026-12-04T20:05:00Z");
    expect(formatNoticeDate(afternoon, "en", "America/New_York")).toBe("Fri, Dec 4");
    expect(formatNoticeTime(afternoon, "en", "America/New_York")).toBe("3:05 PM");
    expect(formatNoticeDate(afternoon, "sq", "Europe/Tirane")).toBe("pre, 4 dhj");
    expect(formatNoticeTime(afternoon, "sq", "Europe/Tirane")).toBe("21:05");
    // Past midnight in Tirana: the date is the zone's, not UTC's.
    expect(formatNoticeDate(new Date("2026-12-04T23:30:00Z"), "sq", "Europe/Tirane")).toBe(
      "sht, 5 dhj",
    );
  });

  it("keep English texts in GSM-7 (160 characters a segment)", () => {
    const texts = [
      confirmedText(notice, links),
      canceledText(notice),
      timeChangeText(notice, new Date("2026-12-04T11:00:00Z"), links.clockInUrl),
      reminderText(notice, links.clockInUrl),
      eventCanceledText({ ...notice, startDate: "2026-12-04" }),
    ];
    for (const text of texts) expect(countSegments(text).encoding).toBe("GSM-7");
    expect(countSegments(texts[0]!).segments).toBe(2);
  });

  it("write each text in Albanian for an Albanian org", () => {
    const sq = { ...notice, locale: "sq" as const, orgName: "Ekipi" };
    expect(confirmedText(sq, links)).toBe(
      "Ekipi: Jeni konfirmuar për Harbor Festival - Load-in më pre, 4 dhj në orën 07:00. " +
        `Kalendari: ${links.calendarUrl}  Kodi i hyrjes: ${links.clockInUrl}`,
    );
    expect(canceledText(sq)).toBe(
      "Ekipi: Nuk ju nevojitemi më për Harbor Festival - Load-in më pre, 4 dhj në orën 07:00. " +
        "Na vjen keq për ndryshimin.",
    );
    expect(timeChangeText(sq, new Date("2026-12-03T12:00:00Z"), "https://x.example/t")).toBe(
      "Ekipi: Harbor Festival - Load-in u zhvendos nga enj, 3 dhj ora 07:00 në pre, 4 dhj ora " +
        "07:00. A mund të vini? Përgjigjuni: https://x.example/t",
    );
    expect(reminderText(sq, "https://x.example/r")).toBe(
      "Ekipi: Kujtesë: Harbor Festival - Load-in më pre, 4 dhj në orën 07:00. Kodi i hyrjes: " +
        "https://x.example/r",
    );
    expect(eventCanceledText({ ...sq, startDate: "2026-12-04" })).toBe(
      "Ekipi: Harbor Festival më pre, 4 dhj u anulua. Nuk keni nevojë të vini. Faleminderit që " +
        "ishit në dispozicion.",
    );
  });

  it("name the old and new time on the same day, and both dates across days", () => {
    expect(timeChangeText(notice, new Date("2026-12-04T11:00:00Z"), "https://x.example/t")).toBe(
      "Stagecrew: Harbor Festival - Load-in moved from 6:00 AM to 7:00 AM on Fri, Dec 4. " +
        "Can you make it? Answer: https://x.example/t",
    );
  });

  it("store an English fallback line for each notification kind", () => {
    const names = { worker: "Ada", event: "Gala", callTime: "Doors", laborType: "Usher" };
    expect(notificationFallback("available", names)).toBe(
      "Ada is available for Gala - Doors (Usher).",
    );
    expect(notificationFallback("time_change", names, "After 8")).toBe(
      'Ada can\'t make the new time of Gala - Doors (Usher). "After 8"',
    );
  });
});
