// The benchmark (npm run bench): generates knowledge bases of 1,000 and 10,000 campaigns and
// prints, from one run, the YAML parse floor, full validation and its ratio to the floor, the
// related-lessons index and query times, peak memory and the Action's start-up time.
// Targets (DESIGN §7): validation ≤ 1.3 × floor, index ≤ 0.3 × floor, median query ≤ 5 ms,
// peak memory ≤ 300 MB, `node dist/index.js` starts in ≤ 150 ms.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCampaignFile } from '../src/core/parse/parse-file.js';
import { checkKnowledgeBase } from '../src/core/validate/knowledge-base.js';
import { loadKnowledgeBase } from '../src/io/load.js';
import { generateKnowledgeBase } from './generate.js';
import { benchRelated } from './related-bench.js';

const TODAY = '2026-11-26';
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function target(ok: boolean): string {
  return ok ? 'ok' : 'OVER TARGET';
}

async function benchSize(count: number): Promise<void> {
  console.log(`\n== ${count.toLocaleString('en')} campaigns`);
  const generated = generateKnowledgeBase(count);
  const texts = generated.map((g) => ({ file: `lessons/${g.name}`, text: g.text }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  console.log(
    `files: ${count}, ${(bytes / 1024 / 1024).toFixed(1)} MiB of YAML, ${(bytes / count / 1024).toFixed(1)} KiB a file on average`,
  );

  // Floor and validation are measured in alternating rounds, so machine noise hits both alike;
  // the ratio is the median of the per-round ratios.
  const floors: number[] = [];
  const validations: number[] = [];
  const ratios: number[] = [];
  let entries: ReturnType<typeof checkKnowledgeBase>['entries'] = [];
  let problems = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    for (const t of texts) parse(t.text);
    const floor = performance.now() - start;
    start = performance.now();
    const kb = checkKnowledgeBase(
      texts.map((t) => parseCampaignFile(t.file, t.text)),
      { today: TODAY },
    );
    const validation = performance.now() - start;
    entries = kb.entries;
    problems = kb.problems.length;
    floors.push(floor);
    validations.push(validation);
    ratios.push(validation / floor);
  }
  const floor = median(floors);
  const ratio = median(ratios);
  console.log(`YAML parse floor (yaml.parse of every file): ${ms(floor)}`);
  console.log(
    `full validation (parse, schema, rules, warnings): ${ms(median(validations))} (${problems} problems, ${entries.length} valid campaigns)`,
  );
  console.log(`validation / floor: ${ratio.toFixed(2)} × (target ≤ 1.3: ${target(ratio <= 1.3)})`);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'lessons-bench-'));
  try {
    await mkdir(path.join(dir, 'lessons'));
    await Promise.all(generated.map((g) => writeFile(path.join(dir, 'lessons', g.name), g.text)));
    const start = performance.now();
    await loadKnowledgeBase('lessons', { today: TODAY, cwd: dir });
    console.log(`from disk (read the folder + validate): ${ms(performance.now() - start)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  for (const line of await benchRelated(entries, floor)) console.log(line);
}

function benchStartup(): void {
  console.log('\n== Action start-up');
  const entry = path.resolve('dist/index.js');
  if (!existsSync(entry)) {
    console.log('dist/index.js is missing: run npm run bundle first.');
    return;
  }
  // With an invalid mode the Action loads everything, reads its inputs and stops at once:
  // what remains is the cost of starting.
  const env = { ...process.env, INPUT_MODE: 'bench-startup', GITHUB_ACTIONS: 'true', INPUT_TOKEN: 'x' };
  const run = (args: string[]): number => {
    const start = performance.now();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    return performance.now() - start;
  };
  const node = median(Array.from({ length: 9 }, () => run(['-e', ''])));
  const action = median(Array.from({ length: 9 }, () => run([entry])));
  console.log(
    `node alone: ${ms(node)}; node dist/index.js: ${ms(action)} (target ≤ 150 ms: ${target(action <= 150)})`,
  );
}

for (const count of [1_000, 10_000]) await benchSize(count);
benchStartup();
const peak = process.resourceUsage().maxRSS / 1024;
console.log(
  `\npeak memory (max RSS of this run): ${peak.toFixed(0)} MB (target ≤ 300 MB: ${target(peak <= 300)})`,
);
