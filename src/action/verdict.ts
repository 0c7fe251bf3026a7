// Whether a run fails, per `fail-on`: errors in campaign files by default, warnings (and campaigns
// awaiting conclusions) when asked, never when told so.
import type { Problem } from '../core/types.js';
import type { FailOn } from './inputs.js';

/** The failure message, or null when the run passes. */
export function verdict(failOn: FailOn, problems: readonly Problem[], awaiting: number): string | null {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (failOn === 'never') return null;
  if (errors > 0) return `${count(errors, 'error')} in campaign files (fail-on: ${failOn}).`;
  if (failOn === 'warning' && (warnings > 0 || awaiting > 0)) {
    const parts = [
      warnings > 0 ? count(warnings, 'warning') : '',
      awaiting > 0 ? `${count(awaiting, 'campaign')} awaiting conclusions` : '',
    ];
    return `${parts.filter(Boolean).join(' and ')} (fail-on: warning).`;
  }
  return null;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
