import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../../lib/extract/node';
import { localDeadline } from '../../../../lib/extract/structured';
import { draftSchema } from '../../../../lib/schema/draft';

const page = (head: string, body = '<main><p>Tekst om stillingen.</p></main>') =>
  `<!doctype html><html lang="da"><head>${head}</head><body>${body}</body></html>`;
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('JSON-LD JobPosting', () => {
  it('reads a posting inside @graph with @id references', () => {
    const d = extractFromHtml(
      page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Organization', '@id': '#org', name: 'Dansk Flygtningehjælp' },
            {
              '@type': 'JobPosting',
              title: 'Projektleder',
              hiringOrganization: { '@id': '#org' },
              datePosted: '2025-02-01',
              validThrough: '2025-03-01T12:00:00+01:00',
              jobLocation: {
                '@type': 'Place',
                address: { streetAddress: 'Borgergade 10', postalCode: '1300', addressLocality: 'København K' },
              },
              baseSalary: {
                '@type': 'MonetaryAmount',
                currency: 'DKK',
                value: { '@type': 'QuantitativeValue', value: 38000, unitText: 'MONTH' },
              },
            },
          ],
        }),
      ),
    );
    expect(d.title).toBe('Projektleder');
    expect(d.organization).toBe('Dansk Flygtningehjælp');
    expect(d.location).toBe('Borgergade 10, 1300 København K');
    expect(d.deadline).toBe('2025-03-01T12:00');
    expect(d.salary).toMatchObject({ amount: 38000, currency: 'DKK', period: 'month' });
    expect(d.sources?.title).toBe('jsonld');
    expect(d.evidence.deadline).toContain('validThrough');
    expect(d.isJobAd).toBe(true);
    expect(draftSchema.safeParse(d).success).toBe(true);
  });

  it('reads a posting from a top-level array and turns an entity-encoded description into text', () => {
    const description = '&lt;p&gt;Vi søger en kollega.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ansøgningsfrist: 15. april 2025&lt;/li&gt;&lt;/ul&gt;';
    const d = extractFromHtml(
      page(
        ld([
          { '@type': 'WebSite', name: 'x' },
          { '@type': 'JobPosting', title: 'Konsulent', description, hiringOrganization: 'Foreningen X' },
        ]),
        '<div></div>',
      ),
      { observed: '2025-03-01' },
    );
    expect(d.title).toBe('Konsulent');
    expect(d.organization).toBe('Foreningen X');
    // The page has no text of its own: the decoded description is parsed instead.
    expect(d.deadline).toBe('2025-04-15');
  });

  it('two different postings make a list, not an ad', () => {
    const d = extractFromHtml(
      page(
        ld([
          { '@type': 'JobPosting', title: 'A' },
          { '@type': 'JobPosting', title: 'B' },
        ]),
      ),
    );
    expect(d.isJobAd).toBe(false);
    expect(d.title).not.toBe('A');
  });

  it('survives broken JSON-LD', () => {
    const d = extractFromHtml(page('<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'));
    expect(draftSchema.safeParse(d).success).toBe(true);
  });

  it('reads JSON-LD written with a comma before a closing brace, as hand-written blocks often are', () => {
    const d = extractFromHtml(
      page(
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Koordinator", "hiringOrganization": {"name": "Fjordby Sogn",},}</script>',
      ),
    );
    expect(d.title).toBe('Koordinator');
    expect(d.organization).toBe('Fjordby Sogn');
  });

  it("takes a validThrough months after datePosted for the listing's expiry, not the last day to apply", () => {
    const at = (validThrough: string) =>
      extractFromHtml(page(ld({ '@type': 'JobPosting', title: 'Koordinator', datePosted: '2021-11-23', validThrough })), {
        observed: '2021-11-24',
      }).deadline;
    expect(at('2022-07-20T00:00')).toBeNull();
    expect(at('2021-12-20T12:00')).toBe('2021-12-20T12:00');
  });

  it('uses directApply url as the apply link', () => {
    const d = extractFromHtml(page(ld({ '@type': 'JobPosting', title: 'X', directApply: true, url: '/apply/42' })), {
      url: 'https://org.example/job/42',
    });
    expect(d.applyUrl).toBe('https://org.example/apply/42');
  });
});

describe('validThrough → local deadline', () => {
  it('keeps a wall-clock time with an offset', () => {
    expect(localDeadline('2025-03-01T12:00:00+01:00', 'da')).toBe('2025-03-01T12:00');
  });
  it('end or start of day means the date', () => {
    expect(localDeadline('2025-03-01T23:59:59+01:00', 'da')).toBe('2025-03-01');
    expect(localDeadline('2025-03-01T00:00:00+01:00', 'da')).toBe('2025-03-01');
    expect(localDeadline('2025-03-01', 'da')).toBe('2025-03-01');
  });
  it('converts UTC to Central European time for Scandinavian ads (winter and summer)', () => {
    expect(localDeadline('2025-03-01T11:00:00Z', 'da')).toBe('2025-03-01T12:00');
    expect(localDeadline('2025-06-01T10:00:00Z', 'nb')).toBe('2025-06-01T12:00');
    // A bare date stored as local midnight, serialised in UTC.
    expect(localDeadline('2025-02-27T23:00:00Z', 'sv')).toBe('2025-02-28');
  });
  it('does not shift a UTC midnight or 23:59 into a nonsense time', () => {
    expect(localDeadline('2025-03-01T00:00:00Z', 'da')).toBe('2025-03-01');
    expect(localDeadline('2025-03-01T23:59:00Z', 'de')).toBe('2025-03-01');
  });
  it('uses UK time for .uk sites and rejects junk', () => {
    expect(localDeadline('2025-07-01T11:00:00Z', 'en', 'https://x.org.uk/job')).toBe('2025-07-01T12:00');
    expect(localDeadline('not a date', 'da')).toBeNull();
  });
});

describe('microdata and meta', () => {
  it('reads itemprop values of a JobPosting scope', () => {
    const d = extractFromHtml(
      page(
        '<title>ignored</title>',
        `<div itemscope itemtype="https://schema.org/JobPosting">
          <h1 itemprop="title">Organisationskonsulent</h1>
          <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Landsforeningen Y</span></div>
          <meta itemprop="validThrough" content="2025-05-02">
          <p>Vi glæder os til at høre fra dig. Send din ansøgning senest 2. maj 2025.</p>
        </div>`,
      ),
    );
    expect(d.title).toBe('Organisationskonsulent');
    expect(d.organization).toBe('Landsforeningen Y');
    expect(d.deadline).toBe('2025-05-02');
    expect(d.sources?.title).toBe('microdata');
  });

  it('takes the title from h1 / <title> without the site suffix, the org from og:site_name', () => {
    const d = extractFromHtml(
      `<html lang="nb"><head><title>Rådgiver klima | Naturvernforbundet</title><meta property="og:site_name" content="Naturvernforbundet"></head>
       <body><main><p>Naturvernforbundet søker en rådgiver. Søknadsfrist: 1. mai 2025. Stillingen er fast. Send søknad til post@nv.no.</p></main></body></html>`,
    );
    expect(d.title).toBe('Rådgiver klima');
    expect(d.organization).toBe('Naturvernforbundet');
    expect(d.language).toBe('nb');
  });
});
