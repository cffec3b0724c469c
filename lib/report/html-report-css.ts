/** The stand-alone HTML report's only stylesheet: inline, system fonts, readable in greyscale. */
export const HTML_REPORT_CSS = `
:root { color: #1b2330; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 860px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.4rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; border-bottom: 1px solid #d9dde3; padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 0 0 6px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #556070; margin: 10px 0 4px; }
.meta, .hint { color: #556070; font-size: 0.9rem; margin: 0 0 4px; }
.filtered { border: 1px dashed #556070; padding: 6px 10px; border-radius: 6px; }
.figures { display: grid; grid-template-columns: max-content max-content; gap: 2px 18px; margin: 0 0 12px; }
.figures dt { color: #556070; } .figures dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.chart { max-width: 480px; width: 100%; height: auto; }
.text { font-family: Charter, "Bitstream Charter", "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 1.05rem; line-height: 1.75; }
.text p { margin: 0 0 1em; white-space: pre-wrap; }
mark { color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 4px; text-decoration-skip-ink: none; }
mark.claim--sourced { background: #dcf3e5; text-decoration-color: #1a7f45; text-decoration-style: solid; }
mark.claim--unsourced { background: #fff0cc; text-decoration-color: #a65f00; text-decoration-style: dashed; }
mark.claim--disputed { background: #fde2df; text-decoration-color: #b42318; text-decoration-style: wavy; }
sup a { font: 700 0.7rem/1 system-ui, sans-serif; text-decoration: none; padding: 0 2px; }
.entry { border: 1px solid #d9dde3; border-left-width: 5px; border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; break-inside: avoid; }
.entry--sourced { border-left-color: #1a7f45; border-left-style: solid; }
.entry--unsourced { border-left-color: #a65f00; border-left-style: dashed; }
.entry--disputed { border-left-color: #b42318; border-left-style: double; border-left-width: 6px; }
.claim-number { font-variant-numeric: tabular-nums; }
.badge { font-size: 0.78rem; font-weight: 600; padding: 1px 8px 1px 6px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.badge--sourced { color: #1a7f45; background: #dcf3e5; border-style: solid; }
.badge--unsourced { color: #a65f00; background: #fff0cc; border-style: dashed; }
.badge--disputed { color: #b42318; background: #fde2df; border-style: double; border-width: 3px; }
.flag { font-size: 0.75rem; font-weight: 600; border: 1px dashed #556070; border-radius: 4px; padding: 0 6px; }
blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid #d9dde3; font-family: Charter, Georgia, serif; white-space: pre-wrap; }
.note, .body { white-space: pre-wrap; margin: 2px 0; overflow-wrap: anywhere; }
ul, ol { margin: 0; padding-left: 20px; }
li { margin: 0 0 6px; overflow-wrap: anywhere; }
.url { color: #556070; font-size: 0.8rem; }
footer { margin-top: 24px; color: #556070; font-size: 0.85rem; }
@media print { :root { color: #000; } main { max-width: none; padding: 0; } h2 { break-before: page; break-after: avoid; } .summary h2 { break-before: auto; } a { color: #000; } }
`;
