"use client";

import { useEffect, useRef } from "react";

/**
 * A ref for the button that opened an inline form (Edit, Reply): once the form closes, focus
 * returns to that button instead of falling to the page.
 */
export function useFocusWhenClosed<T extends HTMLElement>(open: boolean) {
  const opener = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return opener;
}
