import type { Translate, UiLang } from '@/lib/i18n';
import type { ApplicationRow } from '@/lib/export/applications-log';
import { formatDate } from '@/lib/time';
import { STATUS_KEYS } from './tracker/labels';

/** The applications log as a table: when each application went in, the posting, and its course. */
export function LogTable({ t, lang, rows }: { t: Translate; lang: UiLang; rows: readonly ApplicationRow[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('logApplied')}</th>
          <th scope="col">{t('fieldTitle')}</th>
          <th scope="col">{t('fieldOrganization')}</th>
          <th scope="col">{t('fieldDeadline')}</th>
          <th scope="col">{t('trStatus')}</th>
          <th scope="col">{t('logHistory')}</th>
          <th scope="col">{t('fieldUrl')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.posting.id} data-testid="log-row">
            <td>{formatDate(r.applied, lang)}</td>
            <td>{r.posting.title}</td>
            <td>
              {r.posting.organization ?? ''}
              {r.posting.location ? (
                <>
                  <br />
                  {r.posting.location}
                </>
              ) : null}
            </td>
            <td>{r.posting.deadline ? formatDate(r.posting.deadline, lang) : ''}</td>
            <td>{t(STATUS_KEYS[r.posting.status])}</td>
            <td>
              <ol class="steps">
                {r.steps.map((s, i) => (
                  <li key={i}>
                    {formatDate(s.day, lang)}: {t(STATUS_KEYS[s.status])}
                  </li>
                ))}
              </ol>
            </td>
            <td class="url">{r.posting.url}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
