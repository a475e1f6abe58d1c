import { useEffect, useState } from 'preact/hooks';
import type { SettingsResult } from '@/lib/db/settings';
import { translate, type MessageKey, type Translate, type UiLang } from '@/lib/i18n';
import { PHONE_COUNTRY_IDS, type PhoneCountry } from '@/lib/tracker/phone';
import { LANGUAGE_SETTINGS, LEAD_UNITS, normaliseLeadTimes, type LeadTime, type Settings } from '@/lib/tracker/settings';

export interface OptionsViewProps {
  lang: UiLang;
  settings: Settings;
  /** Validates and stores the settings (saveSettings). */
  onSave: (patch: Partial<Settings>) => Promise<SettingsResult>;
}

const LANGUAGE_KEYS: Record<Settings['language'], MessageKey> = { auto: 'optLanguageAuto', en: 'langEn', da: 'langDa', nb: 'langNb' };
const COUNTRY_KEYS: Record<PhoneCountry, MessageKey> = {
  DK: 'countryDK',
  NO: 'countryNO',
  SE: 'countrySE',
  DE: 'countryDE',
  FI: 'countryFI',
};

type LeadRow = { amount: string; unit: LeadTime['unit'] };

/** The options page: interface language, country of phone numbers, reminder lead times. */
export function OptionsView({ lang, settings, onSave }: OptionsViewProps) {
  const t = translate(lang);
  const [language, setLanguage] = useState(settings.language);
  const [country, setCountry] = useState(settings.phoneCountry);
  const [leads, setLeads] = useState<LeadRow[]>(settings.reminderLeadTimes.map((l) => ({ amount: String(l.amount), unit: l.unit })));
  const [state, setState] = useState<{ kind: 'idle' | 'saved' } | { kind: 'error'; message: string; rows: number[] }>({ kind: 'idle' });

  useEffect(() => {
    setLanguage(settings.language);
    setCountry(settings.phoneCountry);
    setLeads(settings.reminderLeadTimes.map((l) => ({ amount: String(l.amount), unit: l.unit })));
  }, [settings]);

  async function submit(e: Event) {
    e.preventDefault();
    const bad = leads.flatMap((l, i) => (/^\d{1,3}$/.test(l.amount.trim()) && Number(l.amount) >= 1 ? [] : [i]));
    if (bad.length) {
      setState({ kind: 'error', message: t('errNumber'), rows: bad });
      return;
    }
    const reminderLeadTimes = normaliseLeadTimes(leads.map((l) => ({ amount: Number(l.amount), unit: l.unit })));
    const r = await onSave({ language, phoneCountry: country, reminderLeadTimes });
    if (r.ok) setState({ kind: 'saved' });
    else {
      const rows = r.issues.filter((i) => i.path.startsWith('reminderLeadTimes.')).map((i) => Number(i.path.split('.')[1]));
      setState({ kind: 'error', message: t('optSaveFailed', { error: r.error }), rows });
    }
  }

  const invalid = (i: number) => state.kind === 'error' && state.rows.includes(i);

  return (
    <main class="options" lang={lang}>
      <h1>{t('optTitle')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <section>
          <h2>
            <label for="opt-language">{t('optLanguage')}</label>
          </h2>
          <select id="opt-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Settings['language'])}>
            {LANGUAGE_SETTINGS.map((l) => (
              <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
                {t(LANGUAGE_KEYS[l])}
              </option>
            ))}
          </select>
        </section>
        <section>
          <h2>
            <label for="opt-country">{t('optPhoneCountry')}</label>
          </h2>
          <select id="opt-country" value={country} onChange={(e) => setCountry(e.currentTarget.value as PhoneCountry)}>
            {PHONE_COUNTRY_IDS.map((c) => (
              <option key={c} value={c}>
                {t(COUNTRY_KEYS[c])}
              </option>
            ))}
          </select>
        </section>
        <LeadTimes t={t} leads={leads} invalid={invalid} onChange={setLeads} />
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('optSave')}
          </button>
          <p role="status" aria-live="polite" class="status">
            {state.kind === 'saved' ? t('optSaved') : null}
          </p>
          {state.kind === 'error' ? (
            <p role="alert" class="error">
              {state.message}
            </p>
          ) : null}
        </div>
      </form>
    </main>
  );
}

/** The reminders' lead times: an amount and a unit each, removable, and one more to add (at most 10). */
function LeadTimes({
  t,
  leads,
  invalid,
  onChange,
}: {
  t: Translate;
  leads: LeadRow[];
  invalid: (i: number) => boolean;
  onChange: (rows: LeadRow[]) => void;
}) {
  return (
    <section aria-labelledby="opt-reminders">
      <h2 id="opt-reminders">{t('optReminders')}</h2>
      <p class="hint">{t('optRemindersHint')}</p>
      {leads.length === 0 ? <p class="muted">{t('optNoLeads')}</p> : null}
      <ul class="leads">
        {leads.map((l, i) => (
          <li key={i} role="group" aria-label={t('optReminderN', { n: i + 1 })}>
            <label>
              <span class="sr-only">{t('optLeadAmount')}</span>
              <input
                type="number"
                min={1}
                max={365}
                inputMode="numeric"
                value={l.amount}
                aria-invalid={invalid(i)}
                onInput={(e) => onChange(leads.map((x, j) => (j === i ? { ...x, amount: e.currentTarget.value } : x)))}
              />
            </label>
            <label>
              <span class="sr-only">{t('optLeadUnit')}</span>
              <select
                value={l.unit}
                onChange={(e) => onChange(leads.map((x, j) => (j === i ? { ...x, unit: e.currentTarget.value as LeadTime['unit'] } : x)))}
              >
                {LEAD_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(u === 'hours' ? 'optUnitHours' : 'optUnitDays')}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="link" onClick={() => onChange(leads.filter((_, j) => j !== i))}>
              {t('optRemoveLead', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      {leads.length < 10 ? (
        <button type="button" class="secondary" onClick={() => onChange([...leads, { amount: '1', unit: 'days' }])}>
          {t('optAddLead')}
        </button>
      ) : null}
    </section>
  );
}
