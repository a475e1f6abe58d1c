// Vocabulary of the structure parsers (title, organisation, location, language, job-ad detection,
// apply links, page chrome), one entry per language with the same keys. Data only.
import type { Lang } from '../types';

export interface StructureWords {
  /** Endings of position names ("koordinator" in "frivilligkoordinator"), to tell a title line. */
  titleWords: string[];
  /** Headline prefixes that announce an ad, stripped before ":" or a dash ("Jobopslag: …"). */
  headlinePrefixes: string[];
  /** "<Org> søger <title>": the verb between a subject and the position. */
  hiringVerbs: string[];
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
  /** "<X> ligger ved <place>": verbs+prepositions that place the workplace in running text. */
  locatedAt: string[];
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
  applyLinkTexts: string[];
  /** Lines of page chrome that end the ad's text (cookie banners, comment widgets). */
  chromePhrases: string[];
  /** Bylines and news vocabulary ("Skrevet af", "Læs også"). */
  newsWords: string[];
  /** News about a hire that is done ("vi har ansat"): not an ad. */
  hiredPhrases: string[];
  /** Headings of job lists ("Ledige stillinger"). */
  listWords: string[];
  /** Frequent words of the language, for language detection. */
  stopwords: string[];
}

const da: StructureWords = {
  hiredPhrases: ['vi har ansat', 'har ansat', 'er ansat som', 'er blevet ansat', 'tiltræder som', 'ny direktør', 'byder velkommen', 'siger farvel', 'vi har fået ny', 'har fået ny'],
  titleWords: ['koordinator', 'sekretær', 'rådgiver', 'medarbejder', 'konsulent', 'leder', 'chef', 'assistent', 'organisator', 'fundraiser', 'pædagog', 'sagsbehandler', 'udvikler', 'organiser', 'projektleder', 'direktør', 'elev', 'praktikant', 'studentermedhjælper', 'ansvarlig', 'specialist', 'økonom', 'jurist', 'analytiker', 'redaktør', 'journalist', 'underviser', 'socialrådgiver', 'sygeplejerske', 'formidler', 'tovholder', 'bogholder'],
  headlinePrefixes: ['Jobopslag', 'Stillingsopslag', 'Ledig stilling', 'Stilling ledig', 'Ny stilling', 'Job', 'Stilling', 'Vi søger'],
  hiringVerbs: ['søger', 'søger nu', 'opslår', 'ansætter', 'slår stilling op som'],
  weSeek: ['Vi søger', 'vi søger nu', 'Vi leder efter', 'vi mangler', 'Søger du job som'],
  articles: ['en', 'et', 'ny', 'nye', 'to', 'tre', 'flere', 'din', 'vores', 'kommende'],
  positionAs: ['en stilling som', 'stillingen som', 'stilling som', 'ansættelse som', 'stilling ledig som'],
  sought: ['søges', 'søges til', 'søges hurtigst muligt'],
  titleLabels: ['Stillingsbetegnelse', 'Stillingstitel', 'Jobtitel', 'Titel', 'Stilling'],
  employerLabels: ['Arbejdsgiver', 'Virksomhed', 'Organisation', 'Ansættelsessted', 'Forening'],
  locationLabels: ['Arbejdssted', 'Arbejdsplads', 'Tjenestested', 'Placering', 'Adresse', 'Lokation', 'Sted', 'Geografi'],
  locatedAt: ['ligger ved', 'ligger på', 'ligger i', 'holder til på', 'holder til i', 'har kontor på', 'har kontor i', 'har til huse på', 'har adresse på', 'er placeret på', 'er placeret i', 'har sekretariat på', 'har sit sekretariat på', 'har sit sekretariat i', 'har sit kontor på', 'har sit kontor i', 'arbejdspladsen er på'],
  orgPrepositions: ['for', 'til', 'hos', 'i'],
  inPrepositions: ['i'],
  orgUnits: ['landssekretariat', 'sekretariat', 'hovedkontor', 'kontor', 'afdeling', 'landsforening', 'bestyrelse', 'byrådsgruppe', 'folketingsgruppe', 'regionsrådsgruppe', 'gruppe', 'hovedbestyrelse', 'forbundskontor'],
  pronouns: ['vi', 'du', 'jeg', 'hun', 'han', 'de', 'man', 'der', 'som', 'hvem', 'hvad', 'nu'],
  jobAdWords: ['ansøgningsfrist', 'ansøgningsfristen', 'ansøgning', 'ansøgningen', 'stillingen', 'arbejdsopgaver', 'dine opgaver', 'kvalifikationer', 'tiltrædelse', 'løn og ansættelsesvilkår', 'arbejdstid', 'ansættelsessamtaler', 'samtaler', 'stilling', 'timers stilling', 'vi tilbyder', 'vi forventer', 'din profil', 'ansættelse'],
  applyPhrases: ['send din ansøgning', 'ansøgningen sendes', 'søg stillingen', 'ansøg', 'ansøgning sendes', 'ansøgningen mailes', 'søg jobbet'],
  applyLinkTexts: ['Søg stillingen', 'Søg jobbet', 'Søg job', 'Søg her', 'Ansøg her', 'Ansøg', 'Send ansøgning', 'Søg nu', 'Søg'],
  chromePhrases: ['Vi bruger cookies', 'Denne hjemmeside bruger cookies', 'Dette website bruger cookies', 'Læs mere Jeg accepterer', 'Jeg accepterer', 'Accepter alle', 'Accepter cookies', 'Skriv en kommentar', 'Del opslaget', 'Del på Facebook', 'Tilmeld dig nyhedsbrevet', 'Relaterede job', 'Andre ledige stillinger', 'Vær med Spred budskabet'],
  newsWords: ['Skrevet af', 'Publiceret', 'Opdateret', 'Læs også', 'Af journalist', 'Foto:', 'Artikel'],
  listWords: ['Ledige stillinger', 'Ledige job', 'Aktuelle stillinger', 'Se alle job', 'Job hos os', 'Stillingsopslag'],
  stopwords: ('og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine mod disse hvis din nogle hos blive mange bliver været sådan vores dine gennem mellem arbejde arbejdet ansøgning stillingen opgaver gerne både samt kan får hvordan nogen mere kun bare ansøgningsfrist løn uge tiltrædelse'.split(' ')),
};

