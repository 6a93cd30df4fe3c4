import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { previewWorkerImport, previewWorkerImportRoute, readImportInput } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(previewWorkerImportRoute, async ({ org, request, t }) => {
    const preview = await previewWorkerImport(org, await readImportInput(request, t), t);
    return ok(preview, t("staffing.importPreviewed", preview.counts));
  }),
);
