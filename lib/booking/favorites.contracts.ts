import { defineRoute } from "@/lib/api/contract";
import { ZDeleted, ZIdParams } from "./community.schemas";
import { ZAddFavorite, ZFavorite, ZListFavoritesQuery } from "./favorites.schemas";

const tags = ["Favorites"];

export const listFavoritesRoute = defineRoute({
  method: "GET",
  path: "/favorites",
  summary: "My favorite and saved businesses and employees",
  description: "Newest first; businesses that are no longer published drop off the list.",
  tags,
  auth: "user",
  query: ZListFavoritesQuery,
  response: ZFavorite,
  paginated: true,
});

export const addFavoriteRoute = defineRoute({
  method: "POST",
  path: "/favorites",
  summary: "Add a business or an employee to my favorites or saved list",
  description:
    "201 when added; 200 with the existing entry when it was already there. The business " +
    "must be published (404) and the employee active at a published business (422).",
  tags,
  auth: "user",
  body: ZAddFavorite,
  response: ZFavorite,
  status: 201,
  errors: [404],
});

export const removeFavoriteRoute = defineRoute({
  method: "DELETE",
  path: "/favorites/{id}",
  summary: "Remove a favorite",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZDeleted,
  errors: [404],
});

export const favoriteRoutes = [listFavoritesRoute, addFavoriteRoute, removeFavoriteRoute];
