import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { commitWorkerImport, commitWorkerImportRoute, readImportInput } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(commitWorkerImportRoute, async ({ org, request, t }) => {
    const result = await commitWorkerImport(org, await readImportInput(request, t));
    return created(result, t("staffing.importDone", { created: result.created }));
  }),
);
