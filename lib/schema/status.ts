/** Where an application stands. The pipeline order is the order of this list. (No zod here: the popup's first screen needs the list, not the schema.) */
export const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of a posting that is over: it is folded away in the overview. */
export const CLOSED_STATUSES: readonly Status[] = ['rejected', 'withdrawn'];
/** Statuses after the application went in: the ad's deadline no longer matters. */
export const SUBMITTED_STATUSES: readonly Status[] = ['applied', 'interview', 'offer'];

export function isClosed(status: Status): boolean {
  return CLOSED_STATUSES.includes(status);
}

export function isSubmitted(status: Status): boolean {
  return SUBMITTED_STATUSES.includes(status);
}

/** Position in the pipeline (saved → preparing → applied → interview → offer, then rejected, withdrawn). */
export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}