const nb: StructureWords = {
  hiredPhrases: ['vi har ansatt', 'har ansatt', 'er ansatt som', 'er tilsatt', 'har tilsatt', 'tiltrer som', 'ønsker velkommen', 'har fått ny'],
  titleWords: ['koordinator', 'sekretær', 'rådgiver', 'medarbeider', 'konsulent', 'leder', 'sjef', 'assistent', 'organisator', 'ansvarlig', 'prosjektleder', 'direktør', 'lærling', 'spesialist', 'økonom', 'jurist', 'analytiker', 'redaktør', 'journalist', 'saksbehandler', 'pedagog', 'utvikler', 'fagrådgiver', 'regnskapsfører'],
  headlinePrefixes: ['Stillingsannonse', 'Ledig stilling', 'Stilling ledig', 'Ny stilling', 'Jobb', 'Stilling', 'Vi søker'],
  hiringVerbs: ['søker', 'søker nå', 'utlyser', 'ansetter', 'lyser ut'],
  weSeek: ['Vi søker', 'vi søker nå', 'Vi ser etter', 'Vi leter etter', 'Vi trenger'],
  articles: ['en', 'et', 'ei', 'ny', 'nye', 'to', 'tre', 'flere', 'din', 'vår', 'kommende'],
  positionAs: ['en stilling som', 'stillingen som', 'stilling som', 'stilling ledig som', 'ansettelse som'],
  sought: ['søkes', 'søkes til'],
  titleLabels: ['Stillingstittel', 'Stillingsbetegnelse', 'Tittel', 'Stilling'],
  employerLabels: ['Arbeidsgiver', 'Virksomhet', 'Organisasjon', 'Foretak'],
  locationLabels: ['Arbeidssted', 'Arbeidsplass', 'Tjenestested', 'Sted', 'Adresse', 'Kontorsted', 'Lokasjon'],
  locatedAt: ['ligger ved', 'ligger på', 'ligger i', 'holder til på', 'holder til i', 'har kontor på', 'har kontor i', 'har kontorer i', 'har sitt kontor på', 'har sitt kontor i', 'har sekretariat i', 'er lokalisert i', 'er lokalisert på'],
  orgPrepositions: ['for', 'til', 'hos', 'i'],
  inPrepositions: ['i'],
  orgUnits: ['bystyregruppe', 'sekretariat', 'landssekretariat', 'hovedkontor', 'kontor', 'avdeling', 'stortingsgruppe', 'fylkestingsgruppe', 'gruppe', 'styre', 'lokallag', 'fylkeslag'],
  pronouns: ['vi', 'du', 'jeg', 'hun', 'han', 'de', 'man', 'der', 'som', 'hvem', 'hva', 'nå'],
  jobAdWords: ['søknadsfrist', 'søknadsfristen', 'søknad', 'søknaden', 'stillingen', 'arbeidsoppgaver', 'kvalifikasjoner', 'tiltredelse', 'lønn', 'arbeidstid', 'intervjuer', 'stilling', 'vi tilbyr', 'egenskaper', 'stillingsbrøk', 'ansettelse', 'stillingsprosent'],
  applyPhrases: ['send søknad', 'søknad sendes', 'søknaden sendes', 'søk på stillingen', 'søk stillingen', 'søk her', 'søknad med cv'],
  applyLinkTexts: ['Søk på stillingen', 'Søk stillingen', 'Søk her', 'Søk nå', 'Send søknad', 'Søk'],
  chromePhrases: ['Vi bruker informasjonskapsler', 'Vi bruker cookies', 'Godta alle', 'Godta informasjonskapsler', 'Del på Facebook', 'Relaterte stillinger', 'Andre ledige stillinger', 'Meld deg på nyhetsbrevet', 'Skriv en kommentar'],
  newsWords: ['Skrevet av', 'Publisert', 'Oppdatert', 'Les også', 'Foto:', 'Artikkel'],
  listWords: ['Ledige stillinger', 'Ledige jobber', 'Aktuelle stillinger', 'Se alle stillinger', 'Jobb hos oss'],
  stopwords: ('og i jeg det at en et den til er som på de med han av ikke der så var meg seg men har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv her alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun etter ned skulle denne for deg sine sitt mot å hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken mellom vår våre vårt hver hvem hvis både bare enn fordi før mange også slik vært gjennom arbeid arbeidet søknad søknadsfrist stillingen oppgaver gjerne mye lønn ønsker jobbe'.split(' ')),
};

