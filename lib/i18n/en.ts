/** English UI strings. Every language file has exactly these keys (a test checks it). */
export const en = {
  appName: 'Frist',
  savePosting: 'Save posting',
  saving: 'Saving…',
  saved: 'Saved',
  updated: 'Updated: this ad was saved before',
  saveFailed: 'Could not save: {error}',
  notAJobAd: 'This page does not look like a job ad. You can still save it.',
  jobAdHere: 'This page looks like a job ad.',
  cannotReadPage: 'Frist cannot read this page (browser pages and the extension gallery are off limits).',
  noTitle: 'the page has no title: name the position',
  savedPostings: 'Saved postings',
  emptyList: 'No saved postings yet. Open a job ad and click “Save posting”.',
  loading: 'Loading…',
  loadFailed: 'Could not read the saved postings: {error}',
  noDeadline: 'no deadline',
  deadline: 'Deadline',
  expired: 'expired',
  today: 'today',
  tomorrow: 'tomorrow',
  inDays: 'in {n} days',
  todayAt: 'today at {time}',
  tomorrowAt: 'tomorrow at {time}',
  badgeJobAd: 'job ad on this page',
  badgeNone: 'no job ad on this page',
  badgeSaved: 'saved',
  openOriginal: 'Open the ad',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
