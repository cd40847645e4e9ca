/**
 * A promise made on first use and kept; a failed load is forgotten, so the next call tries again.
 * The adapter factories load the in-process mock (mock-national/) through it by dynamic import(), so
 * a server in "http" mode never loads the mock or its synthetic-population generator.
 */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}
