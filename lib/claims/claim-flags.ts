/**
 * True when a claim is marked sourced but has no source attached: the verdict says "backed by a
 * checkable source" while the workspace holds none, so a reviewer should look again.
 */
export function isSourcedWithoutSource(claim: { status: string }, sourceCount: number): boolean {
  return claim.status === "sourced" && sourceCount === 0;
}
