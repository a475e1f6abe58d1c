// HR Manager (hr-manager.net), the recruiting system of many Danish municipalities, unions and
// NGOs: the ad at /ApplicationInit.aspx?…ProjectId=<n> in #AdvertisementContent, its heading in
// #AdvertisementHeading, the employer in #CustomerName, the form behind an ApplicationForm link.
// Vacancy lists (/vacancies/list.aspx, Positions.aspx) are no ad.
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fact, fieldsOf, found, hostIs, labelledFacts, pick, q, txt } from './kit';

export const hrManager: SiteAdapter = {
  id: 'hr-manager',
  name: 'HR Manager',
  matches: (url) => hostIs(url, 'hr-manager.net'),
  isAd: (doc, url) => {
    if (/\/ApplicationInit\.aspx$/iu.test(url.pathname) && q(doc, '#AdvertisementContent') !== null) return true;
    return /\/(?:list|positions|vacancies)[^/]{0,20}$/iu.test(url.pathname) ? false : null;
  },
  root: (doc) => q(doc, '#AdvertisementContent'),
  extract(doc, url, { observed }) {
    const ad = q(doc, '#AdvertisementContent');
    if (!ad) return {};
    const facts = labelledFacts(q(doc, '#AdvertisementFacts') ?? ad);
    const dl = fact(facts, ['ansøgningsfrist', 'søknadsfrist', 'sista ansökningsdag', 'frist']);
    const form = q(doc, 'a[href*="ApplicationForm.aspx" i]');
    const apply = form ? absUrl(attr(form, 'href'), url) : null;
    return fieldsOf({
      title: pick(doc, ['#AdvertisementHeading', '#AdvertisementContent h1'], 'overskrift'),
      organization: pick(doc, ['#CustomerName'], 'virksomhed'),
      location: pick(doc, ['#WorkPlace'], 'arbejdssted'),
      deadline: dl ? dayFound(dl.value, dl.label, observed) : null,
      applyUrl: apply ? found(apply, `${txt(form, 80)}: ${apply}`) : null,
    });
  },
};
