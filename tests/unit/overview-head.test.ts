import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../lib/schema/status';
import { dueKey, groupOverview, type OverviewRow } from '../../lib/tracker/groups';
import { buildHead, headScreen } from '../../lib/tracker/head';

const written = new Date(2026, 11, 10, 9, 30); // Thursday 10 December 2026, 09:30 local

const rowArb = fc
  .record({
    n: fc.integer({ min: 0, max: 999 }),
    day: fc.option(fc.integer({ min: -20, max: 60 }), { nil: null }),
    time: fc.option(fc.integer({ min: 0, max: 23 * 60 + 59 }), { nil: null }),
    status: fc.constantFrom(...STATUSES),
    title: fc.constantFrom('Rådgiver', 'Koordinator', 'Sekretær'),
  })
  .map(({ n, day, time, status, title }): OverviewRow => {
    let deadline: string | null = null;
    if (day !== null) {
      const d = new Date(2026, 11, 10 + day);
      const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      deadline = time === null ? date : `${date}T${String(time >> 6).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`;
    }
    return {
      id: `p${n}`,
      title,
      organization: null,
      deadline,
      due: dueKey(deadline),
      status,
      savedAt: `2026-11-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    };
  });
const rowsArb = fc.uniqueArray(rowArb, { selector: (r) => r.id, minLength: 30, maxLength: 200 });
// Up to 3 days after the summary was written.
const laterArb = fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => new Date(written.getTime() + m * 60_000));

describe('the overview summary (first screen without every line)', () => {
  it('gives each group the size and the top rows that grouping every line gives', () => {
    let used = 0;
    fc.assert(
      fc.property(rowsArb, laterArb, fc.integer({ min: 1, max: 40 }), (rows, now, size) => {
        const head = buildHead(rows, written, size);
        const screen = headScreen(head, now, 5);
        const full = groupOverview(rows, now);
        if (!screen) return;
        used++;
        expect(screen.total).toBe(rows.length);
        expect(screen.groups.map((g) => [g.id, g.count, g.folded])).toEqual(full.map((g) => [g.id, g.rows.length, g.folded]));
        for (const g of screen.groups) {
          const all = full.find((f) => f.id === g.id)!.rows;
          expect(g.rows.map((r) => r.id)).toEqual(all.slice(0, g.rows.length).map((r) => r.id));
        }
        // The known rows are the top of the list: whole groups, then the start of one.
        const shown = screen.groups.filter((g) => g.rows.length > 0);
        shown.slice(0, -1).forEach((g) => expect(g.rows.length).toBe(g.count));
        expect(screen.groups.slice(0, shown.length).map((g) => g.id)).toEqual(shown.map((g) => g.id));
      }),
      { numRuns: 300 },
    );
    expect(used).toBeGreaterThan(100); // the property was checked, not skipped
  });

  it('is used only when enough of its rows still lie ahead, and never before it was written', () => {
    const rows: OverviewRow[] = Array.from({ length: 30 }, (_, i) => {
      const deadline = `2026-12-${String(11 + (i % 15)).padStart(2, '0')}`;
      return {
        id: `p${i}`,
        title: 'T',
        organization: null,
        deadline,
        due: dueKey(deadline),
        status: 'saved',
        savedAt: '2026-12-01T00:00:00.000Z',
      };
    });
    const head = buildHead(rows, written, 10);
    expect(head.first.map((r) => r.id)).toEqual(['p0', 'p15', 'p1', 'p16', 'p17', 'p2', 'p18', 'p3', 'p19', 'p4']);
    expect(headScreen(head, written, 10)?.groups.map((g) => [g.id, g.count, g.rows.length])).toEqual([
      ['week', 14, 10],
      ['upcoming', 16, 0],
    ]);
    // Two days on, four of its ten rows have passed: not enough left for a screen of ten.
    expect(headScreen(head, new Date(2026, 11, 13, 9, 30), 10)).toBeNull();
    expect(headScreen(head, new Date(2026, 11, 13, 9, 30), 6)?.groups.map((g) => [g.id, g.count, g.rows.length])).toEqual([
      ['today', 2, 2],
      ['week', 14, 4],
      ['upcoming', 10, 0],
      ['expired', 4, 0],
    ]);
    expect(headScreen(head, new Date(2026, 11, 10, 9, 0), 1)).toBeNull();
  });

  it('holds a short list whole, and draws all of it at any time', () => {
    const rows: OverviewRow[] = [
      {
        id: 'a',
        title: 'A',
        organization: null,
        deadline: '2026-12-01',
        due: dueKey('2026-12-01'),
        status: 'applied',
        savedAt: '2026-11-01T00:00:00.000Z',
      },
      { id: 'b', title: 'B', organization: null, deadline: null, due: null, status: 'saved', savedAt: '2026-11-02T00:00:00.000Z' },
    ];
    const head = buildHead(rows, written);
    expect(head.lines).toEqual(rows);
    for (const at of [written, new Date(2026, 11, 1), new Date(2027, 5, 1)]) {
      expect(headScreen(head, at, 10)?.groups).toEqual(groupOverview(rows, at).map((g) => ({ ...g, count: g.rows.length })));
    }
    expect(buildHead([...rows, ...rows.map((r) => ({ ...r, id: `${r.id}2` }))], written, 3).lines).toBeUndefined();
  });

  it('keeps every posting that shares the last deadline it lists', () => {
    const rows: OverviewRow[] = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      title: id,
      organization: null,
      deadline: '2026-12-20',
      due: dueKey('2026-12-20'),
      status: 'preparing',
      savedAt: '2026-12-01T00:00:00.000Z',
    }));
    expect(buildHead(rows, written, 2).first.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
