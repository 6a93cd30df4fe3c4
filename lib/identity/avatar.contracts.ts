import { defineRoute } from "@/lib/api/contract";
import { ZUser } from "./schemas";

const tags = ["Profile"];

export const updateAvatarRoute = defineRoute({
  method: "PUT",
  path: "/me/avatar",
  summary: "Upload a profile picture (PNG, JPEG or WebP, at most 2 MB)",
  description:
    "Send the image itself as the body with its `Content-Type` (`image/png`, `image/jpeg` or " +
    "`image/webp`), or a `multipart/form-data` form with the image in a `file` field, as " +
    "browsers do. The bytes must really be such an image (other files answer 422); larger " +
    "than 2 MB answers 413. Answers the user, whose `avatarUrl` points at the new picture; " +
    "the previous one is deleted.",
  tags,
  auth: "user",
  upload: {
    mediaTypes: ["image/png", "image/jpeg", "image/webp", "multipart/form-data"],
    description: "The image bytes, or a form with a `file` field",
  },
  response: ZUser,
  errors: [413],
});

export const removeAvatarRoute = defineRoute({
  method: "DELETE",
  path: "/me/avatar",
  summary: "Remove the profile picture",
  tags,
  auth: "user",
  response: ZUser,
});

export const avatarRoutes = [updateAvatarRoute, removeAvatarRoute];
