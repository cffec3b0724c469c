"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Claim } from "@/lib/api/dto";
import type { SentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CoverageBar } from "@/components/ui/CoverageBar";
import { ClaimByline } from "./ClaimByline";
import { listWindow } from "./list-window";
import { StatusBadge } from "./StatusBadge";

type Flags = (claim: Claim) => {
  openThread: boolean;
  missingSource: boolean;
  followed: "moved" | "requoted" | null;
  /** The claim has changes the server has not acknowledged yet. */
  unsaved?: boolean;
};

type Props = {
  /** The claims to list (already filtered), in text order. */
  claims: Claim[];
  totalClaims: number;
  /** The article's language: quotes are set in its quotation marks. */
  language: string;
  coverage: SentenceCoverage;
  activeId: number | null;
  flags: Flags;
  filters: React.ReactNode;
  detail: React.ReactNode;
  /** Claims whose text is gone, shown apart below the list. */
  orphaned: React.ReactNode;
  onSelect: (claim: Claim) => void;
};

/** Longer lists draw only the items in view (a long article has thousands of claims). */
const FULL_LIST_LIMIT = 100;
/** Height of an item before any is measured (two lines of quote), in CSS pixels. */
const ESTIMATED_ITEM_HEIGHT = 90;
/** The gap between items (`.claim-list` in globals.css). */
const ITEM_GAP = 6;
/** Items drawn above and below the viewport, in pixels, so scrolling shows no blank. */
const OVERSCAN = 800;
/** Viewport assumed before the list is measured (also on the server, so hydration matches). */
const INITIAL_VIEWPORT = { top: 0, height: 1000 };

