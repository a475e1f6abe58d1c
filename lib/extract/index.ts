// The extractor: one page → one posting draft (../../shared/EXTRACTION.md).
//
// Sources, best first, merged field by field: schema.org JobPosting (JSON-LD, then microdata),
// page metadata (og:title, og:site_name, <title>, <html lang>, the first <h1>), then parsers over
// the ad's own text (./fields for dates, hours, pay, addresses, phones, contacts; this folder for
// title, organisation, location, language, apply link and the job-ad verdict). Every filled field
// records its evidence snippet and source. Never throws; huge input is capped.
import type { Draft, DraftField } from '../schema/draft';
import { emptyDraft } from '../schema/empty-draft';
import { sanitizeDraft } from './validate';
import type { ExtractOptions, Found, Lang } from './types';
import { makeTextContext, parseTextFields } from './fields/index';
import { pageText, type PageLink } from './html';
import { pageMeta, type PageMeta, splitTitle } from './meta';
import { findStructured, mapPosting, type FieldMap, type MappedPosting } from './structured';
import { cutChrome } from './chrome';
import { dehyphenate, looksLikePdfText } from './pdf';
import { looksLikeMarkdown, markdownToText } from './markdown';
import { detectLanguage } from './language';
import { hasTitleWord, scoreHeadline, titleFromRunningText, titleFromText, type TitleCandidate } from './title';
import {
  cleanOrgName,
  orgFromAddressLine,
  orgFromEmailDomain,
  orgFromLabel,
  orgFromPossessive,
  orgFromSiteName,
  expandAcronym,
} from './organization';
import { pickOrganization as pickOrgByScore } from './org-candidates';
import { locationFromText, placeInName, placeOfOrganization } from './location';
import { applyUrlFromLinks, applyUrlFromText } from './apply-url';
import { hasApplyPhrase, judgeJobAd } from './jobad';
import { clip, MAX_TEXT, tidyText } from './util';
import { rootDocument, runAdapter, type AdapterResult } from './adapters/index';
import { collectSignals, scoreSignals } from '../detect/index';
import { signalsFromText } from '../detect/text-page';

export type { ExtractOptions } from './types';

interface PageInput {
  meta: PageMeta | null;
  postings: MappedPosting[];
  distinctPostings: number;
  types: string[];
  links: PageLink[];
  h1: string | null;
  bodyText: string;
  /** The document's whole text, chrome included (to check a site name against); computed on demand. */
  docText?: () => string;
  /** What the site's adapter (./adapters) found: its fields win, its verdict can overrule. */
  site?: AdapterResult | null;
  /** The content script's detector lets the page pass (lib/detect): the badge needs both. */
  candidate: boolean;
}

const NO_PAGE: PageInput = { meta: null, postings: [], distinctPostings: 0, types: [], links: [], h1: null, bodyText: '', candidate: true };

/** A valid draft that says nothing: what a failure returns. */
function failDraft(): Draft {
  return emptyDraft();
}

