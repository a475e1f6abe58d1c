// HR Manager (hr-manager.net), the recruiting system of many Danish municipalities, unions and
// NGOs: the ad at /ApplicationInit.aspx?…ProjectId=<n>. Two layouts: the classic one with the ad
// in #AdvertisementContent, its heading in #AdvertisementHeading, the employer in #CustomerName; and
// the widget layout (Talentech's brand in <title> and og:site_name, never the employer) with facts
// as widgets: <div class="frist"><div class="rowheader">Application due</div>…<span>21-09-2026</span>.
// The form sits behind an ApplicationForm link. Vacancy lists (/vacancies/list.aspx, Positions.aspx)
// are no ad.
import type { SiteAdapter } from './types';
import { absUrl, attr, dayFound, fact, type Fact, fieldsOf, found, hostIs, labelledFacts, pick, q, qa, txt } from './kit';

/** The widget layout's facts: a .rowheader label and the text after it in the same widget. */
function widgetFacts(doc: Document): Fact[] {
  return qa(doc, '.rowheader', 60).flatMap((h) => {
    const label = txt(h, 60).toLowerCase();
    let value = '';
    let el: Element | null = h.nextElementSibling;
    let holder: Element | null = null;
    for (; el && value.length < 200; el = el.nextElementSibling) {
      const t = txt(el, 200);
      if (t && !holder) holder = el;
      value = `${value} ${t}`.trim();
    }
    return label && value && holder ? [{ label, value, el: holder }] : [];
  });
}

export const hrManager: SiteAdapter = {
  id: 'hr-manager',
  name: 'HR Manager',
  matches: (url) => hostIs(url, 'hr-manager.net'),
  isAd: (doc, url) => {
    const ad = /\/ApplicationInit\.aspx$/iu.test(url.pathname);
    if (ad && (q(doc, '#AdvertisementContent') !== null || (q(doc, 'h1') !== null && widgetFacts(doc).length > 0))) return true;
    return /\/(?:list|positions|vacancies)[^/]{0,20}$/iu.test(url.pathname) ? false : null;
  },
  root: (doc) => q(doc, '#AdvertisementContent'),
  extract(doc, url, { observed }) {
    const ad = q(doc, '#AdvertisementContent');
    const widgets = widgetFacts(doc);
    if (!ad && !widgets.length) return {};
    const facts = [...labelledFacts(q(doc, '#AdvertisementFacts') ?? ad), ...widgets];
    const dl = fact(facts, ['ansøgningsfrist', 'søknadsfrist', 'sista ansökningsdag', 'application due', 'deadline', 'frist']);
    const place = fact(facts, ['arbejdssted', 'arbeidssted', 'workplace', 'tjänsteort']);
    const form = q(doc, 'a[href*="ApplicationForm.aspx" i]');
    const apply = form ? absUrl(attr(form, 'href'), url) : null;
    return fieldsOf({
      title: pick(doc, ['#AdvertisementHeading', '#AdvertisementContent h1', 'h1'], 'overskrift'),
      organization: pick(doc, ['#CustomerName'], 'virksomhed'),
      location: pick(doc, ['#WorkPlace'], 'arbejdssted') ?? (place ? found(place.value, `${place.label}: ${place.value}`) : null),
      deadline: dl ? dayFound(dl.value, dl.label, observed) : null,
      applyUrl: apply ? found(apply, `${txt(form, 80)}: ${apply}`) : null,
    });
  },
};
