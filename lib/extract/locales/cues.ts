// The words of the content script's detector, one `cues` export per language file (./da.ts …),
// same keys everywhere. Kept small on purpose: they ship in the script that runs on every page,
// which imports only these exports (the full vocabularies load with the extractor, which confirms).
export interface DetectCues {
  /** Labels of an application deadline. */
  deadline: string[];
  /** Words of an ad's call to apply. */
  apply: string[];
  /** Words that name a position or an ad in a headline. */
  position: string[];
  /** Words ads use about the job itself (tasks, start, pay, hours). */
  job: string[];
  /** An organisation seeking someone ("vi søger", "looking for"). */
  seek: string[];
  /** Parts of a job page's address ("stilling" in /ledige-stillinger/), lower case ASCII. */
  url: string[];
}
