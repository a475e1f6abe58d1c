// A site's Markdown source read as the page it renders (lib/extract/page/markdown.ts).
import { describe, expect, it } from 'vitest';
import { expandCollapsedFrontMatter, looksLikeMarkdown, markdownToText, splitScriptBlocks } from '../../../../lib/extract/page/markdown';
import { extractFromHtml } from '../../../../lib/extract/node';
import { extractFromText } from '../../../../lib/extract';

const post = `---
layout: post
title: "Vacancy: Church Administrator"
date: 2024-03-04
closing: 25 March 2024
image: /img/church.jpg
tags: [jobs]
---
## About the role

We are looking for a **Church Administrator** to join our team. Read the [job description](https://example.org/jd.pdf)
or write to [the office](mailto:office@example.org).

- 20 hours per week
- £25,500 pro rata
`;

describe('Markdown', () => {
  it('is known by its front matter, headings, bold and links, not by dashes alone', () => {
    expect(looksLikeMarkdown(post)).toBe(true);
    expect(looksLikeMarkdown('Dine opgaver:\n- at rekruttere\n- at uddanne\n- at fastholde')).toBe(false);
  });

  it('puts the title first, keeps the page facts as "Key: value" lines and drops the template keys', () => {
    const t = markdownToText(post);
    expect(t.split('\n')[0]).toBe('Vacancy: Church Administrator');
    expect(t).toContain('Date: 2024-03-04');
    expect(t).toContain('Closing: 25 March 2024');
    expect(t).not.toMatch(/layout|church\.jpg|\[jobs\]/u);
  });

  it('removes heading marks and emphasis, writes links as text with the address, list items as bullets', () => {
    const t = markdownToText(post);
    expect(t).toContain('About the role');
    expect(t).not.toContain('##');
    expect(t).toContain('We are looking for a Church Administrator to join');
    expect(t).toContain('job description (https://example.org/jd.pdf)');
    expect(t).toContain('the office (office@example.org)');
    expect(t).toContain('• 20 hours per week');
  });

  it('gives the extractor the title and a year for a date without one', () => {
    const d = extractFromText(post.replace('closing: 25 March 2024', 'closing: 25 March'), {});
    expect(d.title).toBe('Church Administrator');
    expect(d.deadline).toBe('2024-03-25');
  });
});

describe('Markdown escapes and front-matter keys', () => {
  it('reads "4\\. Februar 2024" as "4. Februar 2024" and "PublishDate" as "Publish date"', () => {
    const t = markdownToText(
      '---\nPublishDate: 2026-01-20\ntitle: Hovedtrener\n---\n# Søknadsfrist\n\n4\\. Februar 2024\n\n**Lønn:** etter avtale',
    );
    expect(t).toContain('4. Februar 2024');
    expect(t).toContain('Publish date: 2026-01-20');
  });
});

describe('Markdown: text a template shows from its front matter, and inline HTML', () => {
  const page = `---
layout: naked-page
title: Community Coordinator
text: |
    ## Background
    We are a small non-profit.

    ## To Apply
    Send a short cover letter to [jobs@example.org](mailto:jobs@example.org) by <u><b>September 20, 2021</b></u>.
image: |
    /img/a.png
---
<p>Footer</p>
`;
  it('reads a block of text in the front matter ("text: |") as the page, dedented, and drops a technical block', () => {
    const t = markdownToText(page);
    expect(t).toContain('Background\nWe are a small non-profit.');
    expect(t).toContain('To Apply');
    expect(t).not.toContain('img/a.png');
    expect(t).not.toContain('    We are');
  });
  it('reads inline emphasis tags and a mail link as their text, so the date after "by" is the deadline', () => {
    expect(markdownToText(page)).toContain('by September 20, 2021.');
    expect(
      markdownToText('Return the form to Andy McCulloch, <a href="mailto:andy@example.org?subject=Application">andy@example.org</a>.'),
    ).toBe('Return the form to Andy McCulloch, andy@example.org.');
    expect(extractFromText(page, {}).deadline).toBe('2021-09-20');
  });
  it('keeps a one-line value and an HTML block element as they were', () => {
    const t = markdownToText(page);
    expect(t.split('\n')[0]).toBe('Community Coordinator');
    expect(t).toContain('<p>Footer</p>');
  });
});

