// Renders validation problems for people: grouped by file, `file:line:column`, the rule
// name last, and a one-line summary.
import type { Problem } from '../types.js';
import { inlineText } from './terminal-text.js';
import { PLAIN, plural, type TextStyle } from './text-style.js';

export interface ValidateSummary {
  files: number;
  campaigns: number;
  problems: Problem[];
}

export function renderProblemsText(result: ValidateSummary, s: TextStyle = PLAIN): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const p of result.problems) {
    // File names and messages carry campaign text: each stays inside its own line.
    const file = inlineText(p.file);
    if (p.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(s.bold(file));
      current = p.file;
    }
    const severity = p.severity === 'error' ? s.red('error  ') : s.yellow('warning');
    lines.push(
      `  ${s.dim(`${file}:${p.line}:${p.column}`)}  ${severity}  ${inlineText(p.message)}  ${s.dim(p.rule)}`,
    );
  }
  if (lines.length) lines.push('');
  lines.push(validateSummaryLine(result, s));
  return lines.join('\n') + '\n';
}

export function validateSummaryLine(result: ValidateSummary, s: TextStyle = PLAIN): string {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const read = `${plural(result.files, 'file')} read, ${plural(result.campaigns, 'campaign')}`;
  if (errors === 0 && warnings === 0) return s.green(`✔ No problems: ${read}.`);
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return errors > 0 ? s.red(`✖ ${counts} (${read}).`) : s.yellow(`⚠ ${counts} (${read}).`);
}

/** GitHub workflow commands, one annotation per problem. */
export function renderWorkflowCommands(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const props = [
        `file=${escapeProperty(p.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `title=${escapeProperty(p.rule)}`,
      ].join(',');
      return `::${p.severity} ${props}::${escapeData(p.message)}\n`;
    })
    .join('');
}

// The escaping @actions/core applies to workflow commands.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
