import { useCallback, useMemo, useState } from 'preact/hooks';
import { STATUSES, type Status } from '@/lib/schema/status';
import { translate, type Translate, type UiLang } from '@/lib/i18n';
import { countdown, formatDate } from '@/lib/time';
import { groupOverview, type GroupId, type OverviewRow } from '@/lib/tracker/groups';
import type { HeadScreen } from '@/lib/tracker/head';
import { GROUP_KEYS, STATUS_KEYS } from './labels';
import { VirtualList, type RowProps } from './VirtualList';

export interface OverviewFilter {
  text: string;
  /** Empty: every status. */
  statuses: Status[];
}

export interface OverviewProps {
  lang: UiLang;
  now: Date;
  /** The postings matching `filter` (from useOverview); grouped and sorted here. */
  rows: readonly OverviewRow[];
  /**
   * Instead of the rows, while they load: the groups' sizes and the rows at the top from the
   * overview's summary (the first screen of a long list); the rest show as empty placeholders.
   */
  head?: HeadScreen;
  /** How many postings are saved in all. */
  total: number;
  filter: OverviewFilter;
  onFilterChange: (filter: OverviewFilter) => void;
  onOpen: (id: string) => void;
  /** Height of the list window in pixels. */
  listHeight?: number;
}

type Item =
  | { kind: 'group'; id: GroupId; count: number; foldable: boolean; open: boolean }
  | { kind: 'posting'; row: OverviewRow; group: GroupId }
  /** Rows of a group not read yet: one block as tall as they are. */
  | { kind: 'pending'; group: GroupId; rows: number };

export const GROUP_ROW_HEIGHT = 32;
export const POSTING_ROW_HEIGHT = 60;

/**
 * The tracker's overview: search and status filter, then the postings grouped by deadline (today,
 * next 7 days, later, no deadline, sent, deadline passed, closed), nearest deadline first, in a
 * windowed list. Passed and closed postings are folded away until opened (or while searching).
 */
export function Overview({ lang, now, rows, head, total, filter, onFilterChange, onOpen, listHeight = 400 }: OverviewProps) {
  const t = translate(lang);
  const [opened, setOpened] = useState<ReadonlySet<GroupId>>(new Set());
  const filtering = filter.text.trim() !== '' || filter.statuses.length > 0;
  const groups = useMemo(() => head?.groups ?? groupOverview(rows, now), [head, rows, now]);

  const items = useMemo(() => {
    const out: Item[] = [];
    for (const g of groups) {
      const foldable = g.folded && !filtering;
      const open = !foldable || opened.has(g.id);
      const count = g.count ?? g.rows.length;
      out.push({ kind: 'group', id: g.id, count, foldable, open });
      if (!open) continue;
      for (const row of g.rows) out.push({ kind: 'posting', row, group: g.id });
      if (count > g.rows.length) out.push({ kind: 'pending', group: g.id, rows: count - g.rows.length });
    }
    return out;
  }, [groups, opened, filtering]);

  const toggle = (id: GroupId) =>
    setOpened((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const itemHeight = useCallback(
    (it: Item) => (it.kind === 'group' ? GROUP_ROW_HEIGHT : it.kind === 'pending' ? it.rows * POSTING_ROW_HEIGHT : POSTING_ROW_HEIGHT),
    [],
  );
  const focusable = useCallback((it: Item) => it.kind === 'posting' || (it.kind === 'group' && it.foldable), []);

  return (
    <section class="overview" aria-label={t('trOverview')}>
      <Filters t={t} filter={filter} onFilterChange={onFilterChange} />
      <p class="overview-count" aria-live="polite">
        {filtering ? t('trMatches', { n: rows.length, total }) : null}
      </p>
      {total === 0 ? <p class="empty">{t('emptyList')}</p> : null}
      {total > 0 && !head && rows.length === 0 ? <p class="empty">{t('trNoMatches')}</p> : null}
      {items.length > 0 ? (
        <VirtualList
          items={items}
          itemHeight={itemHeight}
          height={Math.min(
            listHeight,
            items.reduce((h, it) => h + itemHeight(it), 0),
          )}
          getKey={(it) => (it.kind === 'group' ? `g:${it.id}` : it.kind === 'pending' ? `n:${it.group}` : `p:${it.row.id}`)}
          focusable={focusable}
          label={t('savedPostings')}
          renderItem={(it, _i, { focus }) => (
            <ItemView it={it} focus={focus} t={t} lang={lang} now={now} onToggle={toggle} onOpen={onOpen} />
          )}
        />
      ) : null}
    </section>
  );
}

/** The search box and the status filter. */
function Filters({ t, filter, onFilterChange }: { t: Translate; filter: OverviewFilter; onFilterChange: (f: OverviewFilter) => void }) {
  const statusValue = filter.statuses.length === 1 ? filter.statuses[0]! : '';
  return (
    <div class="overview-filters" role="search">
      <label class="field">
        <span>{t('trSearch')}</span>
        <input
          type="search"
          value={filter.text}
          maxLength={200}
          placeholder={t('trSearchPlaceholder')}
          onInput={(e) => onFilterChange({ ...filter, text: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('trStatus')}</span>
        <select
          value={statusValue}
          onChange={(e) => {
            const v = e.currentTarget.value as Status | '';
            onFilterChange({ ...filter, statuses: v ? [v] : [] });
          }}
        >
          <option value="">{t('trAllStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** One item of the list: a group's heading (a toggle where it folds), a posting's row, or rows still loading. */
function ItemView(p: {
  it: Item;
  focus: RowProps['focus'];
  t: Translate;
  lang: UiLang;
  now: Date;
  onToggle: (id: GroupId) => void;
  onOpen: (id: string) => void;
}) {
  const { it, focus, t, lang, now } = p;
  if (it.kind === 'pending') return <div class="pending-rows" aria-busy="true" style={{ height: `${it.rows * POSTING_ROW_HEIGHT}px` }} />;
  if (it.kind === 'group')
    return (
      <h3 class={`group-heading group-${it.id}`}>
        {it.foldable ? (
          <button type="button" class="group-toggle" aria-expanded={it.open} onClick={() => p.onToggle(it.id)} {...focus}>
            {t(GROUP_KEYS[it.id])} ({it.count})
          </button>
        ) : (
          <span>
            {t(GROUP_KEYS[it.id])} ({it.count})
          </span>
        )}
      </h3>
    );
  return (
    <button type="button" class={`tracker-row in-${it.group}`} data-testid="tracker-row" onClick={() => p.onOpen(it.row.id)} {...focus}>
      <span class="row-main">
        <span class="row-title">{it.row.title}</span>
        <span class="row-org">{it.row.organization ?? ''}</span>
      </span>
      <span class="row-side">
        {it.row.deadline ? (
          <>
            <span class="row-countdown">{countdown(it.row.deadline, now, lang)}</span>
            <time class="row-date" dateTime={it.row.deadline}>
              {formatDate(it.row.deadline, lang)}
            </time>
          </>
        ) : (
          <span class="row-countdown none">{t('noDeadline')}</span>
        )}
        <span class={`row-status status-${it.row.status}`}>{t(STATUS_KEYS[it.row.status])}</span>
      </span>
    </button>
  );
}
