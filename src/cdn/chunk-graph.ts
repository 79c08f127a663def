/**
 * What the CDN build knows about its chunks and writes into the loader: which chunk defines each
 * element and holds each language, what each chunk imports, and each chunk's integrity hash.
 * Paths are relative to the loader's own URL.
 */
export interface ChunkGraph {
  /** Tag name → the chunk that defines it. */
  readonly elements: Readonly<Record<string, string>>;
  /** Built-in language → the chunk of its strings. */
  readonly languages: Readonly<Record<string, string>>;
  /** Chunk → every chunk it imports statically, directly or through others. */
  readonly imports: Readonly<Record<string, readonly string[]>>;
  /** Chunk → its Subresource Integrity hash (`sha384-…`). */
  readonly integrity: Readonly<Record<string, string>>;
}
