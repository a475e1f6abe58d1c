// The labelled corpora, in the format of ../shared/EXTRACTION.md, and one loader for all of them
// (the corpus and detection tests, the bench, `npm run score`).
//
// - real-dev / real-held: real pages, split once by source (scripts/split-corpus.ts); the rules
//   are tuned on real-dev only, and real-held measures them on pages they were not fitted to.
// - written: ads this project wrote itself, kept as unit-level examples; no score of its own.
// - seed: ../shared/corpus, the ads the project started from.
// - site-pages: ../shared/site-pages, real pages of the job boards the site adapters serve.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export const CORPORA = {
  'real-dev': join(ROOT, 'tests/corpus/real/dev'),
  'real-held': join(ROOT, 'tests/corpus/real/held'),
  written: join(ROOT, 'tests/corpus/written'),
  seed: join(ROOT, '../shared/corpus'),
  'site-pages': join(ROOT, '../shared/site-pages'),
} as const;
export type CorpusName = keyof typeof CORPORA;

export type Format = 'text' | 'html' | 'pdf-text';

export interface Label {
  source: string;
  language?: string;
  format?: Format;
  observed?: string | null;
  url?: string;
  complete?: boolean;
  notes?: string;
  expected: Record<string, unknown> & { isJobAd?: boolean };
}

export interface CorpusCase {
  corpus: CorpusName;
  name: string;
  /** Path of the page (.html, .txt or .pdf.txt). */
  page: string;
  html: boolean;
  label: Label;
  url: string | null;
  observed: string | null;
  format: Format;
  isJobAd: boolean;
}

/** The cases of one corpus folder, sorted by name; a missing folder has none. */
export function loadCorpus(corpus: CorpusName): CorpusCase[] {
  const dir = CORPORA[corpus];
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -5);
      const page = ['.html', '.txt'].map((e) => join(dir, name + e)).find((p) => existsSync(p));
      if (!page) return [];
      const label = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Label;
      const html = page.endsWith('.html');
      return [
        {
          corpus,
          name,
          page,
          html,
          label,
          url: label.url ?? null,
          observed: label.observed ?? null,
          format: label.format ?? (html ? 'html' : 'text'),
          isJobAd: label.expected.isJobAd !== false,
        },
      ];
    });
}

export const loadCorpora = (...names: CorpusName[]): CorpusCase[] => names.flatMap(loadCorpus);

/** Second-level suffixes under which a site's name is the third label (bbc.co.uk). */
const SECOND_LEVEL = new Set(['co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'org.au', 'co.nz', 'or.at', 'co.at', 'ac.at']);
/** Hosts of many unrelated sites, where each subdomain is a site of its own. */
const PLATFORMS = new Set(['blogspot.com', 'wordpress.com', 'github.io', 'custompublish.com', 'wixsite.com', 'jimdo.com']);

/**
 * The source a page came from, as the split groups them: a repository (owner/repo) or a website
 * (its registrable domain, so oslo.mdg.no and mdg.no are one source). Cases of one source are
 * written alike, so the split keeps them on one side.
 */
export function sourceKey(source: string): string {
  const repo = /^([\w.-]+\/[\w.-]+):/.exec(source.trim());
  if (repo) return repo[1]!.toLowerCase();
  const url = /https?:\/\/([^\s/)"',;:?#]+)/i.exec(source);
  if (!url) return source.trim().toLowerCase();
  const labels = url[1]!.toLowerCase().replace(/\.$/, '').split('.');
  const two = labels.slice(-2).join('.');
  const three = labels.slice(-3).join('.');
  return SECOND_LEVEL.has(two) || PLATFORMS.has(two) ? three : two;
}

/** An adapter fixture this project made up says so first in its source (tests/adapters/INDEX.md). */
export const isInventedSource = (source: string): boolean => /^INVENTED\b/u.test(source);
