import { z } from 'zod';
import { draftSchema, perField } from './draft';
import { STATUSES, type Status } from './status';

export { STATUSES, type Status };
export const statusSchema = z.enum(STATUSES);

/** An address whose scheme is one of `schemes`: never javascript:, data:, file: or the like. */
const addressWith = (schemes: readonly string[], max: number, message: string) =>
  z
    .string()
    .max(max)
    .refine((u) => {
      try {
        return schemes.includes(new URL(u).protocol);
      } catch {
        return false;
      }
    }, message);

const httpUrl = addressWith(['http:', 'https:'], 4096, 'expected a web address (http or https)');
/** Where to apply: a web page or an e-mail address. */
const applyUrl = addressWith(['http:', 'https:', 'mailto:'], 2048, 'expected a web address (http or https) or mailto');

/** What the user saves: the extractor's draft, corrected, plus where and when it was saved. */
export const postingInputSchema = draftSchema.omit({ isJobAd: true, confidence: true }).extend({
  title: z.string().trim().min(1, 'a posting needs a title').max(300),
  url: httpUrl,
  applyUrl: applyUrl.nullable(),
  status: statusSchema.default('saved'),
  notes: z.string().max(20_000).default(''),
  /** The ad's visible text when it was saved: ads vanish after the deadline. */
  snapshot: z.string().max(500_000).default(''),
});
export type PostingInput = z.input<typeof postingInputSchema>;

/** A stored posting. Its snapshot lives in a table of its own (see Snapshot), so lists stay light. */
export const postingSchema = postingInputSchema.omit({ snapshot: true }).extend({
  id: z.string().min(1).max(64),
  /** The URL without tracking parameters or fragment: one posting per ad address. */
  urlKey: z.string().max(4096),
  /** A hash of the ad's text: recognises the same ad saved from another address. Null without text. */
  fingerprint: z.string().max(64).nullable(),
  savedAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  /** When each field last changed (facts, status, notes), for an import's merge field by field; a
   *  field without an entry has not changed since `savedAt`. Absent on postings saved before it was kept. */
  changedAt: perField(z.string().datetime({ offset: true })).optional(),
});
export type Posting = z.infer<typeof postingSchema>;

/** The ad's visible text when it was saved: ads vanish after the deadline, the copy stays. */
export const snapshotSchema = z.object({
  postingId: z.string().min(1).max(64),
  text: z.string().max(500_000),
  savedAt: z.string().datetime({ offset: true }),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Turns zod issues into one line a person can act on: "title: a posting needs a title". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
