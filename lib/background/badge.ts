import type { Posting } from '../schema/posting';
import { translate, type UiLang } from '../i18n';
import { formatDeadline } from '../time';

export type BadgeState = { kind: 'none' } | { kind: 'job-ad' } | { kind: 'saved'; posting: Posting };

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** The toolbar badge for one tab: nothing, "a job ad is here", or "saved" with the deadline. */
export function badgeFor(state: BadgeState, lang: UiLang, now: Date): Badge {
  const t = translate(lang);
  switch (state.kind) {
    case 'none':
      return { text: '', color: '#00000000', title: `${t('appName')}: ${t('badgeNone')}` };
    case 'job-ad':
      return { text: '+', color: '#1d4ed8', title: `${t('appName')}: ${t('badgeJobAd')}` };
    case 'saved': {
      const d = state.posting.deadline;
      const when = d ? formatDeadline(d, now, lang) : t('noDeadline');
      return { text: '✓', color: '#15803d', title: `${t('appName')}: ${t('badgeSaved')} · ${when}` };
    }
  }
}
