// once(load): one shared load of a module or client; a failed load is forgotten so the next call tries again.

/** Caches the first successful load; a failed load is forgotten so the next invocation tries again. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
