import type { Vocabulary } from './types';
import { nb } from './nb';

/** Norwegian nynorsk: bokmål's words plus nynorsk forms. */
export const nn: Vocabulary = {
  ...nb,
  months: { ...nb.months },
  weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag', 'søndag'],
  deadlineLabels: [...nb.deadlineLabels, 'søknadsfristen er', 'frist for søknad'],
  deadlineWeakLabels: ['seinast', 'innan', 'seinast innan', 'seinast den', 'før', 'senest', 'innen'],
  applyWords: [...nb.applyWords, 'søknaden', 'sendast', 'søkjar'],
  startLabels: [...nb.startLabels, 'tiltreding', 'tiltredinga', 'oppstart', 'tiltredingsdato', 'tiltre', 'byrjar'],
  startWeakLabels: ['frå og med', 'fra og med', 'pr.', 'per'],
  startWords: ['snarast mogleg', 'snarast', 'snarleg', 'etter avtale', 'så snart som mogleg', 'så raskt som mogleg', ...nb.startWords],
  interviewLabels: [...nb.interviewLabels, 'intervju'],
  weekWords: ['veke', 'veka', 'uke'],
  publicationLabels: [...nb.publicationLabels, 'publisert', 'lagt ut'],
  hoursWords: ['timar', 'timer', 't.'],
  weeklyWords: [...nb.weeklyWords, 'i veka', 'per veke', 'pr. veke', 'kvar veke', 'stilling'],
  percentWords: [...nb.percentWords, 'stillingsprosent'],
  percentNegativeWords: [...nb.percentNegativeWords, 'pensjon'],
  salaryLabels: [...nb.salaryLabels, 'løn', 'lønna', 'månadsløn', 'årsløn'],
  salaryTermPhrases: [...nb.salaryTermPhrases, 'løn etter avtale', 'løn etter tariff', 'løn etter'],
  perMonthWords: [...nb.perMonthWords, 'i månaden', 'per månad', 'pr. månad', 'månadsløn'],
  perYearWords: [...nb.perYearWords, 'per år', 'i året', 'årsløn'],
  perHourWords: [...nb.perHourWords, 'timeløn'],
  contactLabels: [...nb.contactLabels, 'ta kontakt med', 'spørsmål', 'meir informasjon', 'nærare opplysningar', 'opplysningar', 'kontakta', 'kontaktar', 'kontaktpersonar', 'kontaktperson', 'spørsmål om stillinga', 'rettast til', 'kan rettast til', 'ringje', 'ringe'],
  roleWords: [...nb.roleWords, 'gruppeleiar', 'leiar', 'dagleg leiar', 'rådgjevar', 'styreleiar', 'nestleiar', 'avdelingsleiar'],
  roleSuffixes: [...nb.roleSuffixes, 'leiar', 'rådgjevar'],
  nonPersonWords: [...nb.nonPersonWords, 'ho', 'me', 'dykk', 'vår', 'kontakt', 'søknaden', 'meir', 'spørsmål', 'opplysningar'],
  nonPersonSuffixes: [...nb.nonPersonSuffixes, 'vegen'],
};
