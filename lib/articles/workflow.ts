/** An article's workflow: draft → in review → verified (and back to in review when reopened). */
export const ARTICLE_WORKFLOW_STATES = ["draft", "in_review", "verified"] as const;
export type ArticleWorkflowState = (typeof ARTICLE_WORKFLOW_STATES)[number];

export const WORKFLOW_LABEL: Record<ArticleWorkflowState, string> = { draft: "Draft", in_review: "In review", verified: "Verified" };