const nn: StructureWords = {
  hiredPhrases: ['vi har tilsett', 'har tilsett', 'er tilsett som', 'har fått ny', 'ønskjer velkomen'],
  titleWords: ['koordinator', 'sekretær', 'rådgjevar', 'rådgivar', 'medarbeidar', 'konsulent', 'leiar', 'sjef', 'assistent', 'ansvarleg', 'prosjektleiar', 'direktør', 'spesialist', 'økonom', 'jurist', 'redaktør', 'journalist', 'sakshandsamar', 'pedagog', 'utviklar', 'fagrådgjevar'],
  headlinePrefixes: ['Stillingsannonse', 'Ledig stilling', 'Stilling ledig', 'Ny stilling', 'Jobb', 'Stilling', 'Vi søkjer'],
  hiringVerbs: ['søkjer', 'søker', 'lyser ut', 'tilset'],
  weSeek: ['Vi søkjer', 'Me søkjer', 'Vi søker', 'Me søker', 'Vi treng', 'Me treng'],
  articles: ['ein', 'eit', 'ei', 'ny', 'nye', 'to', 'tre', 'fleire', 'din', 'vår', 'komande'],
  positionAs: ['ei stilling som', 'stillinga som', 'stilling som', 'stilling ledig som'],
  sought: ['søkjast', 'søkes', 'vert søkt'],
  titleLabels: ['Stillingstittel', 'Stillingsnemning', 'Tittel', 'Stilling'],
  employerLabels: ['Arbeidsgjevar', 'Arbeidsgivar', 'Arbeidsgiver', 'Verksemd', 'Organisasjon'],
  locationLabels: ['Arbeidsstad', 'Arbeidssted', 'Arbeidsplass', 'Stad', 'Adresse', 'Kontorstad'],
  locatedAt: ['ligg ved', 'ligg på', 'ligg i', 'held til på', 'held til i', 'har kontor på', 'har kontor i'],
  orgPrepositions: ['for', 'til', 'hjå', 'i'],
  inPrepositions: ['i'],
  orgUnits: ['bystyregruppe', 'sekretariat', 'hovudkontor', 'kontor', 'avdeling', 'gruppe', 'styre', 'lokallag', 'fylkeslag'],
  pronouns: ['vi', 'me', 'du', 'eg', 'ho', 'han', 'dei', 'ein', 'som', 'kven', 'kva', 'no'],
  jobAdWords: ['søknadsfrist', 'søknadsfristen', 'søknad', 'søknaden', 'stillinga', 'arbeidsoppgåver', 'kvalifikasjonar', 'tiltreding', 'løn', 'lønn', 'arbeidstid', 'intervju', 'stilling', 'vi tilbyr', 'me tilbyr', 'tilsetjing', 'stillingsprosent'],
  applyPhrases: ['send søknad', 'søknad vert send', 'søknaden skal sendast', 'søk på stillinga', 'søk her'],
  applyLinkTexts: ['Søk på stillinga', 'Søk stillinga', 'Søk her', 'Søk no', 'Send søknad', 'Søk'],
  chromePhrases: ['Vi brukar informasjonskapslar', 'Me brukar informasjonskapslar', 'Vi brukar cookies', 'Godta alle', 'Del på Facebook'],
  newsWords: ['Skrive av', 'Publisert', 'Oppdatert', 'Les også', 'Foto:'],
  listWords: ['Ledige stillingar', 'Ledige stillinger', 'Aktuelle stillingar', 'Sjå alle stillingar'],
  stopwords: ('og i eg det at ein eit den til er som på dei med han av ikkje der så var meg seg men har om vi me min mitt ha hadde ho no over då ved frå du ut sin dykk oss opp kan hans kvar eller kva skal sjølv her alle vil bli vart vore kunne inn når vere kom nokon noko ville deira berre etter ned skulle denne for deg sine sitt mot å mykje kvifor dette desse utan korleis ingen din ditt blir same kven mellom vår våre vårt hjå både enn fordi før mange òg også slik gjennom arbeid arbeidet søknad søknadsfrist stillinga oppgåver gjerne meir heile ynskjer ønskjer arbeide kjem tilsett'.split(' ')),
};

