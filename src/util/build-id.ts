// Identifies the build this code came from: a hash of the sources and schemas, put in by
// scripts/build.mjs (esbuild `define`). Files the build prepared for this code (the
// embedded plan's validated cache) carry the same id, and are ignored by any other build.

declare const __PLAN_BUILD_ID__: string;

export const BUILD_ID: string = typeof __PLAN_BUILD_ID__ === 'string' ? __PLAN_BUILD_ID__ : 'unbundled';
