// A detecting main thread's young generation stops growing at its bound (heap.ts), and grows
// again once the scan releases it. Run in a child process of its own: the bound is a V8 flag,
// process-wide, and would hold the test runner's heap too.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NEW_SPACE_MB } from '../../src/parallel/heap.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/git-repo.js';

let driver: string;

beforeAll(() => {
  const dir = makeTempDir();
  const lib = join(dir, 'heap.mjs');
  buildSync({ entryPoints: [join(PROJECT_ROOT, 'src/parallel/heap.ts')], bundle: true, platform: 'node', format: 'esm', outfile: lib, logLevel: 'warning' });
  driver = join(dir, 'driver.mjs');
  // Objects that live a while (V8 grows the young generation when many survive a collection),
  // with a check after every 10,000 (~0.5 MB, under a semi-space: at most one growth between two
  // checks), as a scan checks after each job.
  writeFileSync(
    driver,
    `import { getHeapSpaceStatistics } from 'node:v8';
import { capYoungGeneration } from ${JSON.stringify(lib)};
const mb = Number(process.argv[2]);
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
const churn = (check) => {
  let keep = [];
  for (let round = 0; round < 150; round++) {
    for (let i = 0; i < 10000; i++) {
      keep.push({ i, s: 'x' + i });
      if (keep.length > 150000) keep = [];
    }
    // Past the cap's 1 ms between looks, so that every check looks, however fast this machine.
    for (const t = performance.now(); performance.now() - t < 1.1; );
    check();
  }
};
const cap = mb > 0 ? capYoungGeneration(mb) : null;
churn(() => cap?.check());
const during = newSpace();
cap?.release();
churn(() => cap?.check());
console.log(JSON.stringify({ during, after: newSpace() }));
`,
  );
});

function run(mb: number): { during: number; after: number } {
  const r = spawnSync(process.execPath, [driver, String(mb)], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('capYoungGeneration', () => {
  it('is 8 MB of new space (two semi-spaces of 4 MB)', () => {
    expect(MAIN_NEW_SPACE_MB).toBe(8);
  });

  it('lets the new space grow to its bound and no further, then gives the growth back', () => {
    // Unbounded, the same work grows it past 8 MB: the bound below is what holds it.
    expect(run(0).during).toBeGreaterThan(8);
    const at4 = run(4);
    expect(at4.during).toBe(4);
    expect(at4.after).toBeGreaterThan(4);
    expect(run(8).during).toBe(8);
  });
});
