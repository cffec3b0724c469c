import type { ReactNode } from "react";
import type { ReportClaim } from "@/lib/report/report-model";
import { splitClaimSpans, type TextPiece } from "@/lib/report/split-claim-spans";
import styles from "./report.module.css";

function Piece({ piece }: { piece: TextPiece<ReportClaim> }) {
  // Innermost claim closest to the text, so overlapping claims show as nested marks.
  const marked = [...piece.claims].reverse().reduce<ReactNode>(
    (inner, claim) => (
      <mark className={`${styles.mark} claim--${claim.status}`} title={`Claim ${claim.number}`}>
        {inner}
      </mark>
    ),
    piece.text,
  );
  return (
    <>
      {marked}
      {piece.ending.map((claim) => (
        <sup key={claim.number} className={styles.number}>
          <a href={`#claim-${claim.number}`} aria-label={`Claim ${claim.number}`}>
            {claim.number}
          </a>
        </sup>
      ))}
    </>
  );
}

/** The article text, paragraph by paragraph, each claim highlighted and numbered where it ends. */
export function ReportText({ text, language, claims }: { text: string; language: string; claims: ReportClaim[] }) {
  return (
    <section className={styles.section} aria-labelledby="report-text">
      <h2 id="report-text">Article text</h2>
      <div className={styles.text} lang={language}>
        {splitClaimSpans(text, claims).map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece) => (
              <Piece key={piece.start} piece={piece} />
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
