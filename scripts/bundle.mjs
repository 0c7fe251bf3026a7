// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with ncc, so both run from a
// clone with no install. CI rebuilds and fails when the committed dist/ differs.
import ncc from '@vercel/ncc';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const entries = [
  { input: 'src/action/main.ts', output: 'index.js' },
  { input: 'src/cli/main.ts', output: 'cli.js', shebang: true },
];

// A partial build (ONLY=cli.js) leaves the other bundle in place.
if (!process.env.ONLY) await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
for (const entry of entries.filter((e) => !process.env.ONLY || e.output === process.env.ONLY)) {
  const { code, assets } = await ncc(path.join(root, entry.input), {
    // Minified: the runner compiles the whole bundle on every start (DESIGN §7: start ≤ 150 ms).
    minify: true,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    cache: false,
    // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
    transpileOnly: true,
  });
  const names = Object.keys(assets ?? {}).filter((n) => n !== 'package.json');
  if (names.length > 0) throw new Error(`${entry.input}: unexpected bundle assets ${names.join(', ')}`);
  const out = path.join(dist, entry.output);
  const body = code.replace(/^#!.*\n/, '');
  await writeFile(out, (entry.shebang ? '#!/usr/bin/env node\n' : '') + body);
  if (entry.shebang) await chmod(out, 0o755);
  console.log(`dist/${entry.output}: ${(body.length / 1024).toFixed(0)} KiB`);
}
await writeFile(path.join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
