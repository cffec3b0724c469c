import type { CommentThread, ReviewData } from "@/lib/api/dto";
import styles from "./comments.module.css";

/** Everyone @mentioned in a claim's comments, once each, in order of first mention. */
function mentionedIn(threads: CommentThread[]) {
  const seen = new Map<string, { id: string; name: string }>();
  for (const comment of threads.flatMap((thread) => [thread, ...thread.replies])) {
    if (comment.deleted) continue;
    for (const person of comment.mentions) if (!seen.has(person.id)) seen.set(person.id, person);
  }
  return [...seen.values()];
}

/** "Mentioned: @rita, @jules", or nothing when nobody is. */
export function MentionedPeople({ threads, people }: { threads: CommentThread[]; people: ReviewData["people"] }) {
  const mentioned = mentionedIn(threads);
  if (mentioned.length === 0) return null;
  const label = (person: { id: string; name: string }) => {
    const handle = people.find((p) => p.id === person.id)?.handle;
    return handle ? `@${handle}` : person.name;
  };
  return (
    <p className={styles.mentioned}>
      Mentioned:{" "}
      {mentioned.map((person, index) => (
        <span key={person.id} title={person.name}>
          {index > 0 ? ", " : null}
          {label(person)}
        </span>
      ))}
    </p>
  );
}
