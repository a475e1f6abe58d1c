import type { Posting } from '../schema/posting';
import { translate, type UiLang } from '../i18n';
import { countdown, formatDate } from '../time';
import type { Reminder } from './schedule';

/** What a reminder's notification says, in the UI language. Plain text: notifications render no markup. */
export interface ReminderNotification {
  /** The posting's title. */
  title: string;
  /** The organisation (when known) and the time left: "Dansk Flygtningehjælp\nAnsøgningsfrist i morgen kl. 12 · 15. dec. 2026, 12:00". */
  message: string;
  contextMessage: string;
  /** Button labels: "Open", and "Mark applied" for a deadline (an interview is past applying). */
  buttons: string[];
  /** Said instead of buttons where notifications have none (Firefox): a click opens the posting. */
  clickHint: string;
}

/** Index of the "Open" and "Mark applied" buttons in `ReminderNotification.buttons`. */
export const BUTTON_OPEN = 0;
export const BUTTON_MARK_APPLIED = 1;

const MAX_TITLE = 120;
const MAX_LINE = 160;

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The notification of one reminder of one posting, the time left counted from `now`. */
export function reminderNotification(
  reminder: Reminder,
  posting: Pick<Posting, 'title' | 'organization'>,
  lang: UiLang,
  now: Date,
): ReminderNotification {
  const t = translate(lang);
  const params = { when: countdown(reminder.value, now, lang), date: formatDate(reminder.value, lang) };
  const line = reminder.kind === 'deadline' ? t('reminderDeadline', params) : t('reminderInterview', params);
  const org = posting.organization ? clip(posting.organization, MAX_LINE) : '';
  return {
    title: clip(posting.title, MAX_TITLE) || t('appName'),
    message: org ? `${org}\n${line}` : line,
    contextMessage: t('appName'),
    buttons: reminder.kind === 'deadline' ? [t('reminderOpen'), t('reminderMarkApplied')] : [t('reminderOpen')],
    clickHint: t('reminderClickToOpen'),
  };
}
