import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { searchBusinessesRoute } from "@/lib/booking/search.contracts";
import { searchBusinesses } from "@/lib/booking/search.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(searchBusinessesRoute, async ({ query, t }) => {
    const { items, meta } = await searchBusinesses(query, { locale: t.locale });
    return paginated(items, meta, t("booking.search.found"));
  }),
);
