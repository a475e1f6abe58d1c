import type { Posting } from '../schema/posting';
import { translate, type UiLang } from '../i18n';
import { formatDeadline } from '../time';

/** `soon`: open postings with a deadline in the next 3 days, shown when no job ad is on the page. */
export type BadgeState = { kind: 'none'; soon?: number } | { kind: 'job-ad' } | { kind: 'saved'; posting: Posting };

/** The neutral colour of the count of deadlines soon (the job-ad states have their own). */
export const SOON_COLOR = '#4b5563';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * The toolbar badge for one tab: "a job ad is here", "saved" with the deadline, or else the
 * number of deadlines in the next 3 days (nothing when there are none).
 */
export function badgeFor(state: BadgeState, lang: UiLang, now: Date): Badge {
  const t = translate(lang);
  switch (state.kind) {
    case 'none': {
      const n = state.soon ?? 0;
      if (n <= 0) return { text: '', color: '#00000000', title: `${t('appName')}: ${t('badgeNone')}` };
      const soon = n === 1 ? t('badgeSoonOne') : t('badgeSoonMany', { n });
      return { text: n > 99 ? '99+' : String(n), color: SOON_COLOR, title: `${t('appName')}: ${t('badgeNone')} · ${soon}` };
    }
    case 'job-ad':
      return { text: '+', color: '#1d4ed8', title: `${t('appName')}: ${t('badgeJobAd')}` };
    case 'saved': {
      const d = state.posting.deadline;
      const when = d ? formatDeadline(d, now, lang) : t('noDeadline');
      return { text: '✓', color: '#15803d', title: `${t('appName')}: ${t('badgeSaved')} · ${when}` };
    }
  }
}
