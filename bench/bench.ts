// The benchmark (npm run bench): generates knowledge bases of 1,000 and 10,000 campaigns and
// prints, from one run, the YAML parse floor, full validation and its ratio to the floor, the
// related-lessons index and query times, peak memory and the Action's start-up time.
// Targets (DESIGN §7): validation ≤ 1.3 × floor, index ≤ 0.3 × floor, median query ≤ 5 ms,
// peak memory ≤ 300 MB (of the CLI's real jobs, each in a process of its own),
// `node dist/index.js` starts in ≤ 150 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
    const planned = generated.find((g) => /^status: planned$/m.test(g.text));
    peakMemory(dir, ['validate', '--format', 'json'], `lessons validate`);
    if (planned) {
      peakMemory(
        dir,
        ['related', `lessons/${planned.name}`, '--format', 'json'],
        `lessons related (load, validate, index, query)`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  for (const line of await benchRelated(entries, floor)) console.log(line);
}

// Peak memory of the bundled CLI doing a real job on the generated folder, in a child process
// of its own: the figure DESIGN §7 means. The benchmark's own process holds every round's
// texts and results, so its figure says nothing about the tool.
const hook = pathToFileURL(path.resolve('bench/rss-hook.mjs')).href;
const peaks: { label: string; mb: number }[] = [];
function peakMemory(cwd: string, args: string[], label: string): void {
  const cli = path.resolve('dist/cli.js');
  if (!existsSync(cli)) {
    console.log(`peak memory of ${label}: dist/cli.js is missing, run npm run bundle first`);
    return;
  }
  const file = path.join(cwd, 'rss.txt');
  const run = spawnSync(process.execPath, ['--import', hook, cli, ...args], {
    cwd,
    env: { ...process.env, LESSONS_BENCH_RSS_FILE: file, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!existsSync(file)) {
    console.log(`peak memory of ${label}: the run failed (exit ${String(run.status)})`);
    return;
  }
  const mb = Number(readFileSync(file, 'utf8')) / 1024;
  rmSync(file);
  peaks.push({ label, mb });
  console.log(
    `peak memory of node dist/cli.js ${label}: ${mb.toFixed(0)} MB (target ≤ 300 MB: ${target(mb <= 300)})`,
  );
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
const worst = peaks.reduce((a, b) => (b.mb > a.mb ? b : a), { label: '', mb: 0 });
if (worst.label) {
  console.log(
    `\npeak memory (largest of the jobs above, in their own process): ${worst.mb.toFixed(0)} MB, ${worst.label} (target ≤ 300 MB: ${target(worst.mb <= 300)})`,
  );
}
console.log(
  `this benchmark process itself (every round's texts and results): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
