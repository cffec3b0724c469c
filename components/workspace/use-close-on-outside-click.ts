"use client";

import { useEffect, type RefObject } from "react";

/**
 * Closes a disclosure menu (`<details>`) when the person clicks outside it, as menus do. An open
 * menu pauses the workspace's shortcuts, so one left open by mistake must not linger.
 */
export function useCloseOnOutsideClick(details: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      const menu = details.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [details]);
}
