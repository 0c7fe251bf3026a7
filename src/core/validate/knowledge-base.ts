// Checks a whole knowledge base: the per-file results plus the rules that need every file
// (unique ids, considered campaigns that exist, slugs no other campaign uses) and the
// date-dependent warnings.
import { DEFAULT_GRACE_DAYS } from '../awaiting.js';
import type { CampaignEntry, ParsedFile, Problem } from '../types.js';
import { unknownSlugMessage, unknownSlugs } from './unknown-slug.js';
import { campaignWarnings } from './warnings.js';

export interface KnowledgeBase {
  files: ParsedFile[];
  /** The campaigns without errors: the only ones rules, checks and rankings use. */
  entries: CampaignEntry[];
  problems: Problem[];
}

export interface CheckOptions {
  today: string;
  graceDays?: number;
  /** Problems found while reading (skipped links, unreadable files), merged into the result. */
  extraProblems?: Problem[];
}

export function checkKnowledgeBase(files: ParsedFile[], options: CheckOptions): KnowledgeBase {
  const graceDays = options.graceDays ?? DEFAULT_GRACE_DAYS;
  const extra = new Map<ParsedFile, Problem[]>();
  const push = (f: ParsedFile, p: Problem): void => {
    const list = extra.get(f) ?? [];
    list.push(p);
    extra.set(f, list);
  };

  const byId = new Map<string, ParsedFile[]>();
  for (const f of files) {
    const id = f.data?.id;
    if (typeof id !== 'string') continue;
    const list = byId.get(id) ?? [];
    list.push(f);
    byId.set(id, list);
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const f of same) {
      const others = same.filter((o) => o !== f).map((o) => o.file);
      const at = f.locate(['id']);
      push(f, {
        file: f.file,
        ...at,
        severity: 'error',
        rule: 'unique-id',
        message: `The id "${id}" is also used by ${others.join(', ')}. Every campaign needs its own id.`,
      });
    }
  }

  const invalid = new Set(files.filter((f) => extra.get(f)?.some((p) => p.severity === 'error')));
  const entries: CampaignEntry[] = [];
  for (const f of files) {
    if (!f.campaign || invalid.has(f)) continue;
    entries.push({ file: f.file, campaign: f.campaign, locate: f.locate });
    for (const w of campaignWarnings(f.campaign, { today: options.today, graceDays })) {
      push(f, {
        file: f.file,
        ...f.locate(w.path, w.at),
        severity: w.severity,
        rule: w.rule,
        message: w.message,
      });
    }
    (f.campaign.considered ?? []).forEach((id, i) => {
      if (byId.has(id)) return;
      push(f, {
        file: f.file,
        ...f.locate(['considered', i]),
        severity: 'warning',
        rule: 'unknown-considered',
        message: `No campaign with the id "${id}" exists in this knowledge base. Check the spelling of the id you considered.`,
      });
    });
  }

  const fileOf = new Map(files.map((f) => [f.file, f]));
  for (const hint of unknownSlugs(entries)) {
    const f = fileOf.get(hint.entry.file);
    if (f === undefined) continue;
    push(f, {
      file: f.file,
      ...f.locate(hint.path),
      severity: 'warning',
      rule: 'unknown-slug',
      message: unknownSlugMessage(hint),
    });
  }

  const problems = [...(options.extraProblems ?? [])];
  for (const f of files) problems.push(...f.problems, ...(extra.get(f) ?? []));
  problems.sort(compareProblems);
  return { files, entries, problems };
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
