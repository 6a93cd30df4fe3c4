import { BadRequestError, ValidationError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { parseInput } from "@/lib/validation/parse";
import { MAX_IMPORT_CHARS, type TWorkerImportInput, ZWorkerImportInput } from "./people.schemas";

const VCARD_TYPES = ["text/vcard", "text/x-vcard", "text/directory"];

function formatOf(mediaType: string, fileName = ""): TWorkerImportInput["format"] {
  if (VCARD_TYPES.includes(mediaType) || /\.(vcf|vcard)$/i.test(fileName)) return "vcard";
  if (mediaType === "text/csv" || /\.csv$/i.test(fileName)) return "csv";
  return undefined;
}

function checkedText(text: string): string {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ValidationError({ file: ["staffing.importTooLarge"] });
  }
  return text;
}

/**
 * The import's file from any of the ways a client sends it: JSON `{format?, content}`, a
 * `multipart/form-data` form with a `file` field (what browsers upload), or the file itself
 * as `text/csv` / `text/vcard`.
 */
export async function readImportInput(request: Request, t: Translate): Promise<TWorkerImportInput> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType === "multipart/form-data") {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") {
      throw new ValidationError({ file: ["staffing.importFileMissing"] });
    }
    if (file.size > MAX_IMPORT_CHARS * 4) {
      throw new ValidationError({ file: ["staffing.importTooLarge"] });
    }
    const content = checkedText(await file.text());
    return { format: formatOf(file.type, file.name), content };
  }
  if (mediaType === "text/csv" || VCARD_TYPES.includes(mediaType)) {
    return { format: formatOf(mediaType), content: checkedText(await request.text()) };
  }
  let json: unknown = {};
  try {
    const text = await request.text();
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new BadRequestError("errors.malformedJson");
  }
  return parseInput(ZWorkerImportInput, json, t);
}
