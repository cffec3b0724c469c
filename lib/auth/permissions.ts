/** The roles of a newsroom, from most to least powerful. */
export const ROLES = ["admin", "journalist", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_META: Record<Role, { label: string; description: string }> = {
  admin: { label: "Admin", description: "manages people and roles, signs articles off, can do everything" },
  journalist: { label: "Journalist", description: "creates and imports articles, edits their text, answers reviewers" },
  reviewer: { label: "Reviewer", description: "tags claims, comments and adds sources" },
  viewer: { label: "Viewer", description: "reads the workspace and the report, exports" },
};

/** Everything the application lets someone do; each service checks one of these. */
export const OPERATIONS = [
  "article.read",
  "article.create",
  "article.edit",
  "claim.tag",
  "comment.write",
  "source.write",
  "article.verify",
  "article.reopen",
  "people.manage",
  "token.manage",
] as const;
export type Operation = (typeof OPERATIONS)[number];

const ALL: readonly Role[] = ROLES;

/** The permission matrix: who may do what. The single source of truth for pages and API alike. */
export const PERMISSIONS: Record<Operation, readonly Role[]> = {
  "article.read": ALL,
  "article.create": ["admin", "journalist"],
  "article.edit": ["admin", "journalist"],
  "claim.tag": ["admin", "reviewer"],
  "comment.write": ["admin", "journalist", "reviewer"],
  "source.write": ["admin", "journalist", "reviewer"],
  "article.verify": ["admin"],
  // Whoever answers for the text may take a signed-off article back into review to change it.
  "article.reopen": ["admin", "journalist"],
  "people.manage": ["admin"],
  "token.manage": ALL,
};

/** Whether a role may perform an operation. */
export function can(role: Role, operation: Operation): boolean {
  return PERMISSIONS[operation].includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
