import type { Template } from './schema.js';

/**
 * Templates already read and checked by `npm run build`, keyed by the SHA-1 of their file's text.
 * Empty in the source; scripts/build.ts fills it in the bundle, so `npm start` does not parse
 * 50 KB of YAML and validate it again at every start (about 100 ms, issue 26) while a file is
 * unchanged since the build. A file edited after the build has another hash and is read as usual.
 */
export const PREBUILT_TEMPLATES: Readonly<Record<string, Template>> = {};
