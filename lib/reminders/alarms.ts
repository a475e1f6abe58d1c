import type { Posting } from '../schema/posting';
import type { Settings } from '../tracker/settings';
import type { UiLang } from '../i18n';
import { countSoon, dueReminders, upcomingReminders, type Reminder } from './schedule';
import { BUTTON_MARK_APPLIED, BUTTON_OPEN, reminderNotification, type ReminderNotification } from './notify';
import { oneAtATime } from '../one-at-a-time';

/** Alarms whose name starts with this wake the background for reminders. */
export const REMINDER_ALARM_PREFIX = 'reminder:';
/** A periodic alarm that re-derives the schedule, in case a change was made while the background slept. */
export const SWEEP_ALARM = 'reminders:sweep';
export const SWEEP_MINUTES = 30;
/** At most this many reminder alarms at a time (Chrome allows 500); the last one to fire sets the next ones. */
export const MAX_ALARMS = 100;
/** Changes to postings arrive in bursts (an import, an undo): one reschedule after they settle. */
export const DEBOUNCE_MS = 400;

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  contextMessage: string;
  priority: number;
  buttons?: { title: string }[];
}

export interface ReminderStore {
  load(): Promise<{ postings: Posting[]; settings: Settings }>;
  shownIds(): Promise<Set<string>>;
  /** The posting of a shown reminder, by the reminder's (= the notification's) id. */
  postingOf(reminderId: string): Promise<string | undefined>;
  recordShown(reminders: readonly Reminder[], at: Date): Promise<void>;
  prune(postingIds: ReadonlySet<string>): Promise<unknown>;
  /** When reminders began (stored on first use). */
  since(now: Date): Promise<number>;
  markApplied(postingId: string): Promise<unknown>;
}

export interface ReminderDeps {
  now: () => Date;
  /** The UI language for the language setting ("auto" follows the browser). */
  lang: (setting: Settings['language']) => UiLang;
  store: ReminderStore;
  alarms: {
    clearAll(): Promise<unknown>;
    create(name: string, info: { when: number } | { periodInMinutes: number }): Promise<unknown>;
  };
  notifications: {
    create(id: string, options: NotificationOptions): Promise<unknown>;
    clear(id: string): Promise<unknown>;
  };
  iconUrl: string;
  /** False where notifications have no buttons (Firefox). */
  buttons: boolean;
  /** The address of the posting's page in Frist ("…/posting.html?id=…"). */
  postingPage: (postingId: string) => string;
  openTab: (url: string) => Promise<unknown>;
  /** Told after every run: e.g. to refresh the toolbar badge with the count of deadlines soon. */
  onRun?: (result: RunResult) => void | Promise<void>;
  onError?: (e: unknown) => void;
}

export interface RunResult {
  shown: Reminder[];
  scheduled: Reminder[];
  soon: number;
}

/**
 * What the browser is asked to show. Where notifications have no buttons (Firefox) the
 * notification itself is the way in: it says that a click opens the posting.
 */
function notificationOptions(content: ReminderNotification, deps: Pick<ReminderDeps, 'iconUrl' | 'buttons'>): NotificationOptions {
  return {
    type: 'basic',
    iconUrl: deps.iconUrl,
    title: content.title,
    message: deps.buttons ? content.message : `${content.message}\n${content.clickHint}`,
    contextMessage: content.contextMessage,
    priority: 2,
    ...(deps.buttons ? { buttons: content.buttons.map((title) => ({ title })) } : {}),
  };
}

/**
 * The reminders' wiring. Every run derives everything from the database: the notifications due
 * now (see `dueReminders`), then all alarms are cleared and set anew for the next reminders, so
 * the alarms cannot drift from the postings. An alarm only wakes the background; what is shown
 * is decided from the database at that moment. Runs never overlap.
 */
