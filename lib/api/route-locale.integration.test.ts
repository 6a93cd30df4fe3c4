import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/bookings/[id]/route";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";

const missing = "6f1c1f1e-8f5b-4c8e-9a6d-1c2b3a4d5e6f";

describe("the API's language for a signed-in caller", () => {
  it("answers in the user's saved language when the request names none", async () => {
    const { token } = await signedInUser({ locale: "sq" });
    const response = await callApi(GET, { params: { id: missing }, token });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe("Nuk e gjetëm këtë rezervim.");
  });

  it("lets the request's Accept-Language win over the saved language", async () => {
    const { token } = await signedInUser({ locale: "sq" });
    const response = await callApi(GET, {
      params: { id: missing },
      token,
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    expect(response.body.message).toBe("We couldn't find this booking.");
  });

  it("falls back to English for a header it cannot match", async () => {
    const { token } = await signedInUser({ locale: "en" });
    const response = await callApi(GET, {
      params: { id: missing },
      token,
      headers: { "accept-language": "de-DE" },
    });
    expect(response.body.message).toBe("We couldn't find this booking.");
  });
});
