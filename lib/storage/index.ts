/** Where clients fetch a stored file; the storage module (avatars, logos) serves this path. */
export function publicFileUrl(key: string): string {
  return `/files/${key}`;
}
