/** Injected by vite.config.ts: the build's id, shown in the footer and reported by the worker. */
declare const __BUILD_ID__: string;
