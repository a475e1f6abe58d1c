/**
 * The few words the content-script detector looks for, per language, same keys everywhere.
 * Kept small on purpose: this list ships in the script that runs on every page. The full
 * vocabularies live in lib/extract/locales and load only with the extractor.
 */
export interface DetectCues {
  /** Labels of an application deadline. */
  deadline: string[];
  /** Words of an ad's call to apply. */
  apply: string[];
  /** Words that name a position in a headline. */
  position: string[];
}

export const CUES: Record<'da' | 'nb' | 'nn' | 'sv' | 'de' | 'en', DetectCues> = {
  da: {
    deadline: ['ansøgningsfrist', 'ansøgningsfristen'],
    apply: ['send din ansøgning', 'ansøgningen sendes', 'søg stillingen', 'ansættelsessamtale'],
    position: ['stilling', 'søger', 'søges', 'jobopslag'],
  },
  nb: {
    deadline: ['søknadsfrist', 'søknadsfristen'],
    apply: ['søk stillingen', 'søknad med cv', 'send søknad', 'søknaden sendes'],
    position: ['stilling', 'ledig stilling', 'søker'],
  },
  nn: {
    deadline: ['søknadsfrist', 'søknadsfristen'],
    apply: ['søk stillinga', 'send søknad'],
    position: ['stilling', 'ledig stilling', 'søkjer'],
  },
  sv: {
    deadline: ['sista ansökningsdag', 'sista dag att ansöka', 'ansök senast'],
    apply: ['välkommen med din ansökan', 'skicka din ansökan', 'ansök'],
    position: ['tjänst', 'söker', 'anställning'],
  },
  de: {
    deadline: ['bewerbungsfrist', 'bewerbungsschluss'],
    apply: ['jetzt bewerben', 'ihre bewerbung', 'bewerben sie sich'],
    position: ['stelle', 'stellenangebot', 'suchen', '(m/w/d)'],
  },
  en: {
    deadline: ['application deadline', 'closing date', 'deadline for applications', 'apply by'],
    apply: ['apply now', 'to apply', 'send your application', 'cover letter'],
    position: ['position', 'vacancy', 'we are hiring', 'job description'],
  },
};