const sv: StructureWords = {
  hiredPhrases: ['vi har anställt', 'har anställt', 'har rekryterat', 'är anställd som', 'tillträder som', 'hälsar välkommen', 'har fått en ny'],
  titleWords: ['koordinator', 'sekreterare', 'samordnare', 'rådgivare', 'medarbetare', 'konsult', 'ledare', 'chef', 'assistent', 'handläggare', 'utvecklare', 'ansvarig', 'projektledare', 'direktör', 'specialist', 'ekonom', 'jurist', 'analytiker', 'redaktör', 'journalist', 'ombudsman', 'utredare', 'strateg', 'pedagog', 'kommunikatör', 'administratör'],
  headlinePrefixes: ['Ledigt jobb', 'Lediga jobb', 'Ledig tjänst', 'Platsannons', 'Jobb', 'Tjänst', 'Vi söker'],
  hiringVerbs: ['söker', 'söker nu', 'rekryterar', 'anställer'],
  weSeek: ['Vi söker', 'vi söker nu', 'Vi letar efter', 'Vi behöver'],
  articles: ['en', 'ett', 'ny', 'nya', 'två', 'tre', 'flera', 'din', 'vår', 'blivande'],
  positionAs: ['en tjänst som', 'tjänsten som', 'tjänst som', 'anställning som', 'en roll som'],
  sought: ['sökes', 'sökes till'],
  titleLabels: ['Befattning', 'Tjänstetitel', 'Titel', 'Yrkesroll', 'Tjänst'],
  employerLabels: ['Arbetsgivare', 'Organisation', 'Företag', 'Verksamhet'],
  locationLabels: ['Arbetsort', 'Arbetsplats', 'Placering', 'Placeringsort', 'Ort', 'Adress', 'Plats'],
  locatedAt: ['ligger på', 'ligger i', 'ligger vid', 'har kontor på', 'har kontor i', 'har sitt kansli på', 'har sitt kansli i', 'har kansli på', 'har kansli i', 'har sitt kontor på', 'har sitt kontor i', 'finns på', 'sitter på', 'är placerad i', 'är placerad på'],
  orgPrepositions: ['för', 'till', 'hos', 'på', 'vid'],
  inPrepositions: ['i'],
  orgUnits: ['kansli', 'partikansli', 'sekretariat', 'huvudkontor', 'kontor', 'avdelning', 'styrelse', 'riksdagsgrupp', 'grupp', 'förbundskansli'],
  pronouns: ['vi', 'du', 'jag', 'hon', 'han', 'de', 'man', 'som', 'vem', 'vad', 'nu'],
  jobAdWords: ['sista ansökningsdag', 'ansökan', 'ansökningar', 'tjänsten', 'arbetsuppgifter', 'kvalifikationer', 'tillträde', 'lön', 'arbetstid', 'intervjuer', 'anställning', 'vi erbjuder', 'din profil', 'omfattning', 'tjänstgöringsgrad'],
  applyPhrases: ['skicka din ansökan', 'ansökan skickas', 'sök tjänsten', 'ansök senast', 'sök jobbet', 'välkommen med din ansökan'],
  applyLinkTexts: ['Ansök här', 'Ansök nu', 'Ansök', 'Sök tjänsten', 'Sök jobbet', 'Sök här'],
  chromePhrases: ['Vi använder cookies', 'Den här webbplatsen använder kakor', 'Vi använder kakor', 'Acceptera alla', 'Godkänn cookies', 'Dela på Facebook', 'Relaterade jobb', 'Lämna en kommentar'],
  newsWords: ['Skriven av', 'Publicerad', 'Uppdaterad', 'Läs också', 'Foto:', 'Artikel'],
  listWords: ['Lediga jobb', 'Lediga tjänster', 'Aktuella jobb', 'Se alla jobb'],
  stopwords: ('och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad få två vill ha många hur mer går sitt utan dig din ditt våra vår oss tjänsten ansökan arbete arbetet arbetsuppgifter söker erfarenhet genom mellan både samt lön någon något några arbeta'.split(' ')),
};

