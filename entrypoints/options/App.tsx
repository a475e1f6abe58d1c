import { useEffect } from 'preact/hooks';
import { OptionsView } from '@/components/tracker/OptionsView';
import { saveSettings } from '@/lib/db/tracker';
import { useSettings } from '@/lib/db/tracker-hooks';
import { pickLang, translate } from '@/lib/i18n';

/** The options page: reads and writes the settings in the extension's database. */
export function App() {
  const settings = useSettings();
  const lang = settings.status === 'ready' && settings.value.language !== 'auto' ? settings.value.language : pickLang(navigator.language);
  const t = translate(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optTitle');
  }, [lang]);
  if (settings.status === 'loading') return <p class="loading">{t('loading')}</p>;
  if (settings.status === 'error')
    return (
      <p class="error" role="alert">
        {t('optSaveFailed', { error: settings.error })}
      </p>
    );
  return <OptionsView lang={lang} settings={settings.value} onSave={(patch) => saveSettings(patch)} />;
}
