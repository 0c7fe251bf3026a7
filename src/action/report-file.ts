// Writes the run's report, everything it found and did, as JSON under RUNNER_TEMP, for later
// steps (the `report` output is its absolute path).
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `report` and returns the file's absolute path. One file per step, so two steps keep theirs. */
export async function writeReportFile(
  runnerTemp: string | null,
  stepId: string,
  report: unknown,
): Promise<string> {
  const dir = path.resolve(runnerTemp ?? tmpdir(), 'campaign-lessons');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${stepId}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}
