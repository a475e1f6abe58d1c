import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFacts } from '../support/postings';
import {
  countSoon,
  dueReminders,
  isDeadlineSoon,
  reminderId,
  remindersOf,
  upcomingReminders,
  type Reminder,
  type ReminderSettings,
} from '../../lib/reminders/schedule';
import { reminderNotification } from '../../lib/reminders/notify';
import type { Posting } from '../../lib/schema/posting';
import { DEFAULT_SETTINGS } from '../../lib/tracker/settings';

/** The issue's lead times: a week and two days before (at 8:00), three hours before a deadline with a time. */
const ISSUE: ReminderSettings = {
  reminderLeadTimes: [
    { amount: 7, unit: 'days' },
    { amount: 2, unit: 'days' },
    { amount: 3, unit: 'hours' },
  ],
};

const originalTz = process.env.TZ;
function zone(tz: string) {
  process.env.TZ = tz;
}
beforeEach(() => zone('Europe/Copenhagen'));
afterEach(() => {
  process.env.TZ = originalTz;
});

function posting(over: Partial<Posting> = {}): Posting {
  return {
    ...emptyFacts(),
    id: 'p1',
    url: 'https://org.example/job',
    urlKey: 'https://org.example/job',
    fingerprint: null,
    title: 'Koordinator',
    organization: 'Dansk Flygtningehjælp',
    language: 'da',
    deadline: '2026-12-15T12:00',
    status: 'saved',
    notes: '',
    savedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  };
}

