// The words of the structure parsers (title, organisation, location, language, job-ad detection,
// apply links, page chrome). Each language's list is data in its own file (./da.ts …, `structure`),
// with the same keys; this module names the keys and gathers the languages.
import type { Lang } from '../types';

export interface StructureWords {
  /** Endings of position names ("koordinator" in "frivilligkoordinator"), to tell a title line. */
  titleWords: string[];
  /** Nouns for a position that end compounds naming it ("pædagogmedhjælperstilling", "Dirigentjobben"), lower case. */
  positionNouns: string[];
  /** Position names that count only as the end of a compound, being other words alone ("kulturvært", "Platzwart";
   *  "vært" alone is "been" in Norwegian), lower case. */
  titleCompoundEnds: string[];
  /** Section headings of an ad ("Arbejdsopgaver", "Ihr Profil", "The role"), lower case: never its title, and evidence of an ad's structure. */
  sectionHeadings: string[];
  /** Headline prefixes that announce an ad, stripped before ":" or a dash ("Jobopslag: …"). */
  headlinePrefixes: string[];
  /** "<Org> søger <title>": the verb between a subject and the position. */
  hiringVerbs: string[];
  /** "<Org> har ledig 75 % fast stilling", "X has a vacancy for": an organisation with a post open, lower case. */
  vacancyVerbs: string[];
  /** Verbs of seeking in running text, the position after them ("Sognet søger en ny kirketjener", "søker vi etter en Sales Manager"). */
  seekVerbs: string[];
  /** "Som <title> vil du …": the words before a position the reader is told about … */
  asRole: string[];
  /** … and the words after it ("vil du", "you will", "wirst du"). */
  asRoleThen: string[];
  /** Verbs after a position named as the subject in its definite form, which opens a Nordic ad's
   *  text ("Avdelingslederen skal …", "Kommunalsjefen spiller …"); none where nouns take articles. */
  subjectVerbs: string[];
  /** "Vi søger (en) <title>": we-forms that introduce the position. */
  weSeek: string[];
  /** Indefinite articles and quantity words dropped before a title ("en", "a"). */
  articles: string[];
  /** "… en stilling som <title>": nouns+preposition that introduce the position in running text. */
  positionAs: string[];
  /** "<title> søges": passive forms after the title. */
  sought: string[];
  /** Label words of a title line ("Stillingstittel: …"). */
  titleLabels: string[];
  /** Label words of an employer line ("Arbeidsgiver: …"). */
  employerLabels: string[];
  /** Label words of a workplace line ("Arbejdssted: …"). */
  locationLabels: string[];
  /** Phrases that place the job in running text, the place after them ("med arbejdssted i", "based in", "mit Dienstort"). */
  basedIn: string[];
  /** Organisations named after their place ("Fredericia Kommune", "Stege Sogn", "Longford County Council", "Bydel Grorud"): the place is where the job is, unless the ad says otherwise. */
  placeOrgWords: string[];
  /** Words before "of" and a place that name the place's own authority ("Town of Princeton", "Village of Mount Horeb"). */
  placeOfPrefixes: string[];
  /** Regions, states and provinces written after a town and a comma ("Skowhegan, Maine", "Mainz, Rheinland-Pfalz"). */
  regionNames: string[];
  /** Towns, municipalities and city districts of the language's countries, as written (./towns.ts):
   *  one after a preposition of place is the workplace when the ad names it in no other form. */
  towns: string[];
  /** The public authorities of a place, written after or before its name ("Gladsaxe Kommune", "Bydel Grorud",
   *  "Gemeinde Lunz am See", "Longford County Council"): they employ the staff of their institutions. */
  authorityWords: string[];
  /** "<X> ligger ved <place>": verbs+prepositions that place the workplace in running text. */
  locatedAt: string[];
  /** "Arbejdsstedet er …", "Dienstort ist …": a sentence that names the workplace, lower case. */
  workplaceIs: string[];
  /** "our" ("our Oslo office", "vores sekretariat i Aarhus"): the organisation's own workplace follows. */
  ourWords: string[];
  /** "nye", "new", "neue": the adjective before the position a question offers ("Er du vår nye rådgiver?"), lower case. */
  newWords: string[];
  /** Workplaces of an organisation ("office", "sekretariat", "Geschäftsstelle"), lower case. */
  workplaceUnits: string[];
  /** Nouns that make a name an organisation's ("kommune", "Menighedsråd", "Verein", "Council"), lower case; compounds ending in one count too. */
  orgWords: string[];
  /** Nouns for a business that describe a name ("Zeekit er en bedrift", "X is a company"), lower case: not part of names, as orgWords are. */
  companyNouns: string[];
  /** "Graveren er ansat af X", "Ansættelse sker ved X", "employed by X": the words before the employer, lower case. */
  employedBy: string[];
  /** A recruiter's words before its client, lower case: "På vegne av X søker vi …", "On behalf of X we are looking for …"
   *  (the client employs when the ad's own search follows the name). */
  onBehalfOf: string[];
  /** A church as a building ("Stege Kirke", "Salhus kirke"), lower case: the parish that runs it employs its staff … */
  churchWords: string[];
  /** … the parish or its council ("Stege Sogn", "Vissenbjerg sogns menighedsråd", "Hovsta pastorat"), lower case. */
  parishWords: string[];
  /** Legal forms after a company's name ("A/S", "AS", "e.V.", "Ltd"), as written. */
  legalForms: string[];
  /** Prepositions before an employer ("job hos X", "arbeiten bei X"). */
  atPrepositions: string[];
  /** Prepositions that join a title to its organisation ("… for Enhedslisten"). */
  orgPrepositions: string[];
  /** "in" ("Enhedslisten i Region Midtjylland"): cuts a place off an organisation name. */
  inPrepositions: string[];
  /** Units of an organisation, after a possessive ("Alternativets landssekretariat"). */
  orgUnits: string[];
  /** Pronouns that are no organisation ("Vi søger"). */
  pronouns: string[];
  /** Words typical of one job ad (deadline, application, position vocabulary). */
  jobAdWords: string[];
  /** Phrases that ask the reader to apply ("send din ansøgning"). */
  applyPhrases: string[];
  /** Texts of links or buttons that lead to the application ("Søg stillingen"). */
  /** Words of a link to an application form, anywhere in its text ("vårt elektroniske søknadsskjema"). */
  applyFormWords: string[];
  applyLinkTexts: string[];
  /** Lines of page chrome that end the ad's text (cookie banners, comment widgets). */
  chromePhrases: string[];
  /** Words that open a byline ("Af", "Written by"), before an author's name. */
  bylineWords: string[];
  /** Verbs that report what someone said, before the speaker ("…, sier Helland", "berättar Petter Carlsson"): news, not an ad. */
  reportingVerbs: string[];
  /** Words that address the reader ("du", "dig", "you"), lower case. */
  youWords: string[];
  /** Parts of the address of a job page ("stilling" in /ledige-stillinger/42), lower case. */
  jobHrefWords: string[];
  /** Words that make a headline news of a post filled or a change of staff ("ansat", "ny", "appointed"), lower case. */
  hiredHeadlineWords: string[];
  /** Volunteers as the ones sought ("Nye frivillige søges", "we are looking for volunteers"), lower case: a call for unpaid help, not a job. */
  volunteerWords: string[];
  /** Applicants counted in news ("12 søkere", "nio sökande"), lower case. */
  applicantWords: string[];
  /** Formal "you", matched with its capital letter inside a sentence ("Sie", "Ihre"). */
  formalYouWords: string[];
  /** An organisation seeking in the first person, anywhere in a sentence ("vi søger", "søker vi", "we are recruiting"), lower case: an ad's voice, where news says "X søger". */
  weSeekPhrases: string[];
  /** Questions that invite the reader ("Vil du …", "Are you …"), lower case, at a sentence's start. */
  inviteQuestions: string[];
  /** Bylines and news vocabulary ("Skrevet af", "Læs også"). */
  newsWords: string[];
  /** News about a hire that is done ("vi har ansat"): not an ad. */
  /** A page about applying without an open position, or a filled one ("uopfordret ansøgning", "stillingen er besat"). */
  notPostingPhrases: string[];
  hiredPhrases: string[];
  /** Headings of job lists ("Ledige stillinger"). */
  listWords: string[];
  /** Frequent words of the language, for language detection. */
  stopwords: string[];
}

import { structure as da } from './da';
import { structure as nb } from './nb';
import { structure as nn } from './nn';
import { structure as sv } from './sv';
import { structure as de } from './de';
import { structure as en } from './en';

export const STRUCTURE_WORDS: Record<Lang, StructureWords> = { da, nb, nn, sv, de, en };
