"use client";

import { useId, useRef, useState } from "react";
import { ApiError } from "./claims-api";
import { importAnnotations, type ImportSummary } from "./import-annotations-api";

type Phase =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "confirm-orphans"; message: string }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "failed"; message: string };

/** Words for a count, sentence case: "1 claim created", "3 claims unchanged". */
const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * "Import annotations": a W3C Web Annotation file (Claimcheck's own export, Hypothesis…) onto this
 * article. Reads the file in the browser, sends it to the import API and shows what happened.
 * When nothing in the file matches the text, the server asks first; so does this dialog.
 */
export function ImportAnnotationsDialog({ articleId }: { articleId: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [document, setDocument] = useState<string | null>(null);
  const titleId = useId();

  function open() {
    setPhase({ kind: "idle" });
    setDocument(null);
    if (fileInput.current) fileInput.current.value = "";
    dialog.current?.showModal();
  }

  function close() {
    dialog.current?.close();
  }

  // The workspace shows the claims it loaded; new ones appear with the page loaded again.
  const reloadIfCreated = () => phase.kind === "done" && phase.summary.created > 0 && window.location.reload();

  async function send(allowOrphans: boolean) {
    const file = fileInput.current?.files?.[0];
    const text = document ?? (file ? await file.text() : null);
    if (text === null) return setPhase({ kind: "failed", message: "Choose a file first." });
    setDocument(text);
    setPhase({ kind: "sending" });
    try {
      setPhase({ kind: "done", summary: await importAnnotations(articleId, text, { allowOrphans }) });
    } catch (error) {
      if (error instanceof ApiError && error.code === "import_all_orphaned") setPhase({ kind: "confirm-orphans", message: error.message });
      else setPhase({ kind: "failed", message: error instanceof Error ? error.message : "The import failed; nothing was imported." });
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={open}>
        Import annotations
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} onClose={reloadIfCreated}>
        <h2 id={titleId}>Import annotations</h2>
        <p className="hint">A W3C Web Annotation file (JSON or JSON-LD), such as Claimcheck’s own W3C export or Hypothesis’s. Annotations already on this article are left as they are.</p>
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void send(false);
          }}
        >
          <label>
            Annotations file <input ref={fileInput} type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={() => setDocument(null)} />
          </label>
          <p>
            <button type="submit" className="button" disabled={phase.kind === "sending"}>
              {phase.kind === "sending" ? "Importing…" : "Import"}
            </button>{" "}
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </p>
        </form>
        {phase.kind === "confirm-orphans" ? (
          <div role="alert">
            <p>{phase.message.replace(/ Send allowOrphans=true to import anyway\.$/, "")}</p>
            <p>Import them anyway as orphaned claims (listed apart, to re-attach by hand)?</p>
            <button type="button" className="button" onClick={() => void send(true)}>
              Import as orphaned claims
            </button>
          </div>
        ) : null}
        {phase.kind === "failed" ? (
          <p role="alert" className="notice notice--error">
            {phase.message}
          </p>
        ) : null}
        {phase.kind === "done" ? <ImportSummaryView summary={phase.summary} /> : null}
      </dialog>
    </>
  );
}

function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <section role="status" aria-label="Import summary">
      <ul>
        <li>{count(summary.created, "claim created", "claims created")}</li>
        <li>{count(summary.unchanged, "annotation already here (unchanged)", "annotations already here (unchanged)")}</li>
        <li>{count(summary.orphaned, "orphaned claim (its text was not found)", "orphaned claims (their text was not found)")}</li>
        <li>
          {count(summary.comments, "comment", "comments")} and {count(summary.sources, "source", "sources")} imported
        </li>
        <li>{count(summary.skipped.length, "annotation or part skipped", "annotations or parts skipped")}</li>
      </ul>
      {summary.skipped.length > 0 ? (
        <ul aria-label="Skipped">
          {summary.skipped.slice(0, 50).map((skip, i) => (
            <li key={i}>
              Annotation {skip.index + 1}
              {skip.id ? ` (${skip.id})` : ""}: {skip.reason}
            </li>
          ))}
          {summary.skipped.length > 50 ? <li>…and {(summary.skipped.length - 50).toLocaleString("en")} more</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