export function extractFromDocument(doc: Document, opts: ExtractOptions = {}): Draft {
  try {
    const structured = findStructured(doc);
    const meta = pageMeta(doc);
    const site = opts.adapters === false ? null : runAdapter(doc, opts.url, opts.observed ?? null, opts.strict === true);
    let page = pageText(doc);
    if (site?.root) {
      const own = pageText(rootDocument(site.root));
      if (own.text.length >= 100) page = own;
    }
    let text = cutChrome(page.text);
    const hintLang = detectLanguage(text, meta.lang).lang;
    const postings = structured.distinctPostings === 1 ? structured.postings.map((p) => mapPosting(p, hintLang, opts.url)) : [];
    const desc = postings.find((p) => p.description)?.description ?? null;
    if (desc && text.length < 300) text = cutChrome(desc);
    return finish(
      core(text, opts, {
        meta,
        postings,
        distinctPostings: structured.distinctPostings,
        types: structured.types,
        links: page.links,
        h1: page.h1,
        bodyText: page.bodyText,
        // Where a site's name shows besides the ad: the page's text as read, and its header and
        // footer (skipped as chrome above). Never the whole body: a 2 MB page would cost ~50 ms.
        docText: () =>
          [
            page.bodyText,
            ...[...doc.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]')]
              .slice(0, 8)
              .map((e) => (e.textContent ?? '').slice(0, 5000)),
          ].join('\n'),
        site,
        candidate: scoreSignals(collectSignals(doc, opts.url ?? '')).candidate,
      }),
      opts,
    );
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

export function extractFromText(text: string, opts: ExtractOptions = {}): Draft {
  try {
    let t = String(text ?? '');
    if (t.length > MAX_TEXT) t = t.slice(0, MAX_TEXT);
    const candidate = scoreSignals(signalsFromText(t, opts.url ?? '')).candidate;
    t = t.normalize('NFC');
    if (looksLikeMarkdown(t)) t = markdownToText(t);
    if (opts.format === 'pdf-text' || looksLikePdfText(t)) t = dehyphenate(t);
    t = cutChrome(tidyText(t));
    return finish(core(t, opts, { ...NO_PAGE, bodyText: t, candidate }), opts);
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

type Candidates = Partial<Record<DraftField, Found<unknown>>>;

function found<T>(value: T, evidence: string, source: Found<T>['source'], inferred = false): Found<T> {
  return { value, evidence: clip(evidence, 300), source, ...(inferred ? { inferred } : {}) };
}

function core(text: string, opts: ExtractOptions, page: PageInput): Draft {
  const draft = emptyDraft();
  const chosen: Candidates = {};
  const structured: FieldMap = {};
  for (const p of page.postings) {
    for (const [k, v] of Object.entries(p.fields) as [DraftField, Found<unknown>][]) if (!(k in structured)) structured[k] = v;
  }
  // What a site's structured data states with another meaning (a listing's expiry as validThrough).
  for (const k of page.site?.structuredMisleads ?? []) delete structured[k];
  const datePosted = page.postings.find((p) => p.datePosted)?.datePosted ?? null;

  // Language.
  const inLanguage = page.postings.find((p) => p.inLanguage)?.inLanguage ?? null;
  const guess = detectLanguage(text, page.meta?.lang ?? inLanguage);
  const lang: Lang | null = guess.lang;
  if (lang) {
    const fromText = guess.hits >= 3;
    chosen.language = found(
      lang,
      fromText ? clip(text.slice(0, 160), 160) : `<html lang="${page.meta?.lang ?? inLanguage ?? ''}">`,
      fromText ? 'text' : 'meta',
    );
  }

  // Text fields (dates, hours, percent, salary, emails, phones, contacts).
  const ctx = makeTextContext(text, {
    lang,
    observed: opts.observed ?? null,
    anchors: datePosted ? [datePosted] : [],
    strict: opts.strict === true,
  });
  const structuredDeadline = ((page.site?.fields.deadline ?? structured.deadline)?.value as string | undefined) ?? null;
  let textFields: Candidates;
  try {
    textFields = parseTextFields(ctx, { deadline: structuredDeadline }) as Candidates;
  } catch (e) {
    if (opts.strict) throw e;
    textFields = {};
  }

  // Title.
  const titleRes = pickTitle(text, page);
  const titleCand = titleRes.cand;
  if (structured.title && !junkTitle(structured.title.value as string, page.meta)) chosen.title = structured.title;
  else if (titleCand) chosen.title = found(titleCand.title, titleCand.evidence, titleRes.source);

  // Location.
  if (structured.location) chosen.location = structured.location;
  else {
    // The headline's line, also when the position was read from running text instead.
    const headline = titleCand && !titleCand.running ? titleCand : titleRes.headline;
    const loc = locationFromText(text, headline ? headline.evidence : null);
    if (loc) chosen.location = found(loc.value, loc.evidence, 'text');
    else {
      const weak = page.postings.find((p) => p.weakLocation)?.weakLocation;
      if (weak) chosen.location = found(weak, `addressCountry: ${weak}`, page.postings[0]!.fields.title?.source ?? 'jsonld');
    }
  }

  // Organisation.
  const people = ((textFields.contacts?.value as { name: string }[] | undefined) ?? []).map((c) => c.name);
  const orgPlace: { place?: Found<string> } = {};
  const org = pickOrganization(
    text,
    page,
    titleCand,
    titleRes.headOrg,
    (chosen.location?.value as string | undefined) ?? null,
    people,
    orgPlace,
  );
  if (structured.organization) chosen.organization = structured.organization;
  else if (org) {
    // "GGS" where the ad also spells it out: the name a reader knows it by.
    const full = expandAcronym(String(org.value), text);
    chosen.organization = full ? found(full.value, full.evidence, org.source) : org;
  }

  // No workplace stated: the place an organisation is named after ("Fredericia Kommune"), marked inferred.
  if (!chosen.location && orgPlace.place) chosen.location = orgPlace.place;
  if (!chosen.location && chosen.organization) {
    const place = placeOfOrganization(String(chosen.organization.value));
    if (place) chosen.location = found(place, chosen.organization.evidence, chosen.organization.source, true);
  }

  // Apply link.
  if (structured.applyUrl) chosen.applyUrl = structured.applyUrl;
  else {
    const a = applyUrlFromLinks(page.links, opts.url) ?? applyUrlFromText(text);
    if (a) chosen.applyUrl = found(a.value, a.evidence, 'text');
  }

  // Deadline: structured wins, unless junk; the text's time of day refines the same date.
  const td = textFields.deadline as Found<string> | undefined;
  const sd = structured.deadline as Found<string> | undefined;
  if (sd && !junkDeadline(sd.value, datePosted)) {
    chosen.deadline = td && td.value.length > sd.value.length && td.value.slice(0, 10) === sd.value ? td : sd;
  } else if (td) chosen.deadline = td;

  for (const f of ['startDate', 'salary'] as const) {
    const s = structured[f];
    const t = textFields[f];
    if (s && !(f === 'salary' && ((s.value as { amount: number | null }).amount ?? 0) <= 0)) chosen[f] = s;
    else if (t) chosen[f] = t;
  }
  for (const f of ['startText', 'interviewDates', 'hoursPerWeek', 'employmentPercent', 'emails', 'phones', 'contacts'] as const) {
    const t = textFields[f] ?? structured[f];
    if (t) chosen[f] = t;
  }
  // The site adapter's fields win over JSON-LD and text, field by field.
  // Lists (emails, phones) are joined: the site's own first, then the text's.
  for (const [k, v] of Object.entries(page.site?.fields ?? {}) as [DraftField, Found<unknown>][]) {
    const prev = chosen[k]?.value;
    chosen[k] =
      (k === 'emails' || k === 'phones') && Array.isArray(prev)
        ? { ...v, value: [...new Set([...(v.value as string[]), ...(prev as string[])])] }
        : v;
    if (k === 'startText') delete chosen.startDate;
  }
  if (chosen.startDate && chosen.startText) delete chosen.startText;

  // The verdict.
  const verdict = judgeJobAd({
    text,
    bodyText: page.bodyText || text,
    links: page.links,
    distinctPostings: page.distinctPostings,
    types: page.types,
    ogType: page.meta?.ogType ?? null,
    title: titleCand,
    facts: {
      deadline: !!chosen.deadline,
      start: !!(chosen.startDate ?? chosen.startText),
      hours: !!chosen.hoursPerWeek,
      percent: !!chosen.employmentPercent,
      salary: !!chosen.salary,
      contacts: nonEmpty(chosen.contacts),
      apply: !!chosen.applyUrl || hasApplyPhrase(text),
      interview: nonEmpty(chosen.interviewDates),
    },
  });
  draft.isJobAd = verdict.isJobAd;
  draft.confidence = verdict.confidence;
  const siteVerdict = page.site?.isAd ?? null;
  if (siteVerdict !== null && siteVerdict !== verdict.isJobAd) {
    draft.isJobAd = siteVerdict;
    draft.confidence = 0.9;
  }
  // The badge is the detector's pass confirmed by this verdict: a page the detector lets by is no
  // ad here either, so that the badge and the extractor always agree.
  if (draft.isJobAd && !page.candidate) {
    draft.isJobAd = false;
    verdict.reasons.push('the detector lets the page pass by');
  }
  opts.onVerdict?.(verdict.reasons, text, verdict.signals);

  const record = draft as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(chosen) as [DraftField, Found<unknown>][]) {
    if (v === undefined || v.value === null || v.value === undefined) continue;
    record[k] = v.value;
    draft.evidence[k] = clip(v.evidence || String(v.value), 1000);
    draft.sources![k] = v.source;
    if (v.inferred) draft.inferred!.push(k);
  }
  return draft;
}

const nonEmpty = (f: Found<unknown> | undefined): boolean => Array.isArray(f?.value) && f.value.length > 0;

function junkTitle(t: string, meta: PageMeta | null): boolean {
  const s = t.trim();
  if (s.length < 2 || s.length > 200) return true;
  if (meta?.siteName && s.toLowerCase() === meta.siteName.toLowerCase()) return true;
  return false;
}

function junkDeadline(d: string, posted: string | null): boolean {
  const y = Number(d.slice(0, 4));
  if (y < 2000 || y > 2100) return true;
  if (posted && d.slice(0, 10) < posted) return true;
  return false;
}

function pickTitle(
  text: string,
  page: PageInput,
): { cand: TitleCandidate | null; source: Found<string>['source']; headOrg: string | null; headline: TitleCandidate | null } {
  const fromText = titleFromText(text);
  let best: TitleCandidate | null = fromText.best;
  let source: Found<string>['source'] = 'text';
  const consider = (line: string | null | undefined, bonus: number): void => {
    if (!line) return;
    const c = scoreHeadline(line, 0);
    if (!c) return;
    c.score += bonus;
    if (!best || c.score > best.score) {
      best = c;
      source = 'meta';
    }
  };
  consider(page.h1, 3);
  if (page.meta) {
    consider(page.meta.ogTitle, 0.5);
    consider(page.meta.title, 0);
  }
  const running = titleFromRunningText(text);
  const b = best as TitleCandidate | null;
  // A headline that names no position ("Stellenausschreibung Abgeordnetenbüro Torgau") gives way
  // to the position the text names ("… sucht eine/n Mitarbeiter/in").
  if (running && (!b || (!hasTitleWord(b.title) && (b.score < 2 || b.form !== 'label'))))
    return { cand: running, source: 'text', headOrg: fromText.headOrg, headline: b };
  return { cand: b, source, headOrg: fromText.headOrg, headline: b };
}

function pickOrganization(
  text: string,
  page: PageInput,
  title: TitleCandidate | null,
  headOrg: string | null,
  location: string | null,
  people: string[],
  out: { place?: Found<string> },
): Found<string> | null {
  const got = pickOrganizationFromText(text, page, title, headOrg, people, out);
  const needSite = !got || got.source !== 'meta';
  const pageText = needSite && (page.meta?.siteName || page.meta?.titleSite) ? (page.docText ? page.docText() : text) : text;
  const site = orgFromSiteName(page.meta?.siteName ?? null, pageText) ?? orgFromSiteName(page.meta?.titleSite ?? null, pageText);
  // The workplace ("Arbejdssted: Børnehuset Solsikken, …") is not always the employer: when the
  // name found is the workplace and the site names an organisation, the site's owner hires.
  if (got && site && location && location.toLocaleLowerCase().includes(String(got.value).toLocaleLowerCase()) && got.source !== 'meta') {
    return found(site.value, site.evidence, 'meta');
  }
  if (got) return got;
  if (site) return found(site.value, site.evidence, 'meta');
  if (title?.org) {
    const v = cleanOrgName(title.org);
    if (v) return found(v, title.evidence, 'text');
  }
  return null;
}

function pickOrganizationFromText(
  text: string,
  page: PageInput,
  title: TitleCandidate | null,
  headOrg: string | null,
  people: string[],
  out: { place?: Found<string> },
): Found<string> | null {
  const label = orgFromLabel(text);
  if (label) return found(label.value, label.evidence, 'text');
  if (headOrg) {
    const v = cleanOrgName(headOrg);
    if (v) return found(v, headOrg, 'text');
  }
  const site = page.meta?.siteName ?? page.meta?.titleSite ?? null;
  const pick = pickOrgByScore(text, {
    headline: title && !title.running ? title.evidence : null,
    siteName: site,
    people,
    titleOrg: title && !title.running ? title.org : null,
  });
  if (pick) {
    // "Moderaterna i Upplands Väsby søger …": the name stops before the place, which is the workplace's.
    const place = placeInName(pick.value);
    if (place) out.place = found(place, pick.evidence, 'text', true);
    return found(cleanOrgName(pick.value) ?? pick.value, pick.evidence, 'text');
  }
  const addr = orgFromAddressLine(page.bodyText || text);
  if (addr) return found(addr.value, addr.evidence, 'text');
  const poss = orgFromPossessive(text);
  if (poss) return found(poss.value, poss.evidence, 'text');
  const byDomain = orgFromEmailDomain(text);
  if (byDomain) return found(byDomain.value, byDomain.evidence, 'text');
  // A "til Børnehuset Solsikken" in the title: the workplace, checked against the site above.
  if (title?.org && !title.running && title.form !== 'verb') {
    const v = cleanOrgName(title.org);
    if (v && properNameIn(v, text)) return found(v, title.evidence, 'text');
  }
  return null;
}

function properNameIn(v: string, text: string): boolean {
  return text.split(v).length > 2 || /\p{Lu}.{0,40}\p{Lu}/u.test(v);
}

/** Validates the draft (by hand, no zod in the bundle); fields that break the schema are emptied. */
function finish(d: Draft, opts: ExtractOptions): Draft {
  try {
    return sanitizeDraft(d);
  } catch (e) {
    if (opts.strict) throw e;
    return failDraft();
  }
}

export { splitTitle };
