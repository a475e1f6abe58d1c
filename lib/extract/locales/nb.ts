import type { Vocabulary } from './types';

/** Norwegian bokmål. */
export const nb: Vocabulary = {
  months: {
    januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, desember: 12, des: 12,
  },
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  deadlineLabels: [
    'søknadsfrist', 'søknadsfristen', 'søknadsfristen er', 'frist for søknad', 'fristen for søknad', 'siste søknadsdag',
    'frist', 'deadline', 'søknader må være mottatt', 'må være mottatt',
  ],
  deadlineWeakLabels: ['senest', 'innen', 'senest innen', 'senest den', 'før'],
  applyWords: ['søknad', 'søknaden', 'søk', 'søke', 'søker', 'send', 'sendes', 'cv', 'registrer'],
  startLabels: [
    'tiltredelse', 'tiltredelsesdato', 'tiltre', 'oppstart', 'oppstartsdato', 'startdato', 'start', 'ønsket tiltredelse',
    'stillingen skal besettes', 'besettes', 'første arbeidsdag', 'tiltrer', 'tiltredelsen', 'oppstarten', 'starter',
  ],
  startWeakLabels: ['fra og med', 'f.o.m.', 'pr.', 'per'],
  startWords: [
    'snarest mulig', 'snarest', 'snarlig', 'etter avtale', 'så snart som mulig', 'så raskt som mulig', 'straks',
    'umiddelbart', 'omgående', 'fortløpende',
  ],
  startSelfPhrases: [],
  interviewLabels: ['intervjuer', 'intervju', 'intervjurunde', 'samtaler', 'samtale', 'jobbintervju', 'jobbintervjuer', 'intervjuene'],
  weekWords: ['uke', 'veke', 'ukene'],
  publicationLabels: ['publisert', 'lagt ut', 'utlyst', 'opprettet', 'dato', 'annonsedato'],
  timeMarkers: ['kl.', 'kl', 'klokka', 'klokken'],
  timeSuffixes: [],
  hoursWords: ['timer', 't.', 'timers'],
  weeklyWords: [
    'i uka', 'i uken', 'per uke', 'pr. uke', 'pr uke', 'ukentlig', 'ukentlige', '/uke', 'stilling', 'stillingen',
    'arbeidstid', 'i veka', 'heltid', 'deltid', 'heltidsstilling', 'deltidsstilling',
  ],
  annualHoursWords: ['årsverk', 'årlig arbeidstid', 'årsnorm'],
  percentWords: [
    'fast stilling', 'vikariat', 'engasjement', 'ansettelse', 'fast ansettelse',
    'stilling', 'stillingen', 'stillingsbrøk', 'stillingsprosent', 'stillingsstørrelse', 'stillingsomfang', 'prosent stilling',
    'deltid', 'stillingsandel',
  ],
  percentNegativeWords: [
    'pensjon', 'pensjonsordning', 'tjenestepensjon', 'feriepenger', 'tillegg', 'rabatt', 'moms', 'mva', 'skatt', 'økning',
    'lønnsøkning', 'arbeidsgiveravgift',
  ],
  salaryLabels: ['lønn', 'lønnen', 'lønnsnivå', 'lønnsnivået', 'månedslønn', 'årslønn', 'timelønn', 'lønnstrinn', 'lønnsramme', 'godtgjørelse', 'honorar'],
  salaryTermPhrases: [
    'lønn etter avtale', 'lønn etter tariff', 'lønn i henhold til', 'lønn etter', 'lønn og arbeidsvilkår etter',
    'lønn etter kvalifikasjoner', 'lønn etter overenskomst', 'lønnsplassering etter', 'konkurransedyktig lønn',
  ],
  krCurrency: 'NOK',
  perMonthWords: ['pr. måned', 'pr måned', 'per måned', 'i måneden', 'månedlig', 'månedslønn', '/mnd', 'pr. mnd', 'pr mnd', 'mnd.'],
  perYearWords: ['pr. år', 'pr år', 'per år', 'i året', 'årlig', 'årslønn', '/år'],
  perHourWords: ['i timen', 'pr. time', 'pr time', 'per time', 'timelønn', '/time'],
  phoneLabels: ['tlf', 'tlf.', 'telefon', 'telefonnummer', 'mobil', 'mobilnummer', 'tel', 'tel.'],
  notPhoneLabels: [
    'org.nr', 'org nr', 'org. nr', 'orgnr', 'organisasjonsnummer', 'foretaksnummer', 'saksnr', 'saksnummer', 'ref', 'ref.',
    'referanse', 'referansenummer', 'stillingsnr', 'stillingsnummer', 'jobbnr', 'id', 'konto', 'kontonr', 'kontonummer',
    'iban', 'bank', 'nr.', 'postboks', 'arkivnr', 'arkivsak',
  ],
  phoneCountry: '47',
  contactLabels: [
    'kontakt', 'kontakte', 'kontaktes', 'kontakter', 'kontakta', 'kontaktperson', 'kontaktpersoner', 'henvendelse til', 'henvend deg til',
    'ta kontakt med', 'spørsmål', 'nærmere informasjon', 'mer informasjon', 'nærmere opplysninger', 'opplysninger om stillingen',
    'informasjon om stillingen', 'ring', 'fås ved', 'fås hos', 'kan rettes til', 'rettes til', 'tillitsvalgt', 'kontaktinformasjon',
  ],
  roleWords: [
    'gruppeleder', 'leder', 'daglig leder', 'direktør', 'administrerende direktør', 'generalsekretær', 'rådgiver',
    'seniorrådgiver', 'hr-rådgiver', 'hr-konsulent', 'konsulent', 'styreleder', 'nestleder', 'rektor', 'avdelingsleder',
    'seksjonssjef', 'sjef', 'enhetsleder', 'fylkesleder', 'kommunalsjef', 'rådmann', 'kommunedirektør', 'sekretær',
    'koordinator', 'prosjektleder', 'organisasjonssekretær', 'partisekretær', 'tillitsvalgt', 'fagleder', 'teamleder',
  ],
  roleSuffixes: ['leder', 'sjef', 'direktør', 'rådgiver', 'konsulent', 'sekretær', 'koordinator', 'ansvarlig', 'rådmann'],
  honorifics: [],
  nonPersonWords: [
    'du', 'deg', 'vi', 'oss', 'jeg', 'han', 'hun', 'de', 'dem', 'vår', 'vårt', 'våre', 'din', 'ditt', 'det', 'den', 'der',
    'hvis', 'har', 'vil', 'kan', 'skal', 'send', 'ring', 'kontakt', 'søknad', 'søknaden', 'stillingen', 'spørsmål',
    'nærmere', 'mer', 'informasjon', 'opplysninger', 'les', 'og', 'eller', 'på', 'til', 'e-post', 'epost', 'mail', 'tlf',
    'telefon', 'mobil', 'fylke', 'fylkeskommune', 'kommune', 'kommunen', 'bystyret', 'bystyregruppen', 'bystyregruppe',
    'styret', 'utvalg', 'utvalget', 'komiteen', 'sekretariatet', 'stortinget', 'norge', 'oslo', 'bergen', 'trondheim',
    'stavanger', 'tromsø', 'vestland', 'viken', 'innlandet', 'rogaland', 'agder', 'nordland', 'troms', 'finnmark',
    'trøndelag', 'hordaland', 'akershus', 'buskerud', 'telemark', 'østfold', 'vestfold', 'hr', 'hr-avdelingen',
    'vennlig', 'hilsen', 'mvh', 'magistraten', 'rådhuset', 'tiltredelse',
  ],
  nonPersonSuffixes: [
    'vei', 'veien', 'vegen', 'gate', 'gata', 'gaten', 'plass', 'plassen', 'torg', 'torget', 'allé', 'kommune', 'kommunen',
    'fylke', 'partiet', 'gruppen', 'gruppa', 'laget', 'forbund', 'forbundet', 'foreningen', 'forening', 'utvalget',
    'styret', 'sekretariatet', 'huset', 'senteret', 'skolen', 'stiftelsen', 'rådet',
  ],
  listConnectors: ['og', 'eller', '&', ',', '-', '–'],
};
