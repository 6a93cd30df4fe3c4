import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as publicBusinessApi } from "@/app/api/v1/businesses/[idOrSlug]/route";
import {
  DELETE as deleteImageApi,
  PATCH as setMainImageApi,
} from "@/app/api/v1/manage/businesses/[id]/images/[imageId]/route";
import { PUT as orderImagesApi } from "@/app/api/v1/manage/businesses/[id]/images/order/route";
import {
  GET as listImagesApi,
  POST as addImageApi,
} from "@/app/api/v1/manage/businesses/[id]/images/route";
import {
  DELETE as removeLogoApi,
  PUT as setLogoApi,
} from "@/app/api/v1/manage/businesses/[id]/logo/route";
import {
  DELETE as removeAvatarApi,
  PUT as setAvatarApi,
} from "@/app/api/v1/manage/employees/[id]/avatar/route";
import { DELETE as deleteServiceImageApi } from "@/app/api/v1/manage/services/[id]/images/[imageId]/route";
import { POST as addServiceImageApi } from "@/app/api/v1/manage/services/[id]/images/route";
import { forgetEnv } from "@/lib/config/env";
import { getFile } from "@/lib/storage";
import { callApi } from "@/lib/testing/api";
import { bookingBusiness } from "./booking.testing";
import { pngBytes, snapshotCatalog, uploadTo } from "./catalog.testing";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "callboard-catalog-"));
  vi.stubEnv("STORAGE_DIR", root);
  forgetEnv();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  forgetEnv();
  await rm(root, { recursive: true, force: true });
});

const keyOf = (url: string) => url.slice("/files/".length);

describe("logo", () => {
  it("stores an uploaded logo, replaces the old file, and removes it", async () => {
    const { org, team, business } = await bookingBusiness();
    const as = { token: team.manager.token, orgId: org.id, params: { id: business.id } };
    const first = await uploadTo(setLogoApi, { ...as, bytes: pngBytes() });
    expect(first.status).toBe(200);
    const firstKey = keyOf(first.body.data.logoUrl);
    expect(firstKey).toMatch(new RegExp(`^businesses/${business.id}/[0-9a-f]{32}\\.png$`));
    expect(await getFile(firstKey)).not.toBeNull();

    const second = await uploadTo(setLogoApi, { ...as, bytes: pngBytes(300) });
    expect(second.body.data.logoUrl).not.toBe(first.body.data.logoUrl);
    expect(await getFile(firstKey)).toBeNull();

    const removed = await callApi(removeLogoApi, as);
    expect(removed.body.data.logoUrl).toBeNull();
    expect(await getFile(keyOf(second.body.data.logoUrl))).toBeNull();
  });

  it("refuses files that are not images (422) and other orgs' businesses (404), storing nothing", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    const html = new TextEncoder().encode("<html></html>") as Uint8Array<ArrayBuffer>;
    const notImage = await uploadTo(setLogoApi, {
      token: mine.team.owner.token,
      orgId: mine.org.id,
      params: { id: mine.business.id },
      bytes: html,
      contentType: "image/png",
    });
    expect(notImage.status).toBe(422);
    expect(notImage.body.errors).toEqual({ file: ["Upload a PNG, JPEG or WebP image."] });

    const before = await snapshotCatalog(theirs.business.id);
    const foreign = await uploadTo(setLogoApi, {
      token: mine.team.owner.token,
      orgId: mine.org.id,
      params: { id: theirs.business.id },
      bytes: pngBytes(),
    });
    expect(foreign.status).toBe(404);
    expect(await snapshotCatalog(theirs.business.id)).toEqual(before);
    // The file stored before the access check was removed again.
    expect(await readdir(path.join(root, "businesses", theirs.business.id))).toEqual([]);
    const noToken = await uploadTo(setLogoApi, {
      orgId: mine.org.id,
      params: { id: mine.business.id },
      bytes: pngBytes(),
    });
    expect(noToken.status).toBe(401);
  });
});

