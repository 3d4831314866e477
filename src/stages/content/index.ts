/** The content stage: tags with evidence for each conversation, and the publishing policy. */
export { classifyContent, contentFields, DEFAULT_CONTENT_THRESHOLD } from "./classify.js";
export { NEVER_PUBLISHED, withheldBecause, type ContentPolicy } from "./policy.js";
export { CONTENT_TAGS, type ContentEvidence, type ContentResult, type ContentTag } from "./types.js";
