"use client";

import { useEffect, useRef } from "react";

const SHORTCUTS: [string, string][] = [
  ["j / ↓", "next sentence"],
  ["k / ↑", "previous sentence"],
  ["1 / 2 / 3", "tag Sourced / Unsourced / Disputed"],
  ["Delete", "clear the selected claim"],
  ["c", "comment on the selected claim"],
  ["s", "add a source to the selected claim"],
  ["r", "resolve the claim's first open thread"],
  ["Escape", "close, or drop the selection"],
  ["?", "show this list"],
  ["Ctrl+Enter", "send the comment being typed"],
];

/** The list of keyboard shortcuts, in a modal dialog (the browser traps focus and handles Escape). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Shortcuts never fire while you type in a field, or while a dialog or a menu is open.</p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