describe('a front matter a browser collapsed into the first line of an HTML page', () => {
  const html = `---
layout: job
title: Wissenschaftliche Mitarbeiterin (m/w/d)
working-time: Vollzeit, befristet für zwei Jahre
deadline: 31.12.2020
contact-email: jobs@uni.example
breadcrumbs:
- title: Home
  url: home.html
---

<p>Die Universität Example ist in der Forschung fest verankert.</p>
<p>Die Stelle ist auf zwei Jahre befristet.</p>`;

  it('reads the line as the front matter it was and leaves the rest of the text', () => {
    const collapsed = `--- layout: job title: Wissenschaftliche Mitarbeiterin (m/w/d) deadline: 31.12.2020 breadcrumbs: - title: Home url: home.html ---\n\nDie Universität Example.`;
    const t = expandCollapsedFrontMatter(collapsed);
    expect(t.split('\n')[0]).toBe('Wissenschaftliche Mitarbeiterin (m/w/d)');
    expect(t).toContain('Deadline: 31.12.2020');
    expect(t).not.toMatch(/layout|home\.html/u);
    expect(t.endsWith('Die Universität Example.')).toBe(true);
  });

  it('leaves a text without such a line, or a line of dashes, as it is', () => {
    expect(expandCollapsedFrontMatter('--- Nyheder --- og mere')).toBe('--- Nyheder --- og mere');
    expect(expandCollapsedFrontMatter('Stilling: rådgiver\n--- title: x y: z ---')).toBe('Stilling: rådgiver\n--- title: x y: z ---');
  });

  it('gives the extractor the title and the deadline of the page', () => {
    const d = extractFromHtml(html, { observed: '2020-11-20' });
    expect(d.title).toBe('Wissenschaftliche Mitarbeiterin');
    expect(d.deadline).toBe('2020-12-31');
  });
});

describe('scripts and styles written inline in a site source', () => {
  const source = `<script type="application/ld+json">
{ "@context": "https://schema.org/", "@type": "JobPosting", "title": "Tandklinikassistent",
  "hiringOrganization": { "@type": "Organization", "name": "Tandlægerne Fjordby" },
  "jobLocation": { "@type": "Place", "address": { "streetAddress": "Havnevej 3", "addressLocality": "Fjordby" } },
}
</script>
<style>.job { color: red }</style>

## Stillingsopslag: Tandklinikassistent

Vi søger en tandklinikassistent til vores klinik. Arbejdstiden er 32 timer om ugen.`;

  it('shows none of their words and keeps the JSON-LD apart', () => {
    const { text, jsonLd } = splitScriptBlocks(source);
    expect(text).not.toMatch(/schema\.org|color: red|<script|<style/u);
    expect(text).toContain('Vi søger en tandklinikassistent');
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]).toContain('"Tandlægerne Fjordby"');
  });

  it('runs a block left open to the end, as a browser does, and leaves text without one as it is', () => {
    expect(splitScriptBlocks('Kirketjener søges.\n<script>var a = 1;\nmore').text).toBe('Kirketjener søges.\n');
    expect(splitScriptBlocks('Skriv <scripted> ikke <style-guide>.').text).toBe('Skriv <scripted> ikke <style-guide>.');
  });

  it('gives the extractor the JSON-LD as the structured data of the page it renders', () => {
    const d = extractFromText(source, { observed: '2021-11-23' });
    expect(d.title).toBe('Tandklinikassistent');
    expect(d.organization).toBe('Tandlægerne Fjordby');
    expect(d.location).toContain('Fjordby');
    expect(d.hoursPerWeek?.min).toBe(32);
  });
});

describe('character references in a site source', () => {
  it('render as their characters, in the front matter and the text', () => {
    const t = markdownToText(
      `---\ntitle: 'Let&#8217;s Read project administrator'\n---\n\nRate of pay is &pound;18,000pa, pro rata &amp; fixed-term.`,
    );
    expect(t).toContain('Let’s Read project administrator');
    expect(t).toContain('£18,000pa, pro rata & fixed-term');
  });
});

describe('links in a site source', () => {
  it('show a link to the site its text names as the text alone, so the name meets its legal form; other links keep their address', () => {
    const t = markdownToText(
      '[Morgenbladet](https://www.morgenbladet.no) er eid av [Mentor Medier](https://www.mentormedier.no) AS. Les [stillingsteksten](https://example.org/jd.pdf).',
    );
    expect(t).toBe('Morgenbladet er eid av Mentor Medier AS. Les stillingsteksten (https://example.org/jd.pdf).');
  });
});
