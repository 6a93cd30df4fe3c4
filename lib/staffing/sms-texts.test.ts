import { describe, expect, it } from "vitest";
import { countSegments } from "@/lib/messaging/sms/segments";
import { parseAnswer } from "./inbound";
import {
  answerReplyText,
  consentText,
  formatCallTimeStart,
  requestText,
  severalOpenText,
  type TextSender,
} from "./sms-texts";

const en: TextSender = { locale: "en", orgName: "Stagecrew Events", senderName: null };
const sq: TextSender = { locale: "sq", orgName: "Ekipi Skenik", senderName: "Arta" };
const festival = { name: "Harbor Festival", timeZone: "America/New_York" };
const link = "https://callboard.example/r/7K3M9PQRST";
const loadIn = { id: "a", name: "Load-in", startsAt: new Date("2031-06-13T11:00:00Z") };
const show = { id: "b", name: "Show", startsAt: new Date("2031-06-14T22:00:00Z") };

describe("work request texts", () => {
  it("name the event, call time, date and time in the event's zone", () => {
    expect(requestText(en, festival, [loadIn], link)).toBe(
      `Stagecrew Events: Are you available for Harbor Festival - Load-in on Fri, Jun 13 at 7:00 AM? Answer: ${link}`,
    );
  });

  it("fit one GSM-7 segment in English", () => {
    expect(countSegments(requestText(en, festival, [loadIn], link))).toMatchObject({
      encoding: "GSM-7",
      segments: 1,
    });
  });

  it("count the call times when there are several, from the first", () => {
    expect(requestText(en, festival, [show, loadIn, loadIn], link)).toBe(
      `Stagecrew Events: Are you available for Harbor Festival - 2 call times, the first on Fri, Jun 13 at 7:00 AM? Answer: ${link}`,
    );
  });

  it("put the sender name first and speak Albanian for an Albanian org", () => {
    expect(requestText(sq, festival, [loadIn], link)).toBe(
      `Arta/Ekipi Skenik: A jeni në dispozicion për Harbor Festival - Load-in, pre, 13 qer në orën 07:00? Përgjigjuni: ${link}`,
    );
    expect(requestText(sq, festival, [loadIn, show], link)).toContain("2 turne pune, i pari");
    expect(consentText(sq)).toBe(
      "Arta/Ekipi Skenik: Përgjigjuni YES për të marrë kërkesa pune me SMS, ose STOP që të mos merrni më mesazhe.",
    );
  });

  it("ignore a blank sender name", () => {
    expect(consentText({ ...en, senderName: "  " })).toBe(
      "Stagecrew Events: Reply YES to receive work requests by text, STOP to opt out.",
    );
  });
});

describe("call time formatting", () => {
  it("uses the zone's offset on each side of a DST change", () => {
    // New York springs forward on 2031-03-09: 07:00 is 12:00Z before, 11:00Z after.
    expect(formatCallTimeStart(new Date("2031-03-08T12:00:00Z"), "America/New_York", "en")).toEqual(
      { date: "Sat, Mar 8", time: "7:00 AM" },
    );
    expect(formatCallTimeStart(new Date("2031-03-10T11:00:00Z"), "America/New_York", "en")).toEqual(
      { date: "Mon, Mar 10", time: "7:00 AM" },
    );
  });

  it("crosses midnight into the zone's date", () => {
    expect(formatCallTimeStart(new Date("2031-06-13T23:30:00Z"), "Europe/Tirane", "sq")).toEqual({
      date: "sht, 14 qer",
      time: "01:30",
    });
  });
});

describe("replies", () => {
  it("acknowledge a yes and note a decline", () => {
    expect(answerReplyText(en, "available", festival, loadIn)).toBe(
      "Stagecrew Events: Thanks! We'll let you know if you're confirmed for Harbor Festival - Load-in.",
    );
    expect(answerReplyText(sq, "declined", festival, loadIn)).toBe(
      "Arta/Ekipi Skenik: Në rregull, e refuzuat kërkesën për Harbor Festival - Load-in.",
    );
  });

  it("link the pages when a reply cannot tell which request it answers", () => {
    expect(severalOpenText(en, 3, [link, "https://callboard.example/r/X"])).toBe(
      `Stagecrew Events: You have 3 open requests. Answer here: ${link} https://callboard.example/r/X`,
    );
    expect(severalOpenText(sq, 1, [link])).toBe(
      `Arta/Ekipi Skenik: Keni 1 kërkesë të hapur. Përgjigjuni këtu: ${link}`,
    );
  });
});

describe("parseAnswer", () => {
  it.each([
    ["YES", "yes"],
    [" yes! ", "yes"],
    ["y", "yes"],
    ["1", "yes"],
    ["Po", "yes"],
    ["NO", "no"],
    ["no.", "no"],
    ["2", "no"],
    ["jo", "no"],
    ["yes please", null],
    ["STOP", null],
    ["", null],
  ])("%j → %s", (body, expected) => {
    expect(parseAnswer(body)).toBe(expected);
  });
});
