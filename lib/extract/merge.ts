// The extractor's choice, field by field, among what the sources found (see ./index.ts): the
// structured data, the site adapter and the text parsers, merged in stages into one draft with
// each value's evidence and source, and the job-ad verdict.
import type { Contact, Draft, DraftField } from '../schema/draft';
import { FIELDS, fieldSpec, type FieldSpec } from '../schema/fields';
import { emptyDraft } from '../schema/empty-draft';
import type { ExtractOptions, Found, Lang } from './types';
import { makeTextContext, parseTextFields } from './fields/index';
import { type PageLink } from './page/html';
import { type PageMeta } from './page/meta';
import { type FieldMap, type MappedPosting } from './structured';
import { detectLanguage } from './fields/language';
import { scoreHeadline, titleFromText, type TitleCandidate } from './fields/title';
import { hasTitleWord } from './fields/title-words';
import { NAMED_OUTRIGHT, titleFromRunningText } from './fields/title-running';
import { expandAcronym } from './fields/organization';
import { locationFromText, placeOfOrganization } from './fields/location';
import { locationFromKnownTown } from './fields/location-known';
import { placeNamedWithOrganization } from './fields/org-place';
import { applyUrlFromLinks, applyUrlFromText } from './fields/apply-url';
import { hostOf } from '../url';
import { hasApplyPhrase, judgeJobAd } from './verdict/jobad';
import { clip, found } from './util';
import { pickOrganization } from './employer';
import { type AdapterResult } from './adapters/index';

