/**
 * The words one language uses for the facts of a job ad. Pure data: the parsers in
 * ../fields build their (bounded) regular expressions from these lists once per vocabulary.
 *
 * Conventions
 * - Every list is matched case-insensitively, at the start of a word (a label may be followed by
 *   more letters: "ansøgningsfrist" also finds "ansøgningsfristen"). Put compounds in explicitly.
 * - Phrases may contain single spaces; they match any run of white space.
 * - All language files have the SAME keys; `union` (./index.ts) merges them for unknown languages.
 */
export interface Vocabulary {
  /** Month names and abbreviations (lower case, no trailing dot) → month number 1..12. */
  months: Record<string, number>;
  /** Weekday names, lower case ("mandag", "Montag" as "montag"), each with its ISO number (Monday 1 … Sunday 7). */
  weekdays: Record<string, number>;
  /** Labels that make the next date the application deadline ("ansøgningsfrist", "closing date"). */
  deadlineLabels: string[];
  /** Weak deadline words ("senest", "innen", "spätestens"): only count right before a date in a
   *  sentence about applying (see applyWords). */
  deadlineWeakLabels: string[];
  /** Words that show a sentence is about sending the application ("ansøgning", "søknad", "apply"). */
  applyWords: string[];
  /** Labels that make the next date or words the start ("tiltrædelse", "start date"). */
  startLabels: string[];
  /** Short words right before a start date ("pr. 1. februar", "zum 1. Juli", "per 1. August"):
   *  only count when the date follows at once, and defer to another label just before them. */
  startWeakLabels: string[];
  /** Words that open a span of employment ("vikariat … fra 1. februar 2026 til 31. januar 2027"):
   *  the date right after them is the start, but only in a sentence that names the position
   *  (percentWords) before them, and never in one about pay (salaryLabels: "Lønn … fra 1.1."). */
  startSpanWords: string[];
  /** Start given in words ("snarest", "efter aftale", "as soon as possible"). */
  startWords: string[];
  /** Phrases that state an immediate start on their own, without a label ("ab sofort"). */
  startSelfPhrases: string[];
  /** Labels of interview dates ("ansættelsessamtaler", "interviews"). */
  interviewLabels: string[];
  /** Words before a week number ("uge 20", "KW 20"). */
  weekWords: string[];
  /** Labels of the publication date ("publiceret", "posted"). */
  publicationLabels: string[];
  /** Words before a time of day ("kl.", "klokken", "at"); "Uhr" after it goes in timeSuffixes. */
  timeMarkers: string[];
  /** Words between the two dates of a span ("fra 1. januar til 30. september 2015", "bis"): the second ends it. */
  rangeWords: string[];
  /** Words for noon after a date ("at noon", "midday"): 12:00. */
  noonWords: string[];
  /** Words after a time of day ("Uhr", "h"). */
  timeSuffixes: string[];
  /** Words after a number of hours ("timer", "timers", "Stunden", "hours"). */
  hoursWords: string[];
  /** Words that make hours weekly ("om ugen", "ugentlig", "pro Woche", "per week", "stilling"). */
  weeklyWords: string[];
  /** Words for the post right after a number of hours ("a 25 hour role", "en 20 timmars tjänst"): the post's weekly hours. */
  hoursPostWords: string[];
  /** Labels of a line that gives the weekly hours as a bare number ("Timer pr. uge: 37", "Hours: 28 per week"). */
  weeklyHoursLabels: string[];
  /** Words before a yearly number of hours ("årsnorm"). */
  annualHoursWords: string[];
  /** Words that make a percentage the size of the position ("stilling", "Stellenumfang"). */
  percentWords: string[];
  /** Labels whose value is the position's size in percent even without the sign ("Stillingsprosent: 60"). */
  percentLabels: string[];
  /** Words after a fraction of a full-time post ("0.8 FTE", "0,5 årsverk"), lower case. */
  fteWords: string[];
  /** A half-time post, named in words ("halv stilling", "halvtid", "halbe Stelle", "half-time"): 50 %. */
  halfTimeWords: string[];
  /** Words that make a percentage or amount something else ("pension", "fritvalg", "Rabatt"). */
  percentNegativeWords: string[];
  /** Labels of pay ("løn", "lønnen", "månadslön", "Gehalt", "salary"). */
  salaryLabels: string[];
  /** Words before a number that make it a pay grade or code, not an amount ("lønnstrinn 58", "stillingskode 1434"). */
  payScaleWords: string[];
  /** Phrases that state pay without an amount ("løn efter overenskomst"). Kept as text. */
  salaryTermPhrases: string[];
  /** The currency the word "kr"/"kroner" means in this language, or null (ISO 4217). */
  krCurrency: string | null;
  /** Words for pay periods. */
  perMonthWords: string[];
  perYearWords: string[];
  perHourWords: string[];
  /** Phone labels ("tlf", "telefon", "mobil", "phone"). */
  phoneLabels: string[];
  /** Labels that make a number NOT a phone ("CVR", "org.nr", "Sagsnr", "konto", "ref"). */
  notPhoneLabels: string[];
  /** A job board's help desk for its application form ("utfylling av elektronisk søknadsskjema", "technical problems"):
   *  the numbers and addresses of that sentence are not the ad's. */
  supportPhrases: string[];
  /** Default country calling code for national numbers in this language ("45"), or null. */
  phoneCountry: string | null;
  /** Contact verbs and labels ("kontakte", "henvendelse til", "Ansprechpartner", "contact"). */
  contactLabels: string[];
  /** What a person named before it does for applicants ("svarer gjerne", "beantwortet gerne", "will be happy to answer"). */
  contactAnswerPhrases: string[];
  /** Role words and phrases ("sekretariatsleder", "daglig leder", "Geschäftsführerin"). */
  roleWords: string[];
  /** Endings that make a word a role ("leder" in "gruppeleder", "chef" in "enhedschef"). */
  roleSuffixes: string[];
  /** Honorifics skipped before a name ("Frau", "Dr."). */
  honorifics: string[];
  /** A contact card's field labels, before a colon: of the name ("Navn: Kari Nordmann") and of the
   *  role ("Stilling: Daglig leder"), lower case. */
  nameFieldLabels: string[];
  roleFieldLabels: string[];
  /** Capitalised words that are never (part of) a person's name: pronouns, streets, regions,
   *  committees, weekdays, common nouns that start sentences. Lower case. */
  nonPersonWords: string[];
  /** Endings that make a capitalised word a place or an organisation ("vej", "gade", "kommune"). */
  nonPersonSuffixes: string[];
  /** Small words between dates in a list ("og", "and", "und"). */
  listConnectors: string[];
}
