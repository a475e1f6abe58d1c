export { FristDatabase, db } from './database';
export {
  savePosting,
  findDuplicate,
  listPostings,
  findPostingByUrl,
  getPosting,
  getSnapshot,
  type SaveResult,
  type SaveOptions,
  type Duplicate,
} from './postings';
export { useLiveQuery } from './hooks';
export type { HistoryEntry, ContactLogEntry, SettingRow } from './database';
export { updatePosting, setStatus, updateNotes, listHistory, type FieldIssue, type UpdateResult, type PostingPatch } from './edits';
export { removePosting, restorePosting, type UndoToken, type RestoreResult } from './trash';
export { listOverview, readOverview, searchPostingIds, type OverviewQuery, type OverviewResult } from './overview';
export { listContacts, addContactLog, listContactLog, deleteContactLog, type ContactWithLog, type LogResult } from './contacts';
export { getSettings, saveSettings, type SettingsResult } from './settings';
export {
  useOverview,
  usePostingDetail,
  useContacts,
  useSettings,
  useUndoableRemove,
  type OverviewData,
  type PostingData,
  type Undoable,
} from './hooks';
export {
  exportBackup,
  importBackup,
  importParsedBackup,
  storedCsvSeparator,
  readPostingsWithHistory,
  type ImportResult,
  type PostingWithHistory,
} from './state';
