"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ArticleDetail, Claim, Sentence } from "@/lib/api/dto";
import { can, type Role } from "@/lib/auth/permissions";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import { stepSentence } from "@/lib/claims/step-sentence";
import { snapToWords } from "@/lib/text/snap-to-words";
import { indexOfSpanAt } from "@/lib/text/span-search";
import type { TextModel } from "@/lib/text";
import { ArticleEditor } from "@/components/editor/ArticleEditor";
import { ClaimSidebar } from "@/components/claims/ClaimSidebar";
import { StatusLegend } from "@/components/claims/StatusLegend";
import { TagToolbar } from "@/components/claims/TagToolbar";
import { isTypingTarget } from "./is-typing-target";
import { useClaimStore } from "./use-claim-store";

type Span = { start: number; end: number };

/** The article page: the text, the tagging toolbar and the claims sidebar, wired together. */
type Viewer = { id: string; name: string; role: Role };

export function Workspace({ viewer, article, sentences, initialClaims }: { viewer: Viewer; article: ArticleDetail; sentences: Sentence[]; initialClaims: Claim[] }) {
  const canTag = can(viewer.role, "claim.tag");
  const store = useClaimStore(article.id, initialClaims, viewer);
  const { claims, activeId, setActiveId } = store;
  const [selection, setSelection] = useState<Span | null>(null);
  const [hover, setHover] = useState<Span | null>(null);
  const [filter, setFilter] = useState<ClaimStatus | null>(null);
  const [scrollTarget, setScrollTarget] = useState<{ offset: number; serial: number } | null>(null);
  const [modelMismatch, setModelMismatch] = useState(false);

  const activeClaim = activeId === null ? undefined : claims.find((c) => c.id === activeId);
  const coverage = useMemo(() => sentenceCoverage(sentences, claims.filter((c) => !c.orphaned)), [sentences, claims]);
  const drawn = useMemo(() => claims.filter((c) => !c.orphaned).map(({ id, start, end, status }) => ({ id, start, end, status })), [claims]);

  /** Selects a span, and the claim that covers exactly that span if there is one. */
  const selectSpan = useCallback(
    (span: Span | null) => {
      setSelection(span);
      const exact = span ? claims.find((c) => c.start === span.start && c.end === span.end) : undefined;
      setActiveId(exact ? exact.id : null);
    },
    [claims, setActiveId],
  );

  function selectClaim(claim: Claim, scroll: boolean) {
    setSelection({ start: claim.start, end: claim.end });
    setActiveId(claim.id);
    if (scroll) setScrollTarget((t) => ({ offset: claim.start, serial: (t?.serial ?? 0) + 1 }));
  }

  function tag(status: ClaimStatus) {
    if (!canTag) return;
    if (activeClaim) store.setStatus(activeClaim.id, status);
    else if (selection) store.create(article.text, selection, status);
  }

  function clear() {
    if (canTag && activeClaim) store.remove(activeClaim.id);
  }

  function step(direction: 1 | -1) {
    const next = stepSentence(sentences, selection, direction);
    if (!next) return;
    selectSpan({ start: next.start, end: next.end });
    setScrollTarget((t) => ({ offset: next.start, serial: (t?.serial ?? 0) + 1 }));
  }

  // Shortcuts that work anywhere on the page, except while typing in a field.
  const handleGlobalKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const status = CLAIM_STATUSES.find((s, i) => event.key === String(i + 1));
    if (status) {
      if (selection) tag(status);
    } else if (event.key === "j") step(1);
    else if (event.key === "k") step(-1);
    else if (event.key === "Delete" || event.key === "Backspace") clear();
    else if (event.key === "Escape") selectSpan(null);
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    window.addEventListener("keydown", handleGlobalKey);
    return () => window.removeEventListener("keydown", handleGlobalKey);
  });

  // Arrow keys only move the selection while the text has focus, so they still scroll elsewhere.
  function handleTextKey(event: React.KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowRight") step(1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") step(-1);
    else return;
    event.preventDefault();
  }

  function handleClick(offset: number, claimId: number | null) {
    // The highlight under the pointer names its claim; where claims overlap it is the innermost.
    const claim = claimId === null ? undefined : claims.find((c) => c.id === claimId);
    if (claim) return selectClaim(claim, false);
    const i = indexOfSpanAt(sentences, offset);
    selectSpan(i >= 0 ? { start: sentences[i].start, end: sentences[i].end } : null);
  }

  function handleHover(offset: number | null) {
    const i = offset === null ? -1 : indexOfSpanAt(sentences, offset);
    const next = i >= 0 ? sentences[i] : null;
    setHover((current) => (current?.start === next?.start && current?.end === next?.end ? current : next && { start: next.start, end: next.end }));
  }

  const handleModel = useCallback((model: TextModel) => setModelMismatch(model.text !== article.text), [article.text]);

  return (
    <div className="workspace">
      <div className="workspace-main">
        <header className="article-head">
          <h1 lang={article.language}>{article.title}</h1>
          <p className="article-meta">
            Language {article.language} · revision {article.revision}
          </p>
        </header>
        <div className="sticky-tools">
          <TagToolbar
            selectionText={selection ? article.text.slice(selection.start, selection.end) : null}
            activeClaim={activeClaim ?? null}
            readOnlyReason={canTag ? null : `You are signed in as a ${viewer.role}: you can read and export, but only reviewers and admins tag claims.`}
            onTag={tag}
            onClear={clear}
          />
          <StatusLegend />
          {store.notice ? (
            <p role={store.notice.kind === "error" ? "alert" : "status"} className={`notice notice--${store.notice.kind}`}>
              {store.notice.text}
            </p>
          ) : null}
          {modelMismatch ? (
            <p role="alert" className="notice notice--error">
              The text shown differs from the stored text; highlights may be misplaced. Reload the page.
            </p>
          ) : null}
        </div>
        <ArticleEditor
          content={article.content}
          language={article.language}
          claims={drawn}
          activeClaimId={activeId}
          selection={selection}
          hover={hover}
          scrollTarget={scrollTarget}
          onHoverOffset={handleHover}
          onClickOffset={handleClick}
          onDragRange={(start, end) => selectSpan(snapToWords(article.text, start, end))}
          onModelReady={handleModel}
          onKeyDown={handleTextKey}
        />
      </div>
      <ClaimSidebar claims={claims} language={article.language} coverage={coverage} filter={filter} activeId={activeId} onFilter={setFilter} onSelect={(claim) => selectClaim(claim, true)} />
    </div>
  );
}
