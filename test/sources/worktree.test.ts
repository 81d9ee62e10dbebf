// Tree scans against real directories: what is listed inside and outside git, what is skipped and counted.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan, type ScanOptions } from '../../src/scan.js';
import { synth } from '../../src/detect/synthetic.js';
import { createTestRepo, type TestRepo } from '../helpers/history-repo.js';
import { renderText } from '../../src/report/text.js';

const awsKey = (seed: string): string => `AKIA${synth('upperAlnum', 16, seed)}`;
const awsLine = (seed: string): string => `aws_access_key_id = ${awsKey(seed)}`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function repoWith(): TestRepo {
  const r = createTestRepo('secret-scan-tree-');
  cleanups.push(r.cleanup);
  return r;
}

function tree(cwd: string, extra: Partial<ScanOptions> = {}) {
  return scan({ mode: 'paths', paths: [], cwd, config: false, quiet: true, ...extra });
}

describe('working tree scan', () => {
  it('scans tracked and untracked files but not ignored ones, with real line numbers', async () => {
    const r = repoWith();
    r.write('.gitignore', 'build/\n');
    r.write('src/config.py', ['import os', '', '', '', awsLine('tracked'), ''].join('\n'));
    r.commit('tracked');
    r.write('notes/new.env', `${awsLine('untracked')}\n`);
    r.write('build/out.env', `${awsLine('ignored')}\n`);

    const { findings, stats } = await tree(r.dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['notes/new.env:1', 'src/config.py:5']);
    expect(stats.files).toBe(3);
    expect(stats.skipped).toEqual([]);
  });

  it('skips binary files and files over --max-file-size, and counts them', async () => {
    const r = repoWith();
    r.write('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(awsLine('binary'))]));
    r.write('big.sql', `${awsLine('big')}\n${'x'.repeat(5000)}\n`);
    r.write('small.env', `${awsLine('small')}\n`);
    r.commit('mixed');

    const { findings, stats } = await tree(r.dir, { maxFileSize: 1000 });
    expect(findings.map((f) => f.file)).toEqual(['small.env']);
    expect(stats.skipped).toEqual([
      { file: 'big.sql', reason: 'too-large' },
      { file: 'logo.png', reason: 'binary' },
    ]);
    // People see the oversized file by name (it may hide a secret) and binaries as a count.
    const text = renderText([], stats, { redact: true, staged: false, blocking: false, color: false });
    expect(text).toContain('skipped big.sql (larger than --max-file-size)\n');
    expect(text).toContain('skipped 1 binary file\n');
  });

  it('does not crash on files that are not UTF-8 and still finds their secrets', async () => {
    const r = repoWith();
    const latin1 = Buffer.concat([Buffer.from('# caf\xe9 cr\xe8me \xff\xfe\n', 'latin1'), Buffer.from(`${awsLine('latin')}\n`)]);
    r.write('legacy.cfg', latin1);
    r.write('broken.txt', Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x82]));
    const { findings, stats } = await tree(r.dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['legacy.cfg:2']);
    expect(findings[0]!.secret).toBe(awsKey('latin'));
    expect(stats.files).toBe(2);
  });

  it('walks every file of a plain directory outside git, except .git/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-scan-plain-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'deep/er'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'deep/er/creds.txt'), `\n${awsLine('plain')}\n`);
    writeFileSync(join(dir, '.git/config.env'), `${awsLine('dotgit')}\n`);
    const { findings, root } = await tree(dir);
    expect(root).toBe(dir);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['deep/er/creds.txt:2']);
  });

  it('scans the paths it is given, relative to the repository root', async () => {
    const r = repoWith();
    r.write('a/one.env', `${awsLine('one')}\n`);
    r.write('b/two.env', `${awsLine('two')}\n`);
    r.commit('two dirs');
    const { findings } = await tree(r.dir, { paths: ['b'] });
    expect(findings.map((f) => f.file)).toEqual(['b/two.env']);
  });
});
