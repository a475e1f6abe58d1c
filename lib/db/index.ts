export { FristDatabase, db } from './database';
export { savePosting, listPostings, findPostingByUrl, getPosting, deletePosting, countPostings, type SaveResult } from './postings';
export { useLiveQuery } from './hooks';
