/**
 * The few words the content-script detector looks for, per language, same keys everywhere.
 * Kept small on purpose: this list ships in the script that runs on every page. The full
 * vocabularies live in lib/extract/locales and load only with the extractor, which confirms.
 */
export interface DetectCues {
  /** Labels of an application deadline. */
  deadline: string[];
  /** Words of an ad's call to apply. */
  apply: string[];
  /** Words that name a position or an ad in a headline. */
  position: string[];
  /** Words ads use about the job itself (tasks, start, pay, hours). */
  job: string[];
}

export const CUES: Record<'da' | 'nb' | 'nn' | 'sv' | 'de' | 'en', DetectCues> = {
  da: {
    deadline: ['ansøgningsfrist', 'senest d.', 'senest den'],
    apply: ['ansøgning', 'ansøger', 'søg stillingen', 'ansættelsessamtale'],
    position: ['stilling', 'søger', 'søges', 'jobopslag'],
    job: ['arbejdsopgaver', 'opgaver', 'tiltrædelse', 'løn', 'timer', 'ansættelse', 'vi tilbyder', 'kvalifikationer', 'arbejdssted'],
  },
  nb: {
    deadline: ['søknadsfrist', 'senest innen'],
    apply: ['søknad', 'søker', 'søk stillingen', 'intervju'],
    position: ['stilling', 'ledig stilling', 'søker'],
    job: [
      'arbeidsoppgaver',
      'oppgaver',
      'tiltredelse',
      'lønn',
      'timer',
      'ansettelse',
      'vi tilbyr',
      'kvalifikasjoner',
      'arbeidssted',
      'stillingsbrøk',
    ],
  },
  nn: {
    deadline: ['søknadsfrist'],
    apply: ['søknad', 'søkjar', 'søk stillinga', 'intervju'],
    position: ['stilling', 'ledig stilling', 'søkjer'],
    job: ['arbeidsoppgåver', 'oppgåver', 'tiltreding', 'løn', 'timar', 'tilsetjing', 'vi tilbyr', 'kvalifikasjonar', 'arbeidsstad'],
  },
  sv: {
    deadline: ['sista ansökningsdag', 'sista dag att ansöka', 'ansök senast', 'senast den'],
    apply: ['ansökan', 'ansök', 'intervjuer'],
    position: ['tjänst', 'söker', 'anställning'],
    job: ['arbetsuppgifter', 'tillträde', 'lön', 'timmar', 'omfattning', 'vi erbjuder', 'kvalifikationer', 'placering'],
  },
  de: {
    deadline: ['bewerbungsfrist', 'bewerbungsschluss', 'bewerben sie sich bis', 'bis zum'],
    apply: ['bewerbung', 'bewerben', 'vorstellungsgespräch'],
    position: ['stelle', 'stellenangebot', 'suchen', '(m/w/d)', '(w/m/d)'],
    job: ['aufgaben', 'eintritt', 'vergütung', 'stunden', 'wir bieten', 'ihr profil', 'arbeitsort', 'teilzeit', 'vollzeit'],
  },
  en: {
    deadline: ['application deadline', 'closing date', 'deadline for applications', 'apply by', 'deadline'],
    apply: ['apply', 'application', 'cover letter', 'interviews'],
    position: [
      'position',
      'vacancy',
      'we are hiring',
      'job description',
      'officer',
      'manager',
      'adviser',
      'coordinator',
      'consultant',
      'specialist',
      'assistant',
      'contract',
    ],
    job: ['responsibilities', 'start date', 'salary', 'hours per week', 'we offer', 'qualifications', 'location', 'full-time', 'part-time'],
  },
};
