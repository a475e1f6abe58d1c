import { z } from 'zod';

/**
 * Every message between the extension's parts. The background validates each one with these
 * schemas before acting: content scripts run beside untrusted pages.
 */
export const pageStatusMessage = z.object({
  type: z.literal('page-status'),
  /** The cheap detector's verdict: worth confirming with the full extractor. */
  candidate: z.boolean(),
  confidence: z.number().min(0).max(1),
  url: z.string().max(4096),
});

export const postingChangedMessage = z.object({
  type: z.literal('posting-changed'),
  tabId: z.number().int().nonnegative().nullable(),
});

export const tabStatusRequest = z.object({
  type: z.literal('tab-status'),
  tabId: z.number().int().nonnegative(),
});

export const messageSchema = z.discriminatedUnion('type', [pageStatusMessage, postingChangedMessage, tabStatusRequest]);
export type Message = z.infer<typeof messageSchema>;
export type PageStatusMessage = z.infer<typeof pageStatusMessage>;

/** What the content script's detector reports (built without zod to keep that script small). */
export interface PageStatus {
  type: 'page-status';
  candidate: boolean;
  confidence: number;
  url: string;
}

export type TabStatus = { isJobAd: boolean; confidence: number; url: string } | null;

export type MessageResponse = { ok: true; status?: TabStatus } | { ok: false; error: string };
