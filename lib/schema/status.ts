/** Where an application stands. The pipeline order is the order of this list. (No zod here: the popup's first screen needs the list, not the schema.) */
export const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];