describe("gallery", () => {
  it("keeps one main image, in the order the business sets, and shows it publicly", async () => {
    const { org, team, business } = await bookingBusiness();
    const as = { token: team.owner.token, orgId: org.id, params: { id: business.id } };
    const first = await uploadTo(addImageApi, { ...as, bytes: pngBytes() });
    expect(first.status).toBe(201);
    await uploadTo(addImageApi, { ...as, bytes: pngBytes() });
    const third = await uploadTo(addImageApi, { ...as, bytes: pngBytes() });
    const [a, b, c] = third.body.data as { id: string; isMain: boolean; url: string }[];
    expect([a!.isMain, b!.isMain, c!.isMain]).toEqual([true, false, false]);

    const main = await callApi(setMainImageApi, {
      ...as,
      params: { id: business.id, imageId: c!.id },
      body: { isMain: true },
    });
    expect(main.body.data.filter((image: { isMain: boolean }) => image.isMain)).toEqual([
      expect.objectContaining({ id: c!.id }),
    ]);

    const ordered = await callApi(orderImagesApi, {
      ...as,
      body: { imageIds: [c!.id, a!.id, b!.id] },
    });
    expect(ordered.body.data.map((image: { id: string }) => image.id)).toEqual([
      c!.id,
      a!.id,
      b!.id,
    ]);

    const page = await callApi(publicBusinessApi, { params: { idOrSlug: business.slug } });
    expect(page.body.data.mainImageUrl).toBe(c!.url);
    expect(page.body.data.images.map((image: { id: string }) => image.id)).toEqual([
      c!.id,
      a!.id,
      b!.id,
    ]);

    // Deleting the main image hands "main" to the first one left, and deletes the file.
    const afterDelete = await callApi(deleteImageApi, {
      ...as,
      params: { id: business.id, imageId: c!.id },
    });
    expect(afterDelete.body.data).toEqual([
      expect.objectContaining({ id: a!.id, isMain: true }),
      expect.objectContaining({ id: b!.id, isMain: false }),
    ]);
    expect(await getFile(keyOf(c!.url))).toBeNull();
    const listed = await callApi(listImagesApi, { ...as, token: team.member.token });
    expect(listed.body.data).toEqual(afterDelete.body.data);
  });

  it("answers 422 for an incomplete order and 404 for another business's image or business", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    const as = {
      token: mine.team.owner.token,
      orgId: mine.org.id,
      params: { id: mine.business.id },
    };
    const mineImages = await uploadTo(addImageApi, { ...as, bytes: pngBytes() });
    await uploadTo(addImageApi, { ...as, bytes: pngBytes() });
    const theirImages = await uploadTo(addImageApi, {
      token: theirs.team.owner.token,
      orgId: theirs.org.id,
      params: { id: theirs.business.id },
      bytes: pngBytes(),
    });
    const theirImageId = theirImages.body.data[0].id;
    const mineBefore = await snapshotCatalog(mine.business.id);
    const theirsBefore = await snapshotCatalog(theirs.business.id);

    const partial = await callApi(orderImagesApi, {
      ...as,
      body: { imageIds: [mineImages.body.data[0].id] },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.errors).toEqual({
      imageIds: ["List every item of the business exactly once."],
    });

    const crossImage = { id: mine.business.id, imageId: theirImageId };
    const crossBusiness = { id: theirs.business.id, imageId: theirImageId };
    const attempts = [
      [setMainImageApi, crossImage, { isMain: true }],
      [deleteImageApi, crossImage, undefined],
      [setMainImageApi, crossBusiness, { isMain: true }],
      [deleteImageApi, crossBusiness, undefined],
      [listImagesApi, { id: theirs.business.id }, undefined],
      [orderImagesApi, { id: theirs.business.id }, { imageIds: [theirImageId] }],
      [removeLogoApi, { id: theirs.business.id }, undefined],
    ] as const;
    for (const [handler, params, body] of attempts) {
      const response = await callApi(handler, { token: as.token, orgId: as.orgId, params, body });
      expect(response.status, `${handler.contract?.method} ${handler.contract?.path}`).toBe(404);
    }
    const upload = await uploadTo(addImageApi, {
      ...as,
      params: { id: theirs.business.id },
      bytes: pngBytes(),
    });
    expect(upload.status).toBe(404);
    expect(await snapshotCatalog(mine.business.id)).toEqual(mineBefore);
    expect(await snapshotCatalog(theirs.business.id)).toEqual(theirsBefore);
  });
});

describe("service images and employee pictures", () => {
  it("adds and removes images of a service and an employee's picture; 404 across orgs", async () => {
    const { org, team, services, employees } = await bookingBusiness();
    const theirs = await bookingBusiness();
    const as = { token: team.owner.token, orgId: org.id };
    const withImage = await uploadTo(addServiceImageApi, {
      ...as,
      params: { id: services.cut.id },
      bytes: pngBytes(),
    });
    expect(withImage.status).toBe(201);
    expect(withImage.body.data.images).toHaveLength(1);
    const imageId = withImage.body.data.images[0].id;
    const without = await callApi(deleteServiceImageApi, {
      ...as,
      params: { id: services.cut.id, imageId },
    });
    expect(without.body.data.images).toEqual([]);

    const pictured = await uploadTo(setAvatarApi, {
      ...as,
      params: { id: employees.ana.id },
      bytes: pngBytes(),
    });
    expect(pictured.body.data.avatarUrl).toMatch(/^\/files\/employees\//);
    const unpictured = await callApi(removeAvatarApi, { ...as, params: { id: employees.ana.id } });
    expect(unpictured.body.data.avatarUrl).toBeNull();

    const before = await snapshotCatalog(theirs.business.id);
    expect(
      (
        await uploadTo(addServiceImageApi, {
          ...as,
          params: { id: theirs.services.cut.id },
          bytes: pngBytes(),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await uploadTo(setAvatarApi, {
          ...as,
          params: { id: theirs.employees.ana.id },
          bytes: pngBytes(),
        })
      ).status,
    ).toBe(404);
    expect(
      (await callApi(removeAvatarApi, { ...as, params: { id: theirs.employees.ana.id } })).status,
    ).toBe(404);
    expect(
      (
        await callApi(deleteServiceImageApi, {
          ...as,
          params: { id: theirs.services.cut.id, imageId },
        })
      ).status,
    ).toBe(404);
    expect(await snapshotCatalog(theirs.business.id)).toEqual(before);
  });
});
