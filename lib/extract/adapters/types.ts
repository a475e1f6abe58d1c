// A site adapter (Zotero-style translator): which pages it serves, whether a page of its site is
// one ad, and the facts it reads from the site's stable structure (ids, data-* attributes,
// itemprop, labelled lists, JSON in script tags). Its fields take precedence over JSON-LD and
// the generic text parsers, field by field; fields it leaves out come from the generic pipeline.
import type { DraftField } from '../../schema/draft';
import type { Found } from '../types';

export type AdapterFields = Partial<Record<DraftField, Found<unknown>>>;

export interface AdapterContext {
  /** The day the page was seen (YYYY-MM-DD), to give yearless dates a year. */
  observed: string | null;
}

export interface SiteAdapter {
  /** Short stable id, the name of its file and of its fixture folder ("jobindex"). */
  id: string;
  /** Human name ("Jobindex"). */
  name: string;
  /** Whether the adapter serves this address (host patterns; a DOM marker for custom domains). */
  matches(url: URL, doc?: Document): boolean;
  /** One ad (true), not an ad (false: a search list, a company page), or null: the generic verdict stands. */
  isAd?(doc: Document, url: URL): boolean | null;
  /** The element holding the ad's own text, when the generic choice of it goes wrong on this site
   *  (a page wrapped in one form). The text parsers then read only it. */
  root?(doc: Document, url: URL): Element | null;
  /** Fields this site's JSON-LD fills with another meaning, which the extractor then ignores
   *  (Indeed sets validThrough to the listing's expiry on every ad, never the employer's deadline). */
  structuredMisleads?: readonly DraftField[];
  /** The facts this site states in its own structure; values carry source 'adapter' and evidence. */
  extract(doc: Document, url: URL, ctx: AdapterContext): AdapterFields;
}
