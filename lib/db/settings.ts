// The user's settings, each stored value checked, defaults for the rest.
import { db as defaultDb, type FristDatabase } from './database';
import { postingSchemas, settingsSchemas } from '../schema/load';
import { DEFAULT_SETTINGS, settingsFromRows, type SettingKey, type Settings } from '../tracker/settings';
import { issuesOf, type FieldIssue } from './edits';

/** The settings, every missing or invalid stored value replaced by its default. */
export async function getSettings(database: FristDatabase = defaultDb()): Promise<Settings> {
  const rows = await database.settings.toArray();
  return settingsFromRows(rows);
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string; issues: FieldIssue[] };

/** Validates and stores changed settings; nothing is written when any of them is invalid. */
export async function saveSettings(patch: Partial<Settings>, database: FristDatabase = defaultDb()): Promise<SettingsResult> {
  const [{ settingsSchema }, { describeIssues }] = await Promise.all([settingsSchemas(), postingSchemas()]);
  const parsed = settingsSchema.partial().strict().safeParse(patch);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error), issues: issuesOf(parsed.error) };
  const entries = Object.entries(parsed.data).filter(([, v]) => v !== undefined) as [SettingKey, unknown][];
  await database.transaction('rw', database.settings, async () => {
    await database.settings.bulkPut(entries.map(([key, value]) => ({ key, value })));
  });
  return { ok: true, settings: await getSettings(database) };
}

export { DEFAULT_SETTINGS };
