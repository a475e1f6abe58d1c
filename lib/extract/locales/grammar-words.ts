// The small words the parsers share: prepositions, articles, conjunctions, units and the like.
// Each language file exports `grammar` with the same keys; code reads them through ./grammar.ts
// (every language's words at once, as the structure words are read).
import type { Lang } from '../types';

export interface GrammarWords {
  /** Conjunctions that start a line continuing the last one in PDF text ("og", "and"). */
  conjunctions: string[];
  /** The word that opens a section about something ("Om arbeidsstaden", "About the organisation", "Über uns"). */
  aboutWords: string[];
  /** "and" between words of one name or title. */
  andWords: string[];
  /** "or" ("1. august eller efter aftale"). */
  orWords: string[];
  /** Relative pronouns that start a clause after a title or place ("der", "som", "who"). */
  relativeWords: string[];
  /** "where" after a place ("hvor", "wo"). */
  whereWords: string[];
  /** "with" after a title ("med", "mit"): what the position asks or gives follows. */
  withWords: string[];
  /** Prepositions that start a clause after a title ("til vores …", "to our …"). */
  clausePrepositions: string[];
  /** The infinitive marker ("at", "å", "att", "to"). */
  infinitiveMarkers: string[];
  /** Words of a time phrase after a hiring verb ("sucht zum 1. Mai", "søker snarest"). */
  timeWords: string[];
  /** "now" after a verb ("søger nu"). */
  nowWords: string[];
  /** "we" as a subject ("vi", "wir"). */
  wePronouns: string[];
  /** "to"/"til" that joins a position to its organisation ("Koordinator til 92-gruppen"). */
  toWords: string[];
  /** "for"/"hos"/"at" that joins a position to its organisation at a headline's end. */
  forWords: string[];
  /** Terms of employment that are no title ("heltid", "part-time"). */
  employmentTerms: string[];
  /** The first step of a breadcrumb or menu ("Forside", "Home"). */
  homeWords: string[];
  /** Labels of a case or reference number ("Sagsnr", "Kennziffer"). */
  referenceWords: string[];
  /** "number" abbreviated ("Nr", "No"). */
  numberWords: string[];
  /** "is" ("er", "ist", "är"). */
  copulas: string[];
  /** "was" ("var", "wurde"). */
  pastCopulas: string[];
  /** "a"/"an" ("en", "ein", "ett"). */
  indefiniteArticles: string[];
  /** "the" written as a word ("den", "der", "the"). */
  definiteArticles: string[];
  /** Words before a company's name in a genitive ("der X GmbH", "of the X Ltd"). */
  genitiveArticles: string[];
  /** Small words inside an organisation's name ("Foreningen for …", "Høgskulen på Vestlandet"). */
  nameJoiners: string[];
  /** Particles inside a person's name ("von", "van", "af"). */
  nameParticles: string[];
  /** Prefixes glued to a surname before its second capital ("McCulloch", "O'Brien"), as written. */
  surnamePrefixes: string[];
  /** Small words inside a place name ("Frankfurt am Main", "Bryne i Jæren"). */
  placeJoiners: string[];
  /** Prepositions before a place ("i Aarhus", "in Berlin"). */
  placePrepositions: string[];
  /** "in"/"i"/"på" before the place in an organisation's name ("Moderaterna i Upplands Väsby"). */
  inWords: string[];
  /** "til" before a place at a headline's end ("Organist til Løgumkloster Kirke"). */
  headlineToWords: string[];
  /** Words of a floor in an address ("2. sal", "3. OG"), as written. */
  floorWords: string[];
  /** Endings of street names ("vej", "gate", "straße", "road"). */
  streetSuffixes: string[];
  /** Words between a person and their number or address ("på", "tlf.", "unter", "on"). */
  tieWords: string[];
  /** Words that end a role after a name, before the number ("… på", "… tel"). */
  clauseEndWords: string[];
  /** Words between a name and an e-mail address ("på", "e-mail"). */
  emailLeadWords: string[];
  /** Prepositions inside a role ("Head of Policy", "leder for …"). */
  rolePrepositions: string[];
  /** "is"/"becomes" between a name and a role. */
  roleCopulas: string[];
  /** Words after a count of comments ("3 kommentarer"). */
  commentCountWords: string[];
  /** Headings of a comment thread ("Skriv en kommentar"). */
  commentHeadings: string[];
  /** Ordinal endings after a day ("2nd", "21st"). */
  ordinalSuffixes: string[];
  /** Words between a weekday and a date ("den", "the", "am"). */
  dateArticles: string[];
  /** Words between a week number and its year ("uge 20 i 2026"). */
  weekYearJoiners: string[];
  /** Words before a time of day ("kl.", "klokken", "um", "at"). */
  clockWords: string[];
  /** Words for "@" in an obfuscated address ("(at)", "(snabel-a)"). */
  atSignWords: string[];
  /** Words between the two ends of a range of hours ("30 til 37 timer"). */
  rangeConnectors: string[];
  /** Words for "." in an obfuscated address ("dot", "punkt"). */
  dotWords: string[];
  /** Words for "%" ("procent", "prozent"). */
  percentWords: string[];
  /** Currency words ("kr.", "kroner", "eur"). */
  currencyWords: string[];
  /** Nouns after a number that make it no pay ("medlemmer", "years"). */
  countNouns: string[];
  /** A magnitude after an amount, which makes it a budget or a company's size, no pay ("$100 million"). */
  magnitudeWords: string[];
  /** "page" in a page mark ("side 2 af 3"). */
  pageWords: string[];
  /** "of" in a page mark ("side 2 af 3"). */
  ofWords: string[];
  /** Words of a post box ("Postboks", "Postfach"). */
  postBoxWords: string[];
  /** Divisions after an organisation's name ("…, afdeling Nord"). */
  orgDivisionWords: string[];
  /** Abbreviations written with a full stop that ends no sentence ("ca.", "evt.", "bzw.", "Dr."). */
  abbreviations: string[];
  /** Endings of a noun's definite, plural and genitive forms ("Foreningen", "Kirkerne", "Vereins"). */
  definiteEndings: string[];
  /** Endings of inflected position names: plurals and feminine forms ("kirketjenere", "vikarar", "Lehrerinnen"). */
  inflectionEndings: string[];
  /** "All genders" as a gender mark ("(all genders)"). */
  genderAll: string[];
  /** Words that end a title or a name taken from running text (prepositions, conjunctions, verbs). */
  stopWords: string[];
}

import { grammar as da } from './da';
import { grammar as nb } from './nb';
import { grammar as nn } from './nn';
import { grammar as sv } from './sv';
import { grammar as de } from './de';
import { grammar as en } from './en';

export const GRAMMAR_WORDS: Readonly<Record<Lang, GrammarWords>> = { da, nb, nn, sv, de, en };
