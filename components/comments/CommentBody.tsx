"use client";

import { LinkifyIt } from "linkify-it";
import { useMemo } from "react";
import { splitCommentText } from "@/lib/comments/split-comment-text";
import styles from "./comments.module.css";

const linkify = new LinkifyIt();

type Props = {
  body: string;
  /** Everyone who can be @mentioned: a known "@handle" is highlighted with the person's name. */
  mentions: { id: string; name: string; handle: string }[];
};

/** A comment's plain text, drawn as React text (never as HTML), with links and @mentions. */
export function CommentBody({ body, mentions }: Props) {
  const segments = useMemo(() => splitCommentText(body, { linkify, handles: mentions }), [body, mentions]);
  const nameOf = (personId: string) => mentions.find((person) => person.id === personId)?.name;
  return (
    <div className={styles.body}>
      {segments.map((segment, index) => {
        if (segment.kind === "link") {
          return (
            <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
              {segment.text}
            </a>
          );
        }
        if (segment.kind === "mention") {
          return (
            <mark key={index} className={`mention ${styles.mention}`} title={nameOf(segment.personId)}>
              {segment.text}
            </mark>
          );
        }
        return segment.text;
      })}
    </div>
  );
}
