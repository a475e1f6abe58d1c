import type { Draft } from './draft';

/** A draft with nothing found. Imports no zod: the extractor bundle uses it. */
export function emptyDraft(): Draft {
  return {
    isJobAd: false,
    confidence: 0,
    language: null,
    title: null,
    organization: null,
    location: null,
    deadline: null,
    startDate: null,
    startText: null,
    hoursPerWeek: null,
    employmentPercent: null,
    salary: null,
    emails: [],
    phones: [],
    contacts: [],
    applyUrl: null,
    interviewDates: [],
    evidence: {},
    sources: {},
    inferred: [],
  };
}
