import { isTypingTarget } from "./is-typing-target";

/** Places whose keys belong to them: dialogs, menus and lists that move with the arrow keys. */
const OWNS_ITS_KEYS = '[role="dialog"], [role="alertdialog"], dialog[open], [role="menu"], [role="menubar"], [role="listbox"], details[open][data-menu]';

/**
 * Open on the page and holding the person's attention even where focus is not inside them: a
 * modal dialog, a menu (menus exist in the page only while open), the Export disclosure menu.
 */
const OPEN_POPUP = 'dialog[open], [aria-modal="true"], [role="menu"], details[open][data-menu]';

/**
 * True when a key press must not trigger a workspace shortcut: the person is typing in a field,
 * or the key belongs to a dialog or a menu — inside it, or while one is open anywhere on the page
 * (a "1" pressed with the Export menu open must not tag the selected sentence). A dialog's own
 * keys (Escape closes it) are handled by the dialog, never by the shortcuts.
 */
export function shortcutsBlocked(target: EventTarget | null, page: Document = document): boolean {
  if (isTypingTarget(target)) return true;
  if (target instanceof Element && target.closest(OWNS_ITS_KEYS)) return true;
  return page.querySelector(OPEN_POPUP) !== null;
}