const de: StructureWords = {
  hiredPhrases: ['hat eingestellt', 'wurde gewählt', 'wurde ernannt', 'neue geschäftsführerin', 'neuer geschäftsführer', 'tritt ihr amt', 'tritt sein amt', 'begrüßen wir', 'heißen wir'],
  titleWords: ['koordinator', 'koordinatorin', 'koordination', 'sekretär', 'sekretärin', 'referent', 'referentin', 'berater', 'beraterin', 'mitarbeiter', 'mitarbeiterin', 'leiter', 'leiterin', 'leitung', 'assistent', 'assistenz', 'sachbearbeiter', 'sachbearbeiterin', 'sozialarbeiter', 'sozialarbeiterin', 'fachperson', 'fachkraft', 'geschäftsführer', 'geschäftsführerin', 'manager', 'managerin', 'projektleiter', 'projektkoordinator', 'spezialist', 'pädagoge', 'pädagogin', 'redakteur', 'redakteurin', 'gewerkschaftssekretär', 'bildungsreferent', 'praktikant', 'praktikum', 'werkstudent'],
  headlinePrefixes: ['Stellenangebot', 'Stellenausschreibung', 'Stellenanzeige', 'Jobangebot', 'Job', 'Stelle', 'Wir suchen'],
  hiringVerbs: ['sucht', 'sucht ab sofort', 'sucht zum nächstmöglichen Zeitpunkt', 'stellt ein'],
  weSeek: ['Wir suchen', 'wir suchen ab sofort', 'Wir suchen zum nächstmöglichen Zeitpunkt', 'Zur Verstärkung unseres Teams suchen wir'],
  articles: ['einen', 'eine', 'ein', 'neue', 'neuen', 'zwei', 'mehrere'],
  positionAs: ['eine Stelle als', 'die Stelle als', 'Stelle als', 'Position als', 'Tätigkeit als'],
  sought: ['gesucht'],
  titleLabels: ['Stellenbezeichnung', 'Position', 'Jobtitel', 'Funktion', 'Titel'],
  employerLabels: ['Arbeitgeber', 'Unternehmen', 'Organisation', 'Firma', 'Träger'],
  locationLabels: ['Arbeitsort', 'Dienstort', 'Einsatzort', 'Standort', 'Ort', 'Adresse', 'Arbeitsplatz'],
  locatedAt: ['befindet sich in', 'befindet sich am', 'befindet sich an der', 'liegt in', 'liegt am', 'sitzt in', 'hat seinen Sitz in', 'hat ihren Sitz in'],
  orgPrepositions: ['bei', 'für', 'im', 'in'],
  inPrepositions: ['in'],
  orgUnits: ['Geschäftsstelle', 'Bundesgeschäftsstelle', 'Landesgeschäftsstelle', 'Sekretariat', 'Büro', 'Abteilung', 'Vorstand', 'Fraktion'],
  pronouns: ['wir', 'sie', 'du', 'ich', 'er', 'es', 'man', 'der', 'die', 'das', 'wer', 'was'],
  jobAdWords: ['bewerbungsfrist', 'bewerbung', 'bewerbungen', 'die stelle', 'aufgaben', 'ihre aufgaben', 'qualifikationen', 'ihr profil', 'wir bieten', 'arbeitszeit', 'vergütung', 'eintrittsdatum', 'vorstellungsgespräche', 'teilzeit', 'vollzeit', 'stelle'],
  applyPhrases: ['senden sie ihre bewerbung', 'bewerben sie sich', 'ihre bewerbung richten sie', 'bewerbung senden', 'jetzt bewerben'],
  applyLinkTexts: ['Jetzt bewerben', 'Online bewerben', 'Hier bewerben', 'Bewerben'],
  chromePhrases: ['Wir verwenden Cookies', 'Diese Website verwendet Cookies', 'Alle akzeptieren', 'Cookies akzeptieren', 'Auf Facebook teilen', 'Ähnliche Stellen', 'Weitere Stellenangebote', 'Kommentar schreiben', 'Newsletter abonnieren'],
  newsWords: ['Von ', 'Veröffentlicht', 'Aktualisiert', 'Lesen Sie auch', 'Foto:', 'Artikel'],
  listWords: ['Stellenangebote', 'Offene Stellen', 'Aktuelle Stellen', 'Alle Stellen'],
  stopwords: ('der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihre ihr ihren wir unser unsere unseren unserer bewerbung stelle aufgaben suchen sowie können gerne wenn dich dir'.split(' ')),
};

