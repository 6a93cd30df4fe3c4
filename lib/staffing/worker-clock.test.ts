import { describe, expect, it } from "vitest";
import { clockInInstant, clockState } from "./worker-clock";

const CALL = new Date("2026-12-04T12:00:00Z");
const at = (minutes: number) => new Date(CALL.getTime() + minutes * 60_000);

describe("clockState", () => {
  it.each([
    ["61 min early", -61, false],
    ["60 min early", -60, true],
    ["at the call", 0, true],
    ["60 min late", 60, true],
    ["61 min late", 61, false],
  ])("clock-in %s: %s", (_label, offset, open) => {
    expect(clockState("confirmed", CALL, null, at(offset)).canClockIn).toBe(open);
  });

  it("only for confirmed requests, once, and clock-out after clock-in until clocked out", () => {
    expect(clockState("available", CALL, null, CALL)).toMatchObject({
      canClockIn: false,
      canClockOut: false,
    });
    const signedIn = { signedInAt: CALL, signedOutAt: null };
    expect(clockState("confirmed", CALL, signedIn, at(600))).toMatchObject({
      canClockIn: false,
      canClockOut: true,
    });
    expect(
      clockState("confirmed", CALL, { signedInAt: CALL, signedOutAt: at(300) }, at(301)),
    ).toMatchObject({ canClockIn: false, canClockOut: false });
    expect(clockState("confirmed", CALL, null, CALL)).toMatchObject({
      window: "open",
      opensAt: at(-60),
      closesAt: at(60),
    });
    expect(clockState("confirmed", CALL, null, at(-61)).window).toBe("upcoming");
    expect(clockState("confirmed", CALL, null, at(61)).window).toBe("closed");
  });
});

describe("clockInInstant", () => {
  it("counts an early arrival from the call time and a late one from the arrival", () => {
    expect(clockInInstant(CALL, at(-20))).toEqual(CALL);
    expect(clockInInstant(CALL, at(25))).toEqual(at(25));
  });
});
