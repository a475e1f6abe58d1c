import { STATUSES, type Status } from '@/lib/schema/status';
import { translate, type UiLang } from '@/lib/i18n';
import { STATUS_KEYS } from './labels';

export interface StatusPickerProps {
  lang: UiLang;
  value: Status;
  onChange: (status: Status) => void;
  /** Id of the select (for a label elsewhere); a visible label is rendered otherwise. */
  id?: string;
  disabled?: boolean;
}

/** Where the application stands: a labelled select in pipeline order (saved → … → offer, rejected, withdrawn). */
export function StatusPicker({ lang, value, onChange, id = 'status-picker', disabled }: StatusPickerProps) {
  const t = translate(lang);
  return (
    <div class="status-picker">
      <label for={id}>{t('trStatus')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const next = e.currentTarget.value as Status;
          if (STATUSES.includes(next) && next !== value) onChange(next);
        }}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(STATUS_KEYS[s])}
          </option>
        ))}
      </select>
    </div>
  );
}
