import { expect, test } from "@playwright/test";
import { accessTokenFor, registerVerifiedUser } from "../support/accounts";

test("an org-scoped endpoint takes the org from X-Org-Id and hides other orgs", async ({
  request,
}) => {
  const owner = await registerVerifiedUser(request, "Api Owner");
  const outsider = await registerVerifiedUser(request, "Api Outsider");
  const ownerToken = await accessTokenFor(request, owner.email);
  const outsiderToken = await accessTokenFor(request, outsider.email);
  const created = await request.post("/api/v1/orgs", {
    headers: { authorization: `Bearer ${ownerToken}` },
    data: { name: "Header Events" },
  });
  expect(created.status()).toBe(201);
  const orgId = (await created.json()).data.id;

  const mine = await request.get("/api/v1/staffing/settings", {
    headers: { authorization: `Bearer ${ownerToken}`, "x-org-id": orgId },
  });
  expect(mine.status()).toBe(200);
  expect((await mine.json()).data.conflictWindowHours).toBe(5);

  // The BottleCRM-style `org` header works too; a non-member learns nothing.
  const foreign = await request.get("/api/v1/staffing/settings", {
    headers: { authorization: `Bearer ${outsiderToken}`, org: orgId },
  });
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toMatchObject({ status: "error" });
});
