// @vitest-environment happy-dom
// Adding a fact is one entry in the field table (lib/schema/fields.ts): this test adds one to a
// copy of the table, "workplaceCode" (a text), and checks that the draft's schema, the empty
// draft, the extractor's check and merge, the posting form (model and inputs) and the CSV export
// all pick it up with no other edit.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../lib/schema/fields', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/schema/fields')>();
  const FIELDS = {
    ...real.FIELDS,
    workplaceCode: { kind: 'text', max: 20, merge: 'text', label: 'fieldLocation', csv: true },
  } as typeof real.FIELDS;
  const spec = (f: string) => (FIELDS as Record<string, (typeof FIELDS)[keyof typeof FIELDS]>)[f]!;
  return {
    ...real,
    FIELDS,
    FACT_FIELDS: Object.keys(FIELDS),
    fieldSpec: spec,
    emptyValue: (f: string) => (real.isListKind(spec(f).kind) ? [] : null),
  };
});

const { draftSchema, emptyDraft } = await import('../../lib/schema/draft');
const { postingInputSchema } = await import('../../lib/schema/posting');
const { sanitizeDraft } = await import('../../lib/extract/validate');
const { core, NO_PAGE } = await import('../../lib/extract/merge');
const { readValues, valuesOf } = await import('../../lib/form/values');
const { POSTING_COLUMNS, postingsCsv } = await import('../../lib/export/csv');
const { PostingFields } = await import('../../components/form/PostingFields');

afterEach(cleanup);

const NEW = 'workplaceCode';
type Loose = Record<string, unknown>;

describe('a field added to the field table', () => {
  it('is in the draft schema, with the limits of its kind, and empty in the empty draft', () => {
    const empty = emptyDraft() as unknown as Loose;
    expect(empty[NEW]).toBeNull();
    expect(draftSchema.safeParse(empty).success).toBe(true);
    expect(draftSchema.safeParse({ ...empty, [NEW]: 'KBH-12' }).success).toBe(true);
    expect(draftSchema.safeParse({ ...empty, [NEW]: 'x'.repeat(21) }).success).toBe(false);
    expect(postingInputSchema.safeParse({ ...empty, title: 'T', url: 'https://o.example/', [NEW]: 42 }).success).toBe(false);
  });

  it("passes the extractor's zod-free check, which empties a value that breaks its kind", () => {
    const ok = sanitizeDraft({ ...emptyDraft(), [NEW]: 'KBH-12' } as never) as unknown as Loose;
    expect(ok[NEW]).toBe('KBH-12');
    const bad = sanitizeDraft({ ...emptyDraft(), [NEW]: 'x'.repeat(21), evidence: { [NEW]: 's' } } as never);
    expect((bad as unknown as Loose)[NEW]).toBeNull();
    expect(bad.evidence[NEW]).toBeUndefined();
  });

  it("is merged by the extractor from a source's candidates, with its evidence and source", () => {
    const posting = {
      fields: { [NEW]: { value: 'KBH-12', evidence: 'workplaceCode: KBH-12', source: 'jsonld' as const } } as never,
      datePosted: null,
      description: null,
      employmentType: null,
      inLanguage: null,
      weakLocation: null,
    };
    const d = core('Kampagnemedarbejder', {}, { ...NO_PAGE, postings: [posting], distinctPostings: 1 }) as unknown as Loose;
    expect(d[NEW]).toBe('KBH-12');
    expect((d.evidence as Loose)[NEW]).toBe('workplaceCode: KBH-12');
    expect((d.sources as Loose)[NEW]).toBe('jsonld');
  });

  it('is in the posting form: its input shows the value, and what the user types is read back', () => {
    const values = valuesOf({ title: 'T', [NEW]: 'KBH-12' } as never);
    expect((values as unknown as Loose)[NEW]).toBe('KBH-12');
    expect((readValues({ ...values, [NEW]: ' AAR-3 ' } as never).facts as Loose)[NEW]).toBe('AAR-3');
    const onChange = vi.fn();
    render(<PostingFields lang="en" values={values} errors={{}} onChange={onChange} />);
    const input = document.getElementById(`f-${NEW}`) as HTMLInputElement;
    expect(input.value).toBe('KBH-12');
    expect(input.maxLength).toBe(20);
    fireEvent.input(input, { target: { value: 'ODE-1' } });
    expect(onChange.mock.calls[0]![0][NEW]).toBe('ODE-1');
    expect(screen.getAllByLabelText('Location')).toHaveLength(2);
  });

  it('is a column of the CSV export', () => {
    expect(POSTING_COLUMNS).toContain(NEW);
    const posting = { ...emptyDraft(), [NEW]: 'KBH-12', title: 'T', url: 'https://o.example/' } as never;
    const csv = postingsCsv([posting], {
      columns: ['title', NEW as never],
      separator: ',',
      header: (c) => c,
      status: (s) => s,
    });
    expect(csv).toBe('\uFEFFtitle,workplaceCode\r\nT,KBH-12\r\n');
  });
});
