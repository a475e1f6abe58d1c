// The registry of site adapters. They load with the extractor (entrypoints/extractor.ts), never
// with the content script. Each adapter call is wrapped: a broken adapter leaves the generic result.
import type { DraftField } from '../../schema/draft';
import type { AdapterFields, SiteAdapter } from './types';
import { visibleLength } from './kit';
import { arbeidsplassen } from './arbeidsplassen';
import { emply } from './emply';
import { finn } from './finn';
import { hrManager } from './hr-manager';
import { hrOn } from './hr-on';
import { indeed } from './indeed';
import { jobbnorge } from './jobbnorge';
import { jobindex } from './jobindex';
import { jobnet } from './jobnet';
import { linkedin } from './linkedin';
import { ofir } from './ofir';
import { platsbanken } from './platsbanken';
import { reachmee } from './reachmee';
import { teamtailor } from './teamtailor';
import { thehub } from './thehub';
import { varbi } from './varbi';
import { webcruiter } from './webcruiter';

export type { AdapterFields, SiteAdapter } from './types';

/** Characters of visible text below which a page at an ad's address is a shell, no ad. */
const SHELL_TEXT = 200;

/** Host-specific adapters first; Teamtailor (which also serves custom domains by a DOM marker) last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  jobindex,
  jobnet,
  hrManager,
  emply,
  hrOn,
  ofir,
  arbeidsplassen,
  finn,
  webcruiter,
  jobbnorge,
  varbi,
  platsbanken,
  reachmee,
  thehub,
  linkedin,
  indeed,
  teamtailor,
];

export interface AdapterResult {
  id: string;
  fields: AdapterFields;
  /** The adapter's verdict, or null when the generic verdict stands. */
  isAd: boolean | null;
  /** The element holding the ad's text, when the adapter names one. */
  root: Element | null;
  /** Fields of the site's structured data that mean something else there. */
  structuredMisleads: readonly DraftField[];
}

/** A stand-in document whose body is `root`, so the generic page walk reads only the ad. */
export function rootDocument(root: Element): Document {
  return { body: root, documentElement: root, querySelectorAll: (sel: string) => root.querySelectorAll(sel) } as unknown as Document;
}

/** The adapter that serves the page, if any, and what it found; null on no match or any failure
 *  (rethrown when `strict`, for tests). */
export function runAdapter(
  doc: Document,
  url: string | null | undefined,
  observed: string | null = null,
  strict = false,
): AdapterResult | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const a of ADAPTERS) {
    let hit: boolean;
    try {
      hit = a.matches(u, doc);
    } catch (e) {
      if (strict) throw e;
      hit = false;
    }
    if (!hit) continue;
    try {
      const isAd = a.isAd ? a.isAd(doc, u) : null;
      const fields: AdapterFields = {};
      for (const [k, v] of Object.entries(a.extract(doc, u, { observed })) as [keyof AdapterFields, AdapterFields[keyof AdapterFields]][]) {
        if (v && v.value !== null && v.value !== undefined && !(typeof v.value === 'string' && v.value.trim() === '')) fields[k] = v;
      }
      const root = a.root ? a.root(doc, u) : null;
      // An ad's address is not an ad: a rate-limit shell, a login wall or an error page at a job's
      // URL has none of the ad's fields. A page that shows next to no text is no ad; one that
      // shows text in a layout the adapter does not know is left to the generic verdict.
      const verdict =
        isAd === false
          ? false
          : fields.title || fields.organization
            ? isAd
            : isAd === true && visibleLength(doc, SHELL_TEXT) < SHELL_TEXT
              ? false
              : null;
      return { id: a.id, fields, isAd: verdict, root, structuredMisleads: a.structuredMisleads ?? [] };
    } catch (e) {
      if (strict) throw e;
      return null;
    }
  }
  return null;
}
