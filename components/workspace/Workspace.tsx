"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ArticleDetail, Claim, CommentThread, ReanchorSummary, ReviewData, Sentence, Source } from "@/lib/api/dto";
import type { ArticleWorkflowState } from "@/lib/articles/workflow";
import { can, type Role } from "@/lib/auth/permissions";
import { filterClaims, hasOpenThread, lacksSource, NO_FILTER, type ClaimFilter } from "@/lib/claims/filter-claims";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import { stepSentence } from "@/lib/claims/step-sentence";
import { isThreadOpen } from "@/lib/comments/is-thread-open";
import { snapToWords } from "@/lib/text/snap-to-words";
import { indexOfSpanAt } from "@/lib/text/span-search";
import type { TextModel } from "@/lib/text";
import { ArticleEditor } from "@/components/editor/ArticleEditor";
import { ClaimDetail } from "@/components/claims/ClaimDetail";
import { ClaimFilters } from "@/components/claims/ClaimFilters";
import { ClaimSidebar } from "@/components/claims/ClaimSidebar";
import { OrphanedClaims } from "@/components/claims/OrphanedClaims";
import { EditToolbar } from "@/components/editor/EditToolbar";
import { StatusLegend } from "@/components/claims/StatusLegend";
import { TagToolbar } from "@/components/claims/TagToolbar";
import { reviewApi } from "@/components/review/review-api";
import { EditConflict } from "./EditConflict";
import { ExportMenu } from "./ExportMenu";
import { ImportAnnotationsDialog } from "./ImportAnnotationsDialog";
import { RefusedChanges } from "./RefusedChanges";
import { SaveStatus } from "./SaveStatus";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { reanchorStorageKey, useArticleEdit } from "./use-article-edit";
import { useClaimStore } from "./use-claim-store";
import { useWorkspaceShortcuts } from "./use-workspace-shortcuts";
import { WorkflowBar, type WorkflowStatus } from "./WorkflowBar";

/** Why nothing can be changed while the article is signed off (the API's article_verified, said here first). */
const SIGNED_OFF = "This article is signed off; reopen the review to change it.";

type Span = { start: number; end: number };
type Viewer = { id: string; name: string; role: Role };
type Props = { viewer: Viewer; article: ArticleDetail; sentences: Sentence[]; initialClaims: Claim[]; initialReview: ReviewData };

