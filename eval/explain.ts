// npm run eval -- --explain PLAN-ID [--set dev]: why the engine ranks as it does for one plan of
// a labelled set — the plan's fundamental questions and audience and channel types, then each
// ranked candidate with its grade, score, signals and strength, and the graded lessons it missed.
// A tool for tuning on dev; never a reason to tune on test.
import path from 'node:path';
import { names, slugTypes } from '../src/core/related/analysis/slug-types.js';
import { fundamentalTable } from '../src/core/related/analysis/fundamentals.js';
import type { CampaignProfile } from '../src/core/related/analysis/profile.js';
import { buildRelatedIndex } from '../src/core/related/index.js';
import { LessonIndex } from '../src/core/related/index/lesson-index.js';
import { cut, strengthOf } from '../src/core/related/rank/cut.js';
import { queryOf } from '../src/core/related/rank/query.js';
import { rankLessons } from '../src/core/related/rank/rank.js';
import { loadKnowledgeBase } from '../src/io/load.js';
import { readFile } from 'node:fs/promises';

function describe(profile: CampaignProfile): string {
  const { entries } = fundamentalTable();
  const types = slugTypes();
  const questions = [...profile.fundamentals]
    .map((strength, f) => [entries[f]!.fundamental, strength] as const)
    .filter(([, strength]) => strength > 0)
    .map(([name, strength]) => `${name} ${strength.toFixed(2)}`);
  return [
    `questions: ${questions.join(', ') || '-'}`,
    `families: ${names(types.families, profile.families).join(', ') || '-'}`,
    `groups: ${names(types.groups, profile.groups).join(', ') || '-'}; sectors: ${names(types.sectors, profile.sectors).join(', ') || '-'}`,
  ].join('\n  ');
}

export async function explainPlan(setDir: string, planId: string): Promise<void> {
  const today = '2027-01-01';
  const past = (await loadKnowledgeBase(path.join(setDir, 'past'), { today })).entries;
  const planned = (await loadKnowledgeBase(path.join(setDir, 'planned'), { today })).entries;
  const grades =
    (
      JSON.parse(await readFile(path.join(setDir, 'judgments.json'), 'utf8')) as Record<
        string,
        Record<string, number>
      >
    )[planId] ?? {};
  const plan = planned.find((entry) => entry.campaign.id === planId);
  if (plan === undefined) throw new Error(`no plan ${planId} in ${setDir}`);
  const index = buildRelatedIndex(past) as LessonIndex;
  const query = queryOf(index, plan.campaign);
  console.log(`${planId}\n  ${describe(query.profile)}\n`);
  const ranked = rankLessons(index, query, planId);
  const shown = new Set(cut(ranked, 5).map((item) => item.scored.lesson));
  const { entries } = fundamentalTable();
  for (const scored of ranked.slice(0, 15)) {
    const id = index.entries[scored.lesson]!.campaign.id;
    const shared = scored.fundamental.shared.map((f) => entries[f]!.fundamental).join(',');
    console.log(
      `${shown.has(scored.lesson) ? '*' : ' '} ${String(grades[id] ?? '-')} ${scored.score.toFixed(3)} ${strengthOf(scored).padEnd(6)} ` +
        `text ${scored.text.toFixed(2)} best ${scored.best.toFixed(2)} F ${scored.fundamental.score.toFixed(2)}/${scored.fundamental.best.toFixed(2)} ` +
        `aud ${scored.audience.toFixed(1)} ch ${scored.channel.toFixed(1)}  ${id}  [${shared}]`,
    );
  }
  const rankedIds = ranked.slice(0, 15).map((scored) => index.entries[scored.lesson]!.campaign.id);
  for (const [id, grade] of Object.entries(grades)) {
    if (rankedIds.includes(id)) continue;
    const lesson = index.entries.findIndex((entry) => entry.campaign.id === id);
    const at = ranked.findIndex((scored) => scored.lesson === lesson);
    console.log(
      `  missed ${grade} ${id} (rank ${at < 0 ? '>40' : at + 1})\n    ${describe(index.profiles[lesson]!)}`,
    );
  }
}
