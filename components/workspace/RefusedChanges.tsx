import type { RefusedChange } from "@/lib/claims/claim-store-reducer";
import { describeRefusedChange } from "./describe-refused-change";

/** The changes the server refused (each undone on screen), until the person dismisses the message. */
export function RefusedChanges({ refused, onDismiss }: { refused: RefusedChange[]; onDismiss: () => void }) {
  if (refused.length === 0) return null;
  return (
    <div role="alert" className="notice notice--error">
      <ul className="refused-changes">
        {refused.map((r) => (
          <li key={r.change.seq}>{describeRefusedChange(r)}</li>
        ))}
      </ul>
      <button type="button" className="link-like" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
