// Related past lessons (DESIGN §3): the public API. Build an index once per knowledge base,
// then ask it for the lessons that matter to a campaign.
export { buildRelatedIndex } from './index/build-index.js';
export { findRelated, DEFAULT_LIMIT, type RelatedOptions, type RelatedResult } from './find-related.js';
export type { AlsoRunning } from './rank/also-running.js';
export type { RelatedIndex } from './index/lesson-index.js';
export { WEAKER_MATCH } from './explain/reasons.js';
