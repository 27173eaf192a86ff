// import() for the few modules loaded on demand (plan report's charts). The bundle runs
// inside vm.Script (bin/load-bundle.js), where import() has no loader: the loader hands
// the bundle its own import() as __planImport. Unbundled (the tests), import() is native.

declare const __planImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importModule<T>(specifier: string): Promise<T> {
  return (typeof __planImport === 'function' ? __planImport(specifier) : import(specifier)) as Promise<T>;
}
