// Finding the browser: CHROMIUM_PATH first, then the usual places, and a message naming the
// variable when there is none.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

let tmp: string;
let program: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lessons-chromium-'));
  program = path.join(tmp, 'chrome');
  await writeFile(program, '#!/bin/sh\n');
  await chmod(program, 0o755);
  await writeFile(path.join(tmp, 'not-a-program'), '');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH over the usual places', () => {
    expect(findChromium({ CHROMIUM_PATH: program }, ['/usr/bin/chromium'])).toBe(program);
  });

  it('refuses a CHROMIUM_PATH that cannot run, naming it', () => {
    const file = path.join(tmp, 'not-a-program');
    expect(() => findChromium({ CHROMIUM_PATH: file }, [program])).toThrow(`CHROMIUM_PATH is ${file}`);
  });

  it('finds the first usual place that can run', () => {
    expect(findChromium({}, [path.join(tmp, 'missing'), path.join(tmp, 'not-a-program'), program])).toBe(
      program,
    );
  });

  it('names CHROMIUM_PATH when there is none', () => {
    expect(() => findChromium({}, [path.join(tmp, 'missing')])).toThrow(/set CHROMIUM_PATH to its program/);
  });
});
