import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface RowProps {
  /** Put on the row's one focusable element (roving tab index: only the active row is in the tab order). */
  focus: { tabIndex: number; 'data-vindex': number; onFocus: () => void };
}

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Each kind of row has a fixed height in pixels. */
  itemHeight: (item: T) => number;
  /** Height of the visible window in pixels. */
  height: number;
  getKey: (item: T) => string;
  renderItem: (item: T, index: number, props: RowProps) => ComponentChildren;
  /** Whether a row takes keyboard focus (headings that do nothing are skipped). */
  focusable?: (item: T) => boolean;
  /** Accessible name of the list. */
  label: string;
  /** Rows rendered beyond the window on each side. */
  overscan?: number;
  class?: string;
}

/** First index whose row ends below `y`. */
function firstVisible(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Each row's top, and the bottom of the last, in pixels. */
function rowOffsets<T>(items: readonly T[], itemHeight: (item: T) => number): number[] {
  const out = new Array<number>(items.length + 1);
  out[0] = 0;
  for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + itemHeight(items[i]!);
  return out;
}

/** The rows to render: those in view and a few around, and the active row wherever it is, so
 *  that focus never lands on a row that is not in the DOM. */
function rowsInView(offsets: readonly number[], scrollTop: number, height: number, overscan: number, activeIndex: number): number[] {
  const count = offsets.length - 1;
  const start = count ? Math.max(0, firstVisible(offsets, scrollTop) - overscan) : 0;
  let end = start;
  while (end < count && offsets[end]! < scrollTop + height) end++;
  end = Math.min(count, end + overscan);
  const indices: number[] = [];
  for (let i = start; i < end; i++) indices.push(i);
  if (activeIndex >= 0 && (activeIndex < start || activeIndex >= end)) indices.push(activeIndex);
  return indices;
}

/** Where to scroll so that row `i` is in view; null when it already is. */
function scrollToShow(offsets: readonly number[], i: number, scrollTop: number, height: number): number | null {
  const top = offsets[i]!;
  const bottom = offsets[i + 1]!;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return bottom - height;
  return null;
}

/** The row a key moves to: ↑/↓ by one, Home/End to the ends, PageUp/PageDown by a window. */
function keyTarget(key: string, active: number, count: number, perPage: number): number | null {
  const targets: Record<string, number> = {
    ArrowDown: active + 1,
    ArrowUp: active - 1,
    Home: 0,
    End: count - 1,
    PageDown: active + perPage,
    PageUp: active - perPage,
  };
  return Object.hasOwn(targets, key) ? targets[key]! : null;
}

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, positioned absolutely inside
 * a spacer as tall as all rows. Keyboard: ↑/↓ move between rows, Home/End to the first/last,
 * PageUp/PageDown by a window; the focused row scrolls into view. Screen readers get the list's
 * size and each row's position (aria-setsize, aria-posinset).
 */
export function VirtualList<T>({
  items,
  itemHeight,
  height,
  getKey,
  renderItem,
  focusable = () => true,
  label,
  overscan = 4,
  class: cls,
}: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState<number | null>(null);

  const offsets = useMemo(() => rowOffsets(items, itemHeight), [items, itemHeight]);
  const total = offsets[items.length] ?? 0;

  const firstFocusable = useMemo(() => items.findIndex((it) => focusable(it)), [items, focusable]);
  const activeIndex = active < items.length && items[active] !== undefined && focusable(items[active]!) ? active : firstFocusable;

  const indices = rowsInView(offsets, scrollTop, height, overscan, activeIndex);

  useEffect(() => {
    if (focusWanted === null) return;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-vindex="${focusWanted}"]`);
    el?.focus();
    setFocusWanted(null);
  }, [focusWanted, scrollTop]);

  function moveTo(index: number) {
    if (items.length === 0) return;
    let i = Math.max(0, Math.min(items.length - 1, index));
    const dir = index >= activeIndex ? 1 : -1;
    while (i >= 0 && i < items.length && !focusable(items[i]!)) i += dir;
    if (i < 0 || i >= items.length) return;
    setActive(i);
    const el = viewport.current;
    const next = el ? scrollToShow(offsets, i, el.scrollTop, height) : null;
    if (el && next !== null) {
      el.scrollTop = next;
      setScrollTop(next);
    }
    setFocusWanted(i);
  }

  function onKeyDown(e: JSX.TargetedKeyboardEvent<HTMLDivElement>) {
    const target = keyTarget(e.key, activeIndex, items.length, Math.max(1, Math.floor(height / 56)));
    if (target === null) return;
    e.preventDefault();
    moveTo(target);
  }

  return (
    <div
      ref={viewport}
      class={cls ? `vlist ${cls}` : 'vlist'}
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} style={{ height: `${total}px`, position: 'relative' }}>
        {indices.map((i) => (
          <div
            key={getKey(items[i]!)}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={i + 1}
            class="vrow"
            style={{ position: 'absolute', top: `${offsets[i]}px`, left: 0, right: 0, height: `${offsets[i + 1]! - offsets[i]!}px` }}
          >
            {renderItem(items[i]!, i, { focus: { tabIndex: i === activeIndex ? 0 : -1, 'data-vindex': i, onFocus: () => setActive(i) } })}
          </div>
        ))}
      </div>
    </div>
  );
}