export function createReminders(deps: ReminderDeps) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function runOnce(): Promise<RunResult> {
    const now = deps.now();
    const { postings, settings } = await deps.store.load();
    const since = await deps.store.since(now);
    const shown = await deps.store.shownIds();
    const due = dueReminders(postings, settings, now, shown, since);
    const byId = new Map(postings.map((p) => [p.id, p]));
    if (due.length) {
      // Recorded first: a notification that fails (notifications switched off) is not retried on every run.
      await deps.store.recordShown(due, now);
      const lang = deps.lang(settings.language);
      for (const r of due) {
        const posting = byId.get(r.postingId);
        if (!posting) continue;
        const options = notificationOptions(reminderNotification(r, posting, lang, now), deps);
        await deps.notifications.create(r.id, options).catch((e: unknown) => deps.onError?.(e));
      }
    }
    const upcoming = upcomingReminders(postings, settings, now);
    await deps.alarms.clearAll();
    await deps.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
    for (const r of upcoming.slice(0, MAX_ALARMS)) await deps.alarms.create(`${REMINDER_ALARM_PREFIX}${r.id}`, { when: r.at });
    await deps.store.prune(new Set(byId.keys()));
    const result = { shown: due, scheduled: upcoming, soon: countSoon(postings, now) };
    await deps.onRun?.(result);
    return result;
  }

  const queued = oneAtATime((_: 'run') => runOnce());
  /** Shows what is due and reschedules every alarm; queued behind a run in progress. */
  function run(): Promise<RunResult> {
    const next = queued('run');
    next.catch((e: unknown) => deps.onError?.(e));
    return next;
  }

  /** A run after changes have settled for `DEBOUNCE_MS`. */
  function request(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run().catch(() => undefined);
    }, DEBOUNCE_MS);
  }

  async function onAlarm(name: string): Promise<void> {
    if (name === SWEEP_ALARM || name.startsWith(REMINDER_ALARM_PREFIX)) await run();
  }

  async function open(notificationId: string): Promise<void> {
    const postingId = await deps.store.postingOf(notificationId);
    await deps.notifications.clear(notificationId).catch(() => undefined);
    if (postingId) await deps.openTab(deps.postingPage(postingId));
  }

  async function onButton(notificationId: string, index: number): Promise<void> {
    if (index === BUTTON_OPEN) return open(notificationId);
    if (index !== BUTTON_MARK_APPLIED) return;
    const postingId = await deps.store.postingOf(notificationId);
    await deps.notifications.clear(notificationId).catch(() => undefined);
    if (postingId) await deps.store.markApplied(postingId);
  }

  /** Drops a pending debounced run. */
  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  return { run, request, cancel, onAlarm, onClicked: open, onButtonClicked: onButton };
}
export type Reminders = ReturnType<typeof createReminders>;

/** The browser events the reminders listen to (a structural subset of `browser`, so tests can pass fakeBrowser). */
export interface ReminderEvents {
  runtime: {
    onInstalled: { addListener(cb: () => Promise<void>): void };
    onStartup: { addListener(cb: () => Promise<void>): void };
  };
  alarms: { onAlarm: { addListener(cb: (alarm: { name: string }) => Promise<void>): void } };
  notifications: {
    onClicked: { addListener(cb: (id: string) => Promise<void>): void };
    onButtonClicked?: { addListener(cb: (id: string, index: number) => Promise<void>): void };
  };
}

/**
 * Connects the reminders to the browser: a run on install, update and browser start; on every
 * alarm; and after every change to the postings or settings (`watch`, a live query, calls back
 * at once and after each change: the first call is the run when the background starts).
 */
export function connectReminders(api: ReminderEvents, reminders: Reminders, watch: (onChange: () => void) => () => void): () => void {
  // Each listener returns its work's promise (the browser ignores it; tests await it), never a rejection.
  const quiet = () => undefined;
  const run = () => reminders.run().then(quiet, quiet);
  api.runtime.onInstalled.addListener(run);
  api.runtime.onStartup.addListener(run);
  api.alarms.onAlarm.addListener((alarm) => reminders.onAlarm(alarm.name).then(quiet, quiet));
  api.notifications.onClicked.addListener((id) => reminders.onClicked(id).then(quiet, quiet));
  api.notifications.onButtonClicked?.addListener((id, index) => reminders.onButtonClicked(id, index).then(quiet, quiet));
  const unwatch = watch(() => reminders.request());
  return () => {
    unwatch();
    reminders.cancel();
  };
}
