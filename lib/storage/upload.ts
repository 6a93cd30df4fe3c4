import { AppError, type FieldErrors, ValidationError } from "@/lib/errors";
import type { TranslationValues } from "@/lib/i18n/translator";

/** 413: the body is bigger than the endpoint takes. */
export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  constructor(key: string, values?: TranslationValues, fieldErrors?: FieldErrors) {
    super(key, values, fieldErrors);
  }
}

export interface UploadedFile {
  bytes: Uint8Array;
  /** As the client declared it (header or form part); the caller checks the bytes. */
  contentType: string;
}

interface UploadLimits {
  maxBytes: number;
  /** Translation keys for the two ways an upload fails (field errors take no values). */
  tooLargeKey: string;
  missingKey: string;
}

/** Room for multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const mediaType = (header: string | null) => (header ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Reads an uploaded file from a request: the raw body (mobile clients, `Content-Type` of the
 * file) or the `file` field of `multipart/form-data` (browsers). Stops reading as soon as the
 * body passes the limit, so a huge upload costs no more memory than an allowed one.
 */
export async function readUploadedFile(
  request: Request,
  limits: UploadLimits,
): Promise<UploadedFile> {
  const tooLarge = () =>
    new PayloadTooLargeError(limits.tooLargeKey, undefined, { file: [limits.tooLargeKey] });
  const missing = () => new ValidationError({ file: [limits.missingKey] }, limits.missingKey);

  const declared = mediaType(request.headers.get("content-type"));
  const multipart = declared === "multipart/form-data";
  const cap = limits.maxBytes + (multipart ? MULTIPART_OVERHEAD_BYTES : 0);
  const body = await readAtMost(request, cap);
  if (body === null) throw tooLarge();

  if (!multipart) {
    if (body.length === 0) throw missing();
    return { bytes: body, contentType: declared };
  }
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    throw missing();
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) throw missing();
  if (file.size > limits.maxBytes) throw tooLarge();
  return { bytes: new Uint8Array(await file.arrayBuffer()), contentType: mediaType(file.type) };
}

/** The whole body, or null once it passes `limit` bytes (declared or actually sent). */
async function readAtMost(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declaredLength = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declaredLength) && declaredLength > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