const en: StructureWords = {
  hiredPhrases: ['has appointed', 'has hired', 'we have hired', 'has been appointed', 'welcomes new', 'we welcome', 'joins us as', 'has joined'],
  titleWords: ['coordinator', 'secretary', 'adviser', 'advisor', 'officer', 'manager', 'assistant', 'director', 'analyst', 'specialist', 'organiser', 'organizer', 'lead', 'head', 'consultant', 'fundraiser', 'editor', 'journalist', 'campaigner', 'developer', 'researcher', 'accountant', 'administrator', 'intern', 'associate', 'strategist', 'caseworker', 'worker', 'controller'],
  headlinePrefixes: ['Job vacancy', 'Vacancy', 'Job opening', 'Job posting', 'Position', 'Job', 'Now hiring', 'We are hiring', "We're hiring"],
  hiringVerbs: ['is hiring', 'is looking for', 'is seeking', 'seeks', 'is recruiting', 'are looking for', 'are hiring', 'are seeking'],
  weSeek: ['We are looking for', "We're looking for", 'We are seeking', 'We are hiring', "We're hiring", 'We seek', 'We are recruiting'],
  articles: ['a', 'an', 'new', 'two', 'three', 'several', 'our'],
  positionAs: ['a position as', 'the position of', 'the role of', 'position as', 'role as', 'job as', 'a vacancy for', 'vacancy for'],
  sought: ['wanted', 'needed'],
  titleLabels: ['Job title', 'Position title', 'Position', 'Role', 'Title'],
  employerLabels: ['Employer', 'Organisation', 'Organization', 'Company', 'Hiring organisation', 'Hiring organization'],
  locationLabels: ['Location', 'Place of work', 'Workplace', 'Job location', 'Duty station', 'Based in', 'Address', 'Office'],
  locatedAt: ['is located in', 'is located at', 'are located in', 'is based in', 'is based at', 'office is in', 'offices are in', 'located at'],
  orgPrepositions: ['at', 'for', 'with'],
  inPrepositions: ['in'],
  orgUnits: ['secretariat', 'head office', 'office', 'department'],
  pronouns: ['we', 'you', 'i', 'she', 'he', 'they', 'it', 'who', 'what', 'now', 'this'],
  jobAdWords: ['application deadline', 'deadline', 'apply', 'application', 'applications', 'the position', 'the role', 'responsibilities', 'qualifications', 'requirements', 'salary', 'we offer', 'start date', 'interviews', 'full-time', 'part-time', 'your profile', 'closing date'],
  applyPhrases: ['send your application', 'apply now', 'to apply', 'how to apply', 'please apply', 'applications should be sent', 'submit your application'],
  applyLinkTexts: ['Apply now', 'Apply here', 'Apply online', 'Apply for this job', 'Apply for this position', 'Apply'],
  chromePhrases: ['We use cookies', 'This website uses cookies', 'This site uses cookies', 'Accept all cookies', 'Accept all', 'Be the first to comment', 'Please check your e-mail', 'Please check your email', 'get updates', 'Leave a comment', 'Leave a reply', 'Share this', 'Share on Facebook', 'Subscribe to our newsletter', 'Related jobs', 'Similar jobs', 'Related posts'],
  newsWords: ['Written by', 'Posted by', 'Published', 'Updated', 'Read more', 'Read also', 'Photo:', 'By '],
  listWords: ['Job openings', 'Open positions', 'Current vacancies', 'All jobs', 'Vacancies'],
  stopwords: ('the of and to a in is it you that he was for on are with as his they be at one have this from or had by but what some we can out other were all there when up use your how said an each she which do their if will way about many then them would like so these her see him has more could our us who been new work position role apply application experience responsibilities'.split(' ')),
};

export const STRUCTURE_WORDS: Record<Lang, StructureWords> = { da, nb, nn, sv, de, en };
