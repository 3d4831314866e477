/**
 * What may be published. Sexual content involving minors, a conversation tagged both `sexual`
 * and `minor`, is never published, whatever the configuration says; other tags are published
 * and counted unless the configuration excludes them.
 */
import type { ContentResult, ContentTag } from "./types.js";

export interface ContentPolicy {
  /** Tags whose conversations are kept out of every public file (beyond sexual with minor). */
  exclude: readonly ContentTag[];
}

export const NEVER_PUBLISHED = "sexual+minor";

/** Null when the conversation may be published; otherwise why not ("sexual+minor", "excluded-violence"). */
export function withheldBecause(result: Pick<ContentResult, "tags">, policy: ContentPolicy): string | null {
  if (result.tags.sexual !== undefined && result.tags.minor !== undefined) return NEVER_PUBLISHED;
  for (const tag of policy.exclude) if (result.tags[tag] !== undefined) return `excluded-${tag}`;
  return null;
}
