import { describe, expect, it } from "vitest";
import { STAFFING_CHANGED } from "@/lib/staffing/live";
import { STAFFING_CHANGED_EVENT } from "./live-refresh";

describe("staffing live refresh", () => {
  it("listens for the event name the server publishes", () => {
    expect(STAFFING_CHANGED_EVENT).toBe(STAFFING_CHANGED);
  });
});