const iso = (r: Reminder) => new Date(r.at).toISOString();
const local = (r: Reminder) => {
  const d = new Date(r.at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('remindersOf: the schedule of one posting', () => {
  it('reminds a week and two days before and on the day at 8:00, and three hours before a deadline with a time', () => {
    const rs = remindersOf(posting(), ISSUE);
    expect(rs.map(local)).toEqual(['2026-12-08 08:00', '2026-12-13 08:00', '2026-12-15 08:00', '2026-12-15 09:00']);
    // Copenhagen in winter is UTC+1.
    expect(rs.map(iso)).toEqual([
      '2026-12-08T07:00:00.000Z',
      '2026-12-13T07:00:00.000Z',
      '2026-12-15T07:00:00.000Z',
      '2026-12-15T08:00:00.000Z',
    ]);
    expect(rs.every((r) => r.kind === 'deadline' && r.target === new Date(2026, 11, 15, 12, 0).getTime())).toBe(true);
    expect(rs.map((r) => r.lead)).toEqual([
      { kind: 'days', days: 7 },
      { kind: 'days', days: 2 },
      { kind: 'days', days: 0 },
      { kind: 'before', seconds: 3 * 3600 },
    ]);
  });

  it('gives a deadline without a time no hour reminders; it runs to the end of its day', () => {
    const rs = remindersOf(posting({ deadline: '2026-12-15' }), ISSUE);
    expect(rs.map(local)).toEqual(['2026-12-08 08:00', '2026-12-13 08:00', '2026-12-15 08:00']);
    expect(rs[0]!.target).toBe(new Date(2026, 11, 16, 0, 0).getTime());
  });

  it('uses the lead times from the settings (the defaults: a week and two days before, 3 hours before a timed deadline)', () => {
    expect(remindersOf(posting(), DEFAULT_SETTINGS).map(local)).toEqual([
      '2026-12-08 08:00',
      '2026-12-13 08:00',
      '2026-12-15 08:00',
      '2026-12-15 09:00',
    ]);
    expect(remindersOf(posting(), { reminderLeadTimes: [] }).map(local)).toEqual(['2026-12-15 08:00']);
  });

  it('honours lead times in seconds (for a deadline with a time)', () => {
    const rs = remindersOf(posting(), { reminderLeadTimes: [], reminderLeadSeconds: [30, 5] });
    const target = new Date(2026, 11, 15, 12, 0).getTime();
    expect(rs.map((r) => r.at)).toEqual([new Date(2026, 11, 15, 8, 0).getTime(), target - 30_000, target - 5_000]);
    expect(remindersOf(posting({ deadline: '2026-12-15' }), { reminderLeadTimes: [], reminderLeadSeconds: [30] })).toHaveLength(1);
  });

  it('never reminds twice of the same moment, and never at or after the deadline', () => {
    // 11:00 minus three hours is 8:00, the same moment as the reminder on the day.
    const rs = remindersOf(posting({ deadline: '2026-12-15T11:00' }), ISSUE);
    expect(rs.map(local)).toEqual(['2026-12-08 08:00', '2026-12-13 08:00', '2026-12-15 08:00']);
    expect(new Set(rs.map((r) => r.id)).size).toBe(rs.length);
    // A deadline at 7:00: the 8:00 reminder on the day would come too late; three hours before is 4:00.
    expect(remindersOf(posting({ deadline: '2026-12-15T07:00' }), ISSUE).map(local)).toEqual([
      '2026-12-08 08:00',
      '2026-12-13 08:00',
      '2026-12-15 04:00',
    ]);
  });

  it('has stable ids: posting, kind and moment', () => {
    const a = remindersOf(posting(), ISSUE);
    const b = remindersOf(posting({ notes: 'changed', updatedAt: '2026-11-20T10:00:00.000Z' }), ISSUE);
    expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
    expect(a[0]!.id).toBe(reminderId('p1', 'deadline', Date.UTC(2026, 11, 8, 7)));
    expect(a[0]!.id).toBe('p1:deadline:2026-12-08T07:00:00.000Z');
  });

  it.each(['applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const)(
    'has no deadline reminders for a posting that is %s',
    (status) => {
      expect(remindersOf(posting({ status }), ISSUE).filter((r) => r.kind === 'deadline')).toEqual([]);
    },
  );

  it('reminds of an interview the day before at 8:00 while the application is in the running', () => {
    for (const status of ['saved', 'applied', 'interview'] as const) {
      const rs = remindersOf(posting({ status, deadline: null, interviewDates: ['2027-01-12', '2027-01-12'] }), ISSUE);
      expect(rs.map((r) => [r.kind, local(r)])).toEqual([['interview', '2027-01-11 08:00']]);
    }
    for (const status of ['rejected', 'withdrawn', 'offer'] as const) {
      expect(remindersOf(posting({ status, deadline: null, interviewDates: ['2027-01-12'] }), ISSUE)).toEqual([]);
    }
  });

  it('ignores a malformed deadline', () => {
    expect(remindersOf(posting({ deadline: '2026-02-30' }), ISSUE)).toEqual([]);
  });
});

describe('time zones and daylight-saving time', () => {
  it.each(['Europe/Copenhagen', 'Europe/Oslo', 'UTC', 'America/New_York', 'Asia/Tokyo'])(
    'puts day reminders at 8:00 on the wall clock in %s',
    (tz) => {
      zone(tz);
      const rs = remindersOf(posting({ deadline: '2026-07-01T12:00' }), ISSUE);
      expect(rs.map(local)).toEqual(['2026-06-24 08:00', '2026-06-29 08:00', '2026-07-01 08:00', '2026-07-01 09:00']);
    },
  );

  it('keeps 8:00 across the spring change in Copenhagen (29 March 2026), while hours are real hours', () => {
    zone('Europe/Copenhagen');
    const rs = remindersOf(posting({ deadline: '2026-03-30T10:00' }), ISSUE);
    expect(rs.map(local)).toEqual(['2026-03-23 08:00', '2026-03-28 08:00', '2026-03-30 07:00', '2026-03-30 08:00']);
    // Before the change 8:00 is 7:00 UTC, after it 6:00 UTC.
    expect(rs.map(iso)).toEqual([
      '2026-03-23T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-30T05:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
    // Three real hours before 4:00 on the night of the change is midnight on the wall clock (the hour 2–3 does not exist).
    const night = remindersOf(posting({ deadline: '2026-03-29T04:00' }), { reminderLeadTimes: [{ amount: 3, unit: 'hours' }] });
    expect(night.map(local)).toEqual(['2026-03-29 00:00']);
    expect(night[0]!.target - night[0]!.at).toBe(3 * 3600_000);
  });

  it('keeps 8:00 across the autumn change in Oslo (25 October 2026), while hours are real hours', () => {
    zone('Europe/Oslo');
    const rs = remindersOf(posting({ deadline: '2026-10-26' }), ISSUE);
    expect(rs.map(local)).toEqual(['2026-10-19 08:00', '2026-10-24 08:00', '2026-10-26 08:00']);
    expect(rs.map(iso)).toEqual(['2026-10-19T06:00:00.000Z', '2026-10-24T06:00:00.000Z', '2026-10-26T07:00:00.000Z']);
    // The day of the change has 25 hours: its end is 25 hours after its start.
    const day = remindersOf(posting({ deadline: '2026-10-25' }), { reminderLeadTimes: [] });
    expect(day[0]!.target - new Date(2026, 9, 25, 0, 0).getTime()).toBe(25 * 3600_000);
    // Three real hours before 4:00 on the night of the change is 2:00 summer time (the hour 2–3 comes twice).
    const night = remindersOf(posting({ deadline: '2026-10-25T04:00' }), { reminderLeadTimes: [{ amount: 3, unit: 'hours' }] });
    expect(night.map(local)).toEqual(['2026-10-25 02:00']);
    expect(night.map(iso)).toEqual(['2026-10-25T00:00:00.000Z']);
  });

  it('keeps the interview reminder at 8:00 the day before across a change', () => {
    zone('Europe/Oslo');
    const rs = remindersOf(posting({ deadline: null, status: 'applied', interviewDates: ['2026-03-30', '2026-10-26'] }), ISSUE);
    expect(rs.map(local)).toEqual(['2026-03-29 08:00', '2026-10-25 08:00']);
  });
});

describe('upcomingReminders: what the alarms are set for', () => {
  it('lists the reminders after now of every open posting, earliest first', () => {
    const now = new Date(2026, 11, 10, 12, 0);
    const ps = [
      posting(),
      posting({ id: 'p2', urlKey: 'b', deadline: '2026-12-11' }),
      posting({ id: 'p3', urlKey: 'c', deadline: '2026-12-12', status: 'applied' }),
      posting({ id: 'p4', urlKey: 'd', deadline: null }),
    ];
    const rs = upcomingReminders(ps, ISSUE, now);
    expect(rs.map((r) => `${r.postingId} ${local(r)}`)).toEqual([
      'p2 2026-12-11 08:00',
      'p1 2026-12-13 08:00',
      'p1 2026-12-15 08:00',
      'p1 2026-12-15 09:00',
    ]);
  });
});

describe('dueReminders: what to show now', () => {
  const none = new Set<string>();

  it('shows the reminder whose moment has come', () => {
    const due = dueReminders([posting()], ISSUE, new Date(2026, 11, 8, 8, 0, 1), none);
    expect(due.map(local)).toEqual(['2026-12-08 08:00']);
  });

  it('shows nothing twice', () => {
    const now = new Date(2026, 11, 8, 8, 0, 1);
    const [r] = dueReminders([posting()], ISSUE, now, none);
    expect(dueReminders([posting()], ISSUE, now, new Set([r!.id]))).toEqual([]);
    expect(dueReminders([posting()], ISSUE, new Date(2026, 11, 10, 9, 0), new Set([r!.id]))).toEqual([]);
  });

  it('shows a reminder missed while the browser was closed once at start-up: only the latest one', () => {
    // Closed from 1 to 13 December at 10:00: the week-before and two-days-before moments were missed.
    const due = dueReminders([posting()], ISSUE, new Date(2026, 11, 13, 10, 0), none);
    expect(due.map(local)).toEqual(['2026-12-13 08:00']);
  });

  it('never shows a reminder after its deadline', () => {
    expect(dueReminders([posting()], ISSUE, new Date(2026, 11, 15, 12, 0), none)).toEqual([]);
    expect(dueReminders([posting({ deadline: '2026-12-15' })], ISSUE, new Date(2026, 11, 15, 23, 59), none).map(local)).toEqual([
      '2026-12-15 08:00',
    ]);
    expect(dueReminders([posting({ deadline: '2026-12-15' })], ISSUE, new Date(2026, 11, 16, 0, 0), none)).toEqual([]);
  });

  it('shows nothing for postings applied to, rejected or withdrawn', () => {
    for (const status of ['applied', 'rejected', 'withdrawn'] as const) {
      expect(dueReminders([posting({ status })], ISSUE, new Date(2026, 11, 13, 10, 0), none)).toEqual([]);
    }
  });

  it('shows no backlog from before reminders began or before the posting was saved or changed', () => {
    const now = new Date(2026, 11, 13, 10, 0);
    expect(dueReminders([posting()], ISSUE, now, none, new Date(2026, 11, 13, 9, 0).getTime())).toEqual([]);
    expect(dueReminders([posting({ updatedAt: new Date(2026, 11, 13, 9, 0).toISOString() })], ISSUE, now, none)).toEqual([]);
    expect(dueReminders([posting({ updatedAt: new Date(2026, 11, 13, 7, 0).toISOString() })], ISSUE, now, none)).toHaveLength(1);
  });

  it('keeps a deadline and an interview apart', () => {
    const p = posting({ deadline: '2026-12-15', interviewDates: ['2026-12-14'] });
    const due = dueReminders([p], ISSUE, new Date(2026, 11, 13, 9, 0), none);
    expect(due.map((r) => `${r.kind} ${local(r)}`)).toEqual(['deadline 2026-12-13 08:00', 'interview 2026-12-13 08:00']);
  });
});

describe('countSoon: the badge count', () => {
  const now = new Date(2026, 11, 10, 14, 0);
  it('counts open postings with a deadline today or within three days', () => {
    const ps = [
      posting({ deadline: '2026-12-10T18:00' }),
      posting({ deadline: '2026-12-10T09:00' }), // passed
      posting({ deadline: '2026-12-13' }),
      posting({ deadline: '2026-12-13T23:00' }),
      posting({ deadline: '2026-12-14' }), // four days
      posting({ deadline: '2026-12-11', status: 'applied' }),
      posting({ deadline: '2026-12-09' }),
      posting({ deadline: null }),
    ];
    expect(ps.map((p) => isDeadlineSoon(p, now))).toEqual([true, false, true, true, false, false, false, false]);
    expect(countSoon(ps, now)).toBe(3);
  });
});

describe('reminderNotification: the text', () => {
  const now = new Date(2026, 11, 14, 8, 0);
  const [deadlineReminder] = remindersOf(posting({ deadline: '2026-12-15T12:00' }), { reminderLeadTimes: [{ amount: 1, unit: 'days' }] });

  it('names the posting, the organisation and the time left, in each language', () => {
    expect(reminderNotification(deadlineReminder!, posting(), 'en', now)).toEqual({
      title: 'Koordinator',
      message: 'Dansk Flygtningehjælp\nApplication deadline tomorrow at 12:00 · 15 Dec 2026, 12:00',
      contextMessage: 'Frist',
      buttons: ['Open', 'Mark applied'],
      clickHint: 'Click to open the posting.',
    });
    const da = reminderNotification(deadlineReminder!, posting(), 'da', now);
    expect(da.clickHint).toBe('Klik for at åbne opslaget.');
    expect(da.message).toBe('Dansk Flygtningehjælp\nAnsøgningsfrist i morgen kl. 12 · 15. dec. 2026, 12:00');
    expect(da.buttons).toEqual(['Åbn', 'Markér som søgt']);
    const nb = reminderNotification(deadlineReminder!, posting(), 'nb', now);
    expect(nb.message).toContain('Søknadsfrist i morgen kl. 12');
    expect(nb.buttons).toEqual(['Åpne', 'Marker som søkt']);
    expect(nb.clickHint).toBe('Klikk for å åpne annonsen.');
  });

  it('words an interview, and leaves out a missing organisation', () => {
    const [r] = remindersOf(posting({ deadline: null, status: 'applied', interviewDates: ['2026-12-15'] }), ISSUE);
    const n = reminderNotification(r!, posting({ organization: null }), 'da', now);
    expect(n.message).toBe('Samtale i morgen · 15. dec. 2026');
    expect(n.buttons).toEqual(['Åbn']);
  });

  it('keeps page text plain and short', () => {
    const n = reminderNotification(deadlineReminder!, posting({ title: `<b>${'x'.repeat(500)}</b>` }), 'en', now);
    expect(n.title.length).toBeLessThanOrEqual(120);
    expect(n.title.startsWith('<b>')).toBe(true);
  });
});