/** The article page: the text, the tagging toolbar and the claims sidebar, wired together. */
export function Workspace({ viewer, article, sentences, initialClaims, initialReview }: Props) {
  const [workflow, setWorkflow] = useState<WorkflowStatus>({ state: article.state, verifiedBy: article.verifiedBy, verifiedAt: article.verifiedAt, signOff: article.signOff });
  // A signed-off article is read-only for everyone until the review is reopened.
  const locked = workflow.state === "verified";
  const canTag = can(viewer.role, "claim.tag") && !locked;
  const store = useClaimStore(article.id, initialClaims, viewer);
  const { claims, activeId, setActiveId } = store;
  const [threadsByClaim, setThreadsByClaim] = useState(initialReview.threadsByClaim);
  const [sourcesByClaim, setSourcesByClaim] = useState(initialReview.sourcesByClaim);
  const [selection, setSelection] = useState<Span | null>(null);
  const [hover, setHover] = useState<Span | null>(null);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [detailOpen, setDetailOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: (claimId: number) => string } | null>(null);
  const [scrollTarget, setScrollTarget] = useState<{ offset: number; serial: number } | null>(null);
  const [modelMismatch, setModelMismatch] = useState(false);
  const [followed, setFollowed] = useState<Map<number, "moved" | "requoted">>(new Map());
  const edit = useArticleEdit({ articleId: article.id, revision: article.revision, content: article.content });
  const canEdit = can(viewer.role, "article.edit") && !locked;

  // After a save, the new revision's page says how the claims followed the text.
  useEffect(() => {
    const key = reanchorStorageKey(article.id);
    const saved = sessionStorage.getItem(key);
    if (!saved) return;
    sessionStorage.removeItem(key);
    const { revision, reanchor } = JSON.parse(saved) as { revision: number; reanchor: ReanchorSummary };
    if (revision !== article.revision) return;
    const parts = [`${reanchor.kept} kept their place`, `${reanchor.moved} moved`, `${reanchor.requoted} followed a rewording`, `${reanchor.orphaned} orphaned`];
    store.setNotice({ kind: "info", text: `Saved revision ${revision}. Claims: ${parts.join(", ")}.` });
    setFollowed(new Map(reanchor.claims.flatMap((c) => (c.outcome === "moved" || c.outcome === "requoted" ? [[c.id, c.outcome] as const] : []))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, article.revision]);

  const review = useMemo(() => ({ threadsByClaim, sourcesByClaim }), [threadsByClaim, sourcesByClaim]);
  const activeClaim = activeId === null ? undefined : claims.find((c) => c.id === activeId);
  const anchored = useMemo(() => claims.filter((c) => !c.orphaned), [claims]);
  const orphanedClaims = useMemo(() => claims.filter((c) => c.orphaned), [claims]);
  const shown = useMemo(() => filterClaims(anchored, filter, review), [anchored, filter, review]);
  const counts = useMemo(() => {
    const base = filterClaims(anchored, filter, review, { ignoreStatus: true });
    return { all: base.length, ...Object.fromEntries(CLAIM_STATUSES.map((s) => [s, base.filter((c) => c.status === s).length])) } as Record<ClaimStatus, number> & { all: number };
  }, [anchored, filter, review]);
  const coverage = useMemo(() => sentenceCoverage(sentences, shown), [sentences, shown]);
  const { unsaved } = store;
  const drawn = useMemo(() => anchored.map(({ id, start, end, status }) => ({ id, start, end, status, unsaved: unsaved.has(id) })), [anchored, unsaved]);
  // A note the server refused stays in its field (the screen shows the saved note again) to try again.
  const refusedNotes = useMemo(
    () => new Map(store.refused.flatMap(({ change }) => (change.kind === "update" && change.changes.note !== undefined ? [[change.claimId, change.changes.note] as const] : []))),
    [store.refused],
  );
  const authors = useMemo(() => [...new Map(claims.flatMap((c) => (c.author ? [[c.author.id, c.author] as const] : []))).values()], [claims]);
  const openThreads = useMemo(() => claims.reduce((n, c) => n + (threadsByClaim[c.id] ?? []).filter(isThreadOpen).length, 0), [claims, threadsByClaim]);

  const scrollTo = (offset: number) => setScrollTarget((t) => ({ offset, serial: (t?.serial ?? 0) + 1 }));

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
    setDetailOpen(true);
    if (scroll) scrollTo(claim.start);
  }

  function tag(status: ClaimStatus) {
    if (locked) return store.setNotice({ kind: "info", text: SIGNED_OFF });
    if (!canTag) return;
    if (activeClaim) store.setStatus(activeClaim.id, status);
    else if (selection) store.create(article.text, selection, status);
  }

  function step(direction: 1 | -1) {
    const next = stepSentence(sentences, selection, direction);
    if (!next) return;
    selectSpan({ start: next.start, end: next.end });
    scrollTo(next.start);
  }

  /**
   * Opens the selected claim's details and puts the cursor in one of its fields. A claim still on
   * its way to the server has no fields yet: the request waits for it, so a key pressed right
   * after tagging is not lost.
   */
  function focusField(id: (claimId: number) => string) {
    if (!activeClaim) return;
    setDetailOpen(true);
    setFocusRequest({ field: id });
  }
  const activeSavedId = activeClaim && activeClaim.id > 0 ? activeClaim.id : null;
  useEffect(() => {
    if (!focusRequest) return;
    if (activeId === null) return setFocusRequest(null);
    if (activeSavedId === null) return;
    setFocusRequest(null);
    requestAnimationFrame(() => document.getElementById(focusRequest.field(activeSavedId))?.focus());
  }, [focusRequest, activeId, activeSavedId]);

  async function resolveFirstOpenThread() {
    if (!activeClaim || !can(viewer.role, "comment.write")) return;
    if (locked) return store.setNotice({ kind: "info", text: SIGNED_OFF });
    const thread = (threadsByClaim[activeClaim.id] ?? []).find(isThreadOpen);
    if (!thread) return store.setNotice({ kind: "info", text: "This claim has no open thread." });
    try {
      await reviewApi.setResolved(thread.id, true);
      const threads = await reviewApi.listThreads(activeClaim.id);
      setThreadsByClaim((all) => ({ ...all, [activeClaim.id]: threads }));
      store.setNotice({ kind: "info", text: "Thread resolved." });
    } catch (error) {
      store.setNotice({ kind: "error", text: (error as Error).message });
    }
  }

  useWorkspaceShortcuts({
    step,
    tag: (status) => selection && tag(status),
    clear: () => (locked ? store.setNotice({ kind: "info", text: SIGNED_OFF }) : canTag && activeClaim && store.remove(activeClaim.id)),
    comment: () => focusField((id) => `new-comment-${id}`),
    addSource: () => focusField((id) => `new-source-url-${id}`),
    resolve: () => void resolveFirstOpenThread(),
    help: () => setShortcutsOpen(true),
    escape: () => (detailOpen ? setDetailOpen(false) : selectSpan(null)),
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

  const detail =
    detailOpen && activeClaim && activeClaim.id > 0 ? (
      <ClaimDetail
        claim={activeClaim}
        language={article.language}
        threads={threadsByClaim[activeClaim.id] ?? []}
        sources={sourcesByClaim[activeClaim.id] ?? []}
        people={initialReview.people}
        viewer={{ id: viewer.id, role: viewer.role, canTag, canComment: can(viewer.role, "comment.write") && !locked, canAddSources: can(viewer.role, "source.write") && !locked }}
        unsaved={unsaved.has(activeClaim.id)}
        refusedNote={refusedNotes.get(activeClaim.id) ?? null}
        onClose={() => setDetailOpen(false)}
        onSaveNote={(note) => store.setNote(activeClaim.id, note)}
        onThreadsChange={(threads: CommentThread[]) => setThreadsByClaim((all) => ({ ...all, [activeClaim.id]: threads }))}
        onSourcesChange={(sources: Source[]) => setSourcesByClaim((all) => ({ ...all, [activeClaim.id]: sources }))}
      />
    ) : null;

  return (
    <div className="workspace">
      <div className="workspace-main">
        <header className="article-head">
          <h1 lang={article.language}>{article.title}</h1>
          <p className="article-meta">
            Language {article.language} · revision {article.revision} · <Link href={`/articles/${article.id}/revisions`}>Revisions</Link>
            {canEdit && !edit.editing ? (
              <>
                {" "}
                ·{" "}
                <button type="button" className="link-like" onClick={() => { setDetailOpen(false); selectSpan(null); edit.start(); }}>
                  Edit text
                </button>
              </>
            ) : null}
          </p>
          <WorkflowBar
            articleId={article.id}
            workflow={workflow}
            openThreads={openThreads}
            role={viewer.role}
            onChange={setWorkflow}
          />
          <ExportMenu articleId={article.id} filter={filter} />
          {canTag ? <ImportAnnotationsDialog articleId={article.id} /> : null}
        </header>
        <div className="sticky-tools">
          {edit.conflict ? <EditConflict conflict={edit.conflict} /> : null}
          {edit.editing && edit.editor() ? (
            <>
              <EditToolbar editor={edit.editor()!} saving={edit.saving} onSave={() => void edit.save()} onCancel={edit.cancel} />
              <p className="hint">Editing: highlights move with the text as you type. Saving creates revision {article.revision + 1}; claims are then checked against the new text.</p>
              {edit.error ? (
                <p role="alert" className="notice notice--error">
                  {edit.error}
                </p>
              ) : null}
            </>
          ) : (
          <TagToolbar
            selectionText={selection ? article.text.slice(selection.start, selection.end) : null}
            activeClaim={activeClaim ?? null}
            readOnlyReason={locked ? SIGNED_OFF : canTag ? null : `You are signed in as a ${viewer.role}: you can read and export, but only reviewers and admins tag claims.`}
            onTag={tag}
            onClear={() => activeClaim && store.remove(activeClaim.id)}
          />
          )}
          <div className="tools-row">
            <StatusLegend />
            <SaveStatus state={store.saveState} refusedCount={store.refused.length} />
            <button type="button" className="link-like" aria-keyshortcuts="?" onClick={() => setShortcutsOpen(true)}>
              Keyboard shortcuts (?)
            </button>
          </div>
          <RefusedChanges refused={store.refused} onDismiss={store.dismissRefused} />
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
          editing={edit.editing}
          resetSerial={edit.resetSerial}
          onEditorReady={edit.onEditorReady}
        />
      </div>
      <ClaimSidebar
        claims={shown}
        totalClaims={anchored.length}
        language={article.language}
        coverage={coverage}
        activeId={activeId}
        flags={(claim) => ({ openThread: hasOpenThread(claim, review), missingSource: lacksSource(claim, review), followed: followed.get(claim.id) ?? null, unsaved: unsaved.has(claim.id) })}
        orphaned={
          <OrphanedClaims
            claims={orphanedClaims}
            language={article.language}
            canTag={canTag}
            hasSelection={selection !== null}
            onReattach={(claim) => selection && store.reattach(claim.id, article.text, selection)}
            onClose={(claim) => store.remove(claim.id)}
          />
        }
        filters={<ClaimFilters filter={filter} counts={counts} authors={authors} onChange={setFilter} />}
        detail={detail}
        onSelect={(claim) => selectClaim(claim, true)}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
