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
export {
  updatePosting,
  setStatus,
  updateNotes,
  listHistory,
  removePosting,
  restorePosting,
  listOverview,
  searchPostingIds,
  listContacts,
  addContactLog,
  listContactLog,
  deleteContactLog,
  getSettings,
  saveSettings,
  type FieldIssue,
  type UpdateResult,
  type PostingPatch,
  type UndoToken,
  type RestoreResult,
  type OverviewQuery,
  type ContactWithLog,
  type LogResult,
  type SettingsResult,
} from './tracker';
export {
  useOverview,
  usePostingDetail,
  useContacts,
  useSettings,
  useUndoableRemove,
  type OverviewData,
  type PostingData,
  type Undoable,
} from './tracker-hooks';
export {
  exportBackup,
  importBackup,
  importParsedBackup,
  storedCsvSeparator,
  readPostingsWithHistory,
  type ImportResult,
  type PostingWithHistory,
} from './backup';
