"use client";

import { useEffect, useRef } from "react";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import { shortcutsBlocked } from "./shortcuts-blocked";

export type ShortcutHandlers = {
  step: (direction: 1 | -1) => void;
  tag: (status: ClaimStatus) => void;
  clear: () => void;
  comment: () => void;
  addSource: () => void;
  resolve: () => void;
  escape: () => void;
  help: () => void;
};

/**
 * The workspace's keys, anywhere on the page except while typing in a field or while a dialog or
 * a menu has the keys (see `shortcutsBlocked`), and never with a modifier, so browser shortcuts
 * keep working. The handlers are read fresh on every key press.
 */
export function useWorkspaceShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || shortcutsBlocked(event.target)) return;
      const h = latest.current;
      const status = CLAIM_STATUSES.find((_, i) => event.key === String(i + 1));
      if (status) h.tag(status);
      else if (event.key === "j") h.step(1);
      else if (event.key === "k") h.step(-1);
      else if (event.key === "Delete" || event.key === "Backspace") h.clear();
      else if (event.key === "c") h.comment();
      else if (event.key === "s") h.addSource();
      else if (event.key === "r") h.resolve();
      else if (event.key === "?") h.help();
      else if (event.key === "Escape") h.escape();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
