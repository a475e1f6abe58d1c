/** Types of serve.mjs (plain JavaScript: the end-to-end tests and npm start run it without a build). */
export function startServer(
  dir: string,
  port?: number,
  extra?: Record<string, { type: string; body: Uint8Array | string }>,
): Promise<{ base: string; close: () => Promise<void> }>;
/** Next calendar year, as the served pages write it in place of {{NEXT_YEAR}}. */
export const NEXT_YEAR: string;
