import type { Source } from '../schema/draft';

/** Languages Frist reads ads in. Each has a vocabulary file in ./locales with the same keys. */
export type Lang = 'da' | 'nb' | 'nn' | 'sv' | 'de' | 'en';
// not language words: language codes
export const LANGS: readonly Lang[] = ['da', 'nb', 'nn', 'sv', 'de', 'en'];

/** One value a source found, with the snippet of the ad it came from. */
export interface Found<T> {
  value: T;
  /** The sentence or line of the ad the value was read from (shown to the user). */
  evidence: string;
  source: Source;
  /** True when part of the value was not in the ad (a year added to "5. januar"). */
  inferred?: boolean;
}

export interface ExtractOptions {
  /** The page's address: site adapters choose by it, relative links resolve against it. */
  url?: string | null;
  /** The day the page was seen, YYYY-MM-DD. Yearless dates resolve against it. */
  observed?: string | null;
  /** 'pdf-text' turns on de-hyphenation of words split across lines. */
  format?: 'text' | 'html' | 'pdf-text';
  /** Tests only: rethrow what the extractor otherwise catches (a parser's or adapter's bug), so
   *  that a test of hostile input fails on an exception instead of passing on an empty draft. */
  strict?: boolean;
  /** false: no site adapter runs (to measure the generic pipeline alone on a site's page). */
  adapters?: boolean;
  /** Told why the page was judged an ad or not (the verdict's reasons), for `npm run extract -- --why`. */
  onVerdict?: (reasons: string[], text: string, signals: Record<string, number>) => void;
}
