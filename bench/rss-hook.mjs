// Preloaded into a child process by the benchmark (node --import): on exit, writes the
// process's peak memory (max resident set size, in KiB) to the file named in
// LESSONS_BENCH_RSS_FILE, so the figure is the real job's, not the benchmark's.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.LESSONS_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
