import type { WordDiffPart } from "@/lib/text/word-diff";
import styles from "./revisions.module.css";

/**
 * A word diff as running text: insertions in <ins>, deletions in <del>. Screen readers announce
 * neither element by default, so each carries a visually hidden "added:" or "removed:".
 */
export function WordDiff({ parts, language, label }: { parts: WordDiffPart[]; language: string; label: string }) {
  return (
    <div className={styles.diff} lang={language} role="group" aria-label={label}>
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index}>
            <span className="visually-hidden">added: </span>
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index}>
            <span className="visually-hidden">removed: </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