function quotePreview(exact: string): string {
  const flat = exact.replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

type ItemProps = {
  claim: Claim;
  active: boolean;
  flags: ReturnType<Flags>;
  /** In a windowed list: the item's place in the whole list, and room left for undrawn items. */
  position?: { index: number; size: number; spaceBefore: number; spaceAfter: number };
  onSelect: (claim: Claim) => void;
};

function ClaimItem({ claim, active, flags, position, onSelect }: ItemProps) {
  const { openThread, missingSource, followed, unsaved } = flags;
  // Margins, not the list's padding: a scroll container cannot shrink below its padding.
  const spacing = position && (position.spaceBefore > 0 || position.spaceAfter > 0) ? { marginTop: position.spaceBefore, marginBottom: position.spaceAfter } : undefined;
  return (
    <li data-claim-item={claim.id} aria-setsize={position?.size} aria-posinset={position ? position.index + 1 : undefined} style={spacing}>
      <button type="button" className={`claim-item claim-item--${claim.status}`} data-claim-id={claim.id} aria-current={active ? "true" : undefined} onClick={() => onSelect(claim)}>
        <span className="claim-item-head">
          <StatusBadge status={claim.status} />
          {unsaved ? <span className="flag flag--unsaved">not saved yet</span> : null}
          {openThread ? <span className="flag flag--thread">open thread</span> : null}
          {missingSource ? <span className="flag flag--warning">sourced, but no source given</span> : null}
          {followed ? <span className="flag flag--moved">{followed === "moved" ? "moved with the text" : "wording changed"}</span> : null}
        </span>
        <q className="claim-quote">{quotePreview(claim.quote.exact)}</q>
        <ClaimByline claim={claim} />
      </button>
    </li>
  );
}

/**
 * The claims in text order. Past {@link FULL_LIST_LIMIT} claims only the items in the list's
 * viewport are drawn, with margins standing in for the others: rendering thousands of items made
 * every click in a long article slow (each selection re-rendered them, opening a claim unmounted
 * them, closing it mounted them again). Drawn items are measured; the others are assumed to be as
 * tall as the average drawn one.
 */
function ClaimList({ claims, language, activeId, flags, heights, onSelect }: Pick<Props, "claims" | "language" | "activeId" | "flags" | "onSelect"> & { heights: Map<number, number> }) {
  const listRef = useRef<HTMLOListElement>(null);
  const [viewport, setViewport] = useState(INITIAL_VIEWPORT);
  // `heights` is kept by the sidebar (it outlives the list while a claim's details are shown);
  // this counter re-renders the list when a measurement changed it.
  const [, setMeasured] = useState(0);
  const windowed = claims.length > FULL_LIST_LIMIT;

  let measuredTotal = 0;
  for (const h of heights.values()) measuredTotal += h;
  const estimate = heights.size > 0 ? measuredTotal / heights.size : ESTIMATED_ITEM_HEIGHT;
  const offsets = new Array<number>(claims.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < claims.length; i++) offsets[i + 1] = offsets[i] + (heights.get(claims[i].id) ?? estimate) + ITEM_GAP;
  const range = windowed ? listWindow(offsets, { ...viewport, overscan: OVERSCAN }) : { first: 0, last: claims.length, paddingTop: 0, paddingBottom: 0 };

  // The viewport follows the list's scrolling and size; drawn items report their heights.
  const observer = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const readViewport = () => setViewport((v) => (v.top === list.scrollTop && v.height === list.clientHeight ? v : { top: list.scrollTop, height: list.clientHeight }));
    readViewport();
    const sizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        if (entry.target === list) continue;
        // An item scrolled out of the window was removed: it reports a size of 0, not its height.
        if (!entry.target.isConnected) {
          sizes.unobserve(entry.target);
          continue;
        }
        const id = Number((entry.target as HTMLElement).dataset.claimItem);
        const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        if (Math.abs((heights.get(id) ?? -1) - height) >= 0.5) {
          heights.set(id, height);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
      readViewport();
    });
    sizes.observe(list);
    observer.current = sizes;
    list.addEventListener("scroll", readViewport, { passive: true });
    return () => {
      list.removeEventListener("scroll", readViewport);
      sizes.disconnect();
      observer.current = null;
    };
  }, [windowed, heights]);

  // Brings the selected claim into view: at once when it is drawn, else by scrolling the list to
  // where it should be (the window follows, a few renders at most as heights get measured).
  const scrollTarget = useRef<{ id: number; tries: number } | null>(null);
  useEffect(() => {
    scrollTarget.current = activeId === null ? null : { id: activeId, tries: 0 };
    setMeasured((n) => n + 1);
  }, [activeId]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // Items drawn since the last render start being measured.
    if (observer.current) for (const item of list.querySelectorAll("li[data-claim-item]")) observer.current.observe(item);
    const target = scrollTarget.current;
    if (!target) return;
    const drawn = list.querySelector(`[data-claim-id="${target.id}"]`);
    const index = drawn ? -1 : claims.findIndex((c) => c.id === target.id);
    if (drawn || index < 0 || ++target.tries > 5) {
      scrollTarget.current = null;
      drawn?.scrollIntoView({ block: "nearest" });
      return;
    }
    const top = offsets[index];
    const bottom = offsets[index + 1] - ITEM_GAP;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    setViewport({ top: list.scrollTop, height: list.clientHeight });
  });

  return (
    <ol className="claim-list" ref={listRef} lang={language}>
      {claims.slice(range.first, range.last).map((claim, i, drawn) => (
        <ClaimItem
          key={claim.id}
          claim={claim}
          active={claim.id === activeId}
          flags={flags(claim)}
          position={
            windowed
              ? { index: range.first + i, size: claims.length, spaceBefore: i === 0 ? range.paddingTop : 0, spaceAfter: i === drawn.length - 1 ? range.paddingBottom : 0 }
              : undefined
          }
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}

/** Progress, filters and the claims in text order, or the selected claim's details. */
export function ClaimSidebar({ claims, totalClaims, language, coverage, activeId, flags, filters, detail, orphaned, onSelect }: Props) {
  // Measured heights of list items, by claim id: kept while the list is replaced by a claim's details.
  const [itemHeights] = useState(() => new Map<number, number>());
  return (
    <aside className="sidebar" aria-label="Claims">
      <h2 className="sidebar-title">Claims</h2>
      <CoverageBar coverage={coverage} label="Sentences tagged" />
      {detail ?? (
        <>
          {filters}
          {claims.length === 0 ? (
            <p className="empty">{totalClaims === 0 ? "No claims yet. Select a sentence and tag it." : "No claims match the filter."}</p>
          ) : (
            <ClaimList claims={claims} language={language} activeId={activeId} flags={flags} heights={itemHeights} onSelect={onSelect} />
          )}
          {orphaned}
        </>
      )}
    </aside>
  );
}
