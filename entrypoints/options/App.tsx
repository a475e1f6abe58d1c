import { useEffect } from 'preact/hooks';
import { DataManagement, type DataSource } from '@/components/DataManagement';
import { OptionsView } from '@/components/tracker/OptionsView';
import { exportBackup, importBackup, readPostingsWithHistory, storedCsvSeparator } from '@/lib/db/state';
import { useLiveQuery } from '@/lib/db/hooks';
import { listContacts } from '@/lib/db/contacts';
import { saveSettings } from '@/lib/db/settings';
import { useSettings } from '@/lib/db/hooks';
import { defaultCsvSeparator } from '@/lib/export/csv';
import { pickLang, translate } from '@/lib/i18n';

const source: DataSource = {
  exportBackup: (opts) => exportBackup(new Date(), undefined, opts),
  importBackup: (text, opts) => importBackup(text, undefined, opts),
  readPostings: () => readPostingsWithHistory(),
  readContacts: () => listContacts(),
  saveCsvSeparator: (csvSeparator) => saveSettings({ csvSeparator }),
};

/** The options page: reads and writes the settings in the extension's database, and the data section. */
export function App() {
  const settings = useSettings();
  const separator = useLiveQuery(() => storedCsvSeparator(), []);
  const lang = settings.status === 'ready' && settings.value.language !== 'auto' ? settings.value.language : pickLang(navigator.language);
  const t = translate(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optTitle');
  }, [lang]);
  if (settings.status === 'loading' || separator.status === 'loading') return <p class="loading">{t('loading')}</p>;
  if (settings.status === 'error')
    return (
      <p class="error" role="alert">
        {t('optSaveFailed', { error: settings.error })}
      </p>
    );
  const csvSeparator = (separator.status === 'ready' ? separator.value : null) ?? defaultCsvSeparator(navigator.language);
  return (
    <>
      <OptionsView lang={lang} settings={settings.value} onSave={(patch) => saveSettings(patch)} />
      <div class="options" lang={lang}>
        <DataManagement lang={lang} settings={settings.value} csvSeparator={csvSeparator} source={source} />
      </div>
    </>
  );
}
