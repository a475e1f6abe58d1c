/**
 * The zod schemas, loaded when something is first validated (a save, an edit, an undo), not with
 * the page: zod and the schemas take longer to load and run than the popup's whole first screen,
 * which only reads. Load them before opening a transaction (an await on a module load inside one
 * would let IndexedDB commit it early).
 */
export const postingSchemas = () => import('./posting');
export const settingsSchemas = () => import('../tracker/settings-schema');
