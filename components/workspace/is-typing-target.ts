/** An element the browser lets a person type in: the editor in edit mode sets contenteditable. */
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * True when a key press belongs to a field the person is typing in, not to a shortcut. Checked by
 * markup, not only `isContentEditable`: a key can start on text nested inside the editable root.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const editable = target.closest(`${EDITABLE}, [contenteditable="false"]`);
  return editable !== null && editable.getAttribute("contenteditable") !== "false";
}
