import { describe, expect, it } from 'vitest';
import { formatDate, isExpired, parseLocal, relativeDeadline } from '../../lib/time';
import { MESSAGES, pickLang, UI_LANGS } from '../../lib/i18n';

const now = new Date(2026, 11, 10, 9, 30); // 10 December 2026, 09:30 local

describe('deadline countdown', () => {
  it.each([
    ['2026-12-15', 'en', 'in 5 days'],
    ['2026-12-15', 'da', 'om 5 dage'],
    ['2026-12-15', 'nb', 'om 5 dager'],
    ['2026-12-10', 'en', 'today'],
    ['2026-12-10T12:00', 'da', 'i dag kl. 12:00'],
    ['2026-12-11T12:00', 'nb', 'i morgen kl. 12:00'],
    ['2026-12-10T09:00', 'en', 'expired'],
    ['2026-12-09', 'da', 'udløbet'],
    ['2026-12-01', 'nb', 'utløpt'],
  ] as const)('%s in %s reads "%s"', (deadline, lang, expected) => {
    expect(relativeDeadline(deadline, now, lang)).toBe(expected);
  });

  it('treats a date without time as open until the end of the day', () => {
    expect(isExpired('2026-12-10', new Date(2026, 11, 10, 23, 59))).toBe(false);
    expect(isExpired('2026-12-10', new Date(2026, 11, 11, 0, 0))).toBe(true);
  });

  it('formats dates in the UI language, with the time when given', () => {
    expect(formatDate('2026-12-15T12:00', 'en')).toBe('15 Dec 2026, 12:00');
    expect(formatDate('2026-12-15', 'da')).toMatch(/^15\. dec\. 2026$/);
  });

  it('rejects impossible dates', () => {
    expect(parseLocal('2026-02-30')).toBeNull();
    expect(parseLocal('15/12')).toBeNull();
  });
});

describe('UI languages', () => {
  it('follows the browser: Danish, Norwegian, else English', () => {
    expect(pickLang('da-DK')).toBe('da');
    expect(pickLang('nb')).toBe('nb');
    expect(pickLang('nn-NO')).toBe('nb');
    expect(pickLang('no')).toBe('nb');
    expect(pickLang('de-DE')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
  });

  it('has every key in every language, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of UI_LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
      for (const v of Object.values(MESSAGES[lang])) expect(v.trim()).not.toBe('');
    }
  });
});