export interface PageInput {
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

export const NO_PAGE: PageInput = {
  meta: null,
  postings: [],
  distinctPostings: 0,
  types: [],
  links: [],
  h1: null,
  bodyText: '',
  candidate: true,
};

type Candidates = Partial<Record<DraftField, Found<unknown>>>;

/** What the stages of one extraction share: the text, the page, and the candidates chosen so far. */
interface Work {
  text: string;
  opts: ExtractOptions;
  page: PageInput;
  /** The fields of the page's structured data (JSON-LD, microdata), first posting first. */
  structured: FieldMap;
  datePosted: string | null;
  lang: Lang | null;
  /** What the text parsers found. */
  textFields: Candidates;
  titleRes: ReturnType<typeof pickTitle>;
  titleCand: TitleCandidate | null;
  /** The value chosen for each field, with its evidence and source. */
  chosen: Candidates;
}

/** The extraction, stage by stage: structured data and language, the text's fields, title, place
 *  and organisation, the other fields, the site adapter's, the verdict, the draft. */
export function core(text: string, opts: ExtractOptions, page: PageInput): Draft {
  const w = { text, opts, page, chosen: {} } as Work;
  readStructured(w);
  chooseLanguage(w);
  readTextFields(w);
  chooseTitlePlaceOrganization(w);
  chooseOtherFields(w);
  applySite(w);
  const draft = emptyDraft();
  judge(w, draft);
  return writeDraft(draft, w.chosen);
}

/** The structured data's fields, without those the site's data means otherwise. */
function readStructured(w: Work): void {
  w.structured = {};
  for (const p of w.page.postings) {
    for (const [k, v] of Object.entries(p.fields) as [DraftField, Found<unknown>][]) if (!(k in w.structured)) w.structured[k] = v;
  }
  // What a site's structured data states with another meaning (a listing's expiry as validThrough).
  for (const k of w.page.site?.structuredMisleads ?? []) delete w.structured[k];
  w.datePosted = w.page.postings.find((p) => p.datePosted)?.datePosted ?? null;
}

function chooseLanguage(w: Work): void {
  // Language.
  const inLanguage = w.page.postings.find((p) => p.inLanguage)?.inLanguage ?? null;
  const guess = detectLanguage(w.text, w.page.meta?.lang ?? inLanguage);
  w.lang = guess.lang;
  if (w.lang) {
    const fromText = guess.hits >= 3;
    w.chosen.language = found(
      w.lang,
      fromText ? clip(w.text.slice(0, 160), 160) : `<html lang="${w.page.meta?.lang ?? inLanguage ?? ''}">`,
      fromText ? 'text' : 'meta',
    );
  }
}

function readTextFields(w: Work): void {
  // Text fields (dates, hours, percent, salary, emails, phones, contacts).
  const ctx = makeTextContext(w.text, {
    lang: w.lang,
    observed: w.opts.observed ?? null,
    anchors: w.datePosted ? [w.datePosted] : [],
    url: w.opts.url ?? null,
    strict: w.opts.strict === true,
  });
  const structuredDeadline = ((w.page.site?.fields.deadline ?? w.structured.deadline)?.value as string | undefined) ?? null;
  try {
    w.textFields = parseTextFields(ctx, { deadline: structuredDeadline }) as Candidates;
  } catch (e) {
    if (w.opts.strict) throw e;
    w.textFields = {};
  }
}

/** Title, workplace and organisation, which inform each other. */
function chooseTitlePlaceOrganization(w: Work): void {
  // Title.
  w.titleRes = pickTitle(w.text, w.page);
  w.titleCand = w.titleRes.cand;
  if (w.structured.title && !junkTitle(w.structured.title.value as string, w.page.meta)) w.chosen.title = w.structured.title;
  else if (w.titleCand) w.chosen.title = found(w.titleCand.title, w.titleCand.evidence, w.titleRes.source);

  // Location.
  if (w.structured.location) w.chosen.location = w.structured.location;
  else {
    // The headline's line, also when the position was read from running text instead.
    const headline = w.titleCand && !w.titleCand.running ? w.titleCand : w.titleRes.headline;
    const loc = locationFromText(w.text, headline ? headline.evidence : null);
    if (loc) w.chosen.location = found(loc.value, loc.evidence, 'text');
    else {
      const weak = w.page.postings.find((p) => p.weakLocation)?.weakLocation;
      if (weak) w.chosen.location = found(weak, `addressCountry: ${weak}`, w.page.postings[0]!.fields.title?.source ?? 'jsonld');
    }
  }

  // Organisation.
  const people = ((w.textFields.contacts?.value as { name: string }[] | undefined) ?? []).map((c) => c.name);
  const orgPlace: { place?: Found<string> } = {};
  const org = pickOrganization(
    w.text,
    w.page,
    w.titleCand,
    w.titleRes.headOrg,
    (w.chosen.location?.value as string | undefined) ?? null,
    people,
    orgPlace,
    hostOf(w.opts.url),
  );
  if (w.structured.organization) w.chosen.organization = w.structured.organization;
  else if (org) {
    // "GGS" where the ad also spells it out: the name a reader knows it by.
    const full = expandAcronym(String(org.value), w.text);
    w.chosen.organization = full ? found(full.value, full.evidence, org.source) : org;
  }

  // No workplace stated: the place an organisation is named after ("Fredericia Kommune"), marked inferred.
  if (!w.chosen.location && orgPlace.place) w.chosen.location = orgPlace.place;
  if (!w.chosen.location && w.chosen.organization) {
    const name = String(w.chosen.organization.value);
    const place = placeOfOrganization(name, w.text) ?? placeNamedWithOrganization(name, w.text);
    if (place) w.chosen.location = found(place, w.chosen.organization.evidence, w.chosen.organization.source, true);
  }
  // Nor the organisation's: a known town the text places something in ("på vores kontor i Horsens").
  const town = w.chosen.location ? null : locationFromKnownTown(w.text);
  if (town) w.chosen.location = found(town.value, town.evidence, 'text');
}

/** Apply link, deadline, start, pay, hours, size, addresses and contacts. */
function chooseOtherFields(w: Work): void {
  // Apply link.
  if (w.structured.applyUrl) w.chosen.applyUrl = w.structured.applyUrl;
  else {
    const a = applyUrlFromLinks(w.page.links, w.opts.url) ?? applyUrlFromText(w.text);
    if (a) w.chosen.applyUrl = found(a.value, a.evidence, 'text');
  }

  // Deadline: structured wins, unless junk; the text's time of day refines the same date.
  const td = w.textFields.deadline as Found<string> | undefined;
  const sd = w.structured.deadline as Found<string> | undefined;
  if (sd && !junkDeadline(sd.value, w.datePosted)) {
    w.chosen.deadline = td && td.value.length > sd.value.length && td.value.slice(0, 10) === sd.value ? td : sd;
  } else if (td) w.chosen.deadline = td;

  // The other facts as the field table (../schema/fields.ts) says: structured data or text first.
  for (const [f, spec] of Object.entries(FIELDS) as [DraftField, FieldSpec][]) {
    if (spec.merge === 'own') continue;
    let s = w.structured[f];
    // Pay without an amount (a JobPosting's empty baseSalary) is none.
    if (s && spec.kind === 'salary' && ((s.value as { amount: number | null }).amount ?? 0) <= 0) s = undefined;
    const t = w.textFields[f];
    const v = spec.merge === 'structured' ? (s ?? t) : (t ?? s);
    if (v) w.chosen[f] = v;
  }
  dropOrganizationAsPerson(w);
}

/** "Fresvik Produkt søkjer …": a name the organisation bears, with no number or address, is no contact person. */
function dropOrganizationAsPerson(w: Work): void {
  const org = String(w.chosen.organization?.value ?? '').toLocaleLowerCase();
  const contacts = w.chosen.contacts;
  if (!org || !contacts || !Array.isArray(contacts.value)) return;
  const people = (contacts.value as Contact[]).filter((p) => p.phone || p.email || !org.includes(p.name.toLocaleLowerCase()));
  if (people.length !== contacts.value.length) w.chosen.contacts = { ...contacts, value: people };
}

/** The site adapter's fields win over JSON-LD and text, field by field. */
function applySite(w: Work): void {
  // The site adapter's fields win over JSON-LD and text, field by field.
  // Lists the table marks (emails, phones) are joined: the site's own first, then the text's.
  for (const [k, v] of Object.entries(w.page.site?.fields ?? {}) as [DraftField, Found<unknown>][]) {
    const prev = w.chosen[k]?.value;
    w.chosen[k] =
      fieldSpec(k).joinSite && Array.isArray(prev) ? { ...v, value: [...new Set([...(v.value as string[]), ...(prev as string[])])] } : v;
    if (k === 'startText') delete w.chosen.startDate;
  }
  if (w.chosen.startDate && w.chosen.startText) delete w.chosen.startText;
}

/** Ad or not: the verdict, the site's, and the detector's pass (the badge agrees with it). */
function judge(w: Work, draft: Draft): void {
  // The verdict.
  const verdict = judgeJobAd({
    text: w.text,
    bodyText: w.page.bodyText || w.text,
    links: w.page.links,
    distinctPostings: w.page.distinctPostings,
    types: w.page.types,
    ogType: w.page.meta?.ogType ?? null,
    title: w.titleCand,
    facts: {
      deadline: !!w.chosen.deadline,
      start: !!(w.chosen.startDate ?? w.chosen.startText),
      hours: !!w.chosen.hoursPerWeek,
      percent: !!w.chosen.employmentPercent,
      salary: !!w.chosen.salary,
      contacts: nonEmpty(w.chosen.contacts),
      apply: !!w.chosen.applyUrl || hasApplyPhrase(w.text),
      interview: nonEmpty(w.chosen.interviewDates),
    },
  });
  draft.isJobAd = verdict.isJobAd;
  draft.confidence = verdict.confidence;
  const siteVerdict = w.page.site?.isAd ?? null;
  if (siteVerdict !== null && siteVerdict !== verdict.isJobAd) {
    draft.isJobAd = siteVerdict;
    draft.confidence = 0.9;
  }
  // The badge is the detector's pass confirmed by this verdict: a page the detector lets by is no
  // ad here either, so that the badge and the extractor always agree.
  if (draft.isJobAd && !w.page.candidate) {
    draft.isJobAd = false;
    verdict.reasons.push('the detector lets the page pass by');
  }
  w.opts.onVerdict?.(verdict.reasons, w.text, verdict.signals);
}

/** The chosen values, evidence, sources and guess marks, into the draft. */
function writeDraft(draft: Draft, chosen: Candidates): Draft {
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

/** Days after datePosted beyond which a validThrough is the listing's expiry (a site's run of three,
 *  six or twelve months), not the last day to apply: an application round is weeks long. */
const EXPIRY_DAYS = 120;

function junkDeadline(d: string, posted: string | null): boolean {
  const y = Number(d.slice(0, 4));
  if (y < 2000 || y > 2100) return true;
  if (posted && d.slice(0, 10) < posted) return true;
  if (posted && (Date.parse(d.slice(0, 10)) - Date.parse(posted.slice(0, 10))) / 86_400_000 > EXPIRY_DAYS) return true;
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
  // …and a line that scores below nothing ("Spanande arbeidsoppgåver med motiverte elevar …") gives way to
  // the position a sentence names outright ("Eit vikariat som dansepedagog …").
  if (
    running &&
    (!b || (!hasTitleWord(b.title) && (b.score < 2 || b.form !== 'label')) || (b.score < 0 && running.score === NAMED_OUTRIGHT))
  )
    return { cand: running, source: 'text', headOrg: fromText.headOrg, headline: b };
  return { cand: b, source, headOrg: fromText.headOrg, headline: b };
}

/** Validates the draft (by hand, no zod in the bundle); fields that break the schema are emptied. */
