// Annotates problems on their file and line. GitHub shows only ten error and ten warning
// annotations per step, so the rest are left to the job summary, which lists every problem.
import type { Problem } from '../core/types.js';
import type { ActionCore } from './deps.js';

export const ANNOTATIONS_PER_SEVERITY = 10;

/** Annotates the first problems of each severity; returns how many could not be shown. */
export function annotate(core: ActionCore, problems: readonly Problem[]): number {
  let hidden = 0;
  for (const severity of ['error', 'warning'] as const) {
    const list = problems.filter((problem) => problem.severity === severity);
    for (const problem of list.slice(0, ANNOTATIONS_PER_SEVERITY)) {
      core[severity](problem.message, {
        title: problem.rule,
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.column,
      });
    }
    hidden += Math.max(0, list.length - ANNOTATIONS_PER_SEVERITY);
  }
  return hidden;
}
