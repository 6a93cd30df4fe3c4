/** A stored file as it is read back: streamed, with the content type it was saved with. */
export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  /** Bytes, when the backend knows it up front (it does for both drivers). */
  size: number | undefined;
}

/** What a storage backend does; `lib/storage/index.ts` picks one from the environment. */
export interface StorageDriver {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
