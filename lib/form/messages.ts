// What the posting form says beside an input that is wrong, in the UI's language, by the kind of
// the input's fact (../schema/fields.ts) and the kind of problem.
import type { MessageKey, Translate } from '../i18n';
import { FIELDS, type FactField, type FieldKind } from '../schema/fields';
import { inputOfIssue, type LocalError } from './values';

/** A schema's complaint about one value (zod's issue code and message). */
export interface Issue {
  code: string;
  message: string;
}

const NUMERIC: ReadonlySet<FieldKind> = new Set(['hours', 'percent', 'salary']);
const DATES: ReadonlySet<FieldKind> = new Set(['day', 'dayTime', 'days']);

/** The kind of the fact an input key ("salary.currency", "contacts.0.email") belongs to. */
const kindOf = (input: string): FieldKind | null => {
  const head = input.split('.', 1)[0]!;
  return head in FIELDS ? FIELDS[head as FactField].kind : null;
};

export function issueMessage(t: Translate, input: string, issue: Issue | LocalError): string {
  return t(issueKey(input, issue));
}

/** The messages beside the inputs that hold no number where one is needed. */
export function localMessages(t: Translate, local: Readonly<Record<string, LocalError>>): Record<string, string> {
  return Object.fromEntries(Object.entries(local).map(([k, e]) => [k, issueMessage(t, k, e)]));
}

/**
 * Puts each schema issue's message beside the input that shows it (an input keeps the first
 * message it gets); returns the issues no input shows. `contactRows` maps kept contacts to rows.
 */
export function placeIssues(
  t: Translate,
  errors: Record<string, string>,
  issues: readonly (Issue & { path: readonly PropertyKey[] })[],
  contactRows: readonly number[],
): Issue[] {
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    const key = inputOfIssue(issue.path, contactRows);
    if (key) errors[key] ??= issueMessage(t, key, issue);
    else unplaced.push(issue);
  }
  return unplaced;
}

function issueKey(input: string, issue: Issue | LocalError): MessageKey {
  if (issue === 'number') return 'errNumber';
  const kind = kindOf(input);
  const part = input.split('.')[1];
  // A pay's currency and words are text, though the pay is a number.
  const numeric = kind !== null && NUMERIC.has(kind) && part !== 'currency' && part !== 'text';
  switch (issue.code) {
    case 'duplicate':
      return 'errDuplicateUrl';
    case 'too_small':
      return numeric ? 'errTooSmall' : 'errRequired';
    case 'too_big':
      return numeric ? 'errTooBig' : 'errTooLong';
  }
  if (input === 'url' || kind === 'link') return 'errUrl';
  if (kind === 'salary' && part === 'currency') return 'errCurrency';
  if (input.endsWith('.email')) return 'errInvalid';
  if (kind !== null && DATES.has(kind)) return 'errDate';
  if (kind === 'hours') return 'errHours';
  return 'errInvalid';
}
