// Every integration we ship, run here as far as it can run without GitHub, GitLab or the
// pre-commit framework: the composite action's script, the pre-commit hook entry, lint-staged's
// file list, the GitLab job script and the generic CI script, on real repositories.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOOK_LINE } from '../../src/commands/init.js';
import { synth } from '../../src/detect/synthetic.js';
import { CLI, makeRepo, makeTempDir, PROJECT_ROOT, run, type Repo } from '../helpers/git-repo.js';

const KEY = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'integrations-a');
const KEY2 = 'AKIA' + synth('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'integrations-b');
const NODE_CLI = `${process.execPath} ${CLI}`;

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function yamlFile<T>(path: string): T {
  return parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as T;
}

/** main: an old commit with a secret, then a clean one; returns the shas. */
function historyRepo(): { r: Repo; old: string; base: string } {
  const r = makeRepo();
  repos.push(r);
  r.write('legacy.py', `AWS = "${KEY}"\n`);
  r.git('add', '-A');
  r.git('commit', '-qm', 'legacy');
  const old = r.git('rev-parse', 'HEAD').stdout.trim();
  r.write('legacy.py', 'AWS = os.environ["AWS"]\n');
  r.git('add', '-A');
  r.git('commit', '-qm', 'clean');
  return { r, old, base: r.git('rev-parse', 'HEAD').stdout.trim() };
}

function commit(r: Repo, file: string, content: string): string {
  r.write(file, content);
  r.git('add', '-A');
  r.git('commit', '-qm', `change ${file}`);
  return r.git('rev-parse', 'HEAD').stdout.trim();
}

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

describe('action.yml (composite GitHub Action)', () => {
  const action = yamlFile<Action>('action.yml');
  const script = action.runs.steps.find((s) => s.id === 'scan')!.run!;

  function runAction(r: Repo, env: Record<string, string>): { code: number; out: string; outputs: Record<string, string>; dir: string } {
    const outputsFile = join(makeTempDir(), 'github_output');
    writeFileSync(outputsFile, '');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v.default ?? '']));
    const res = run('bash', ['-c', script], r.dir, { ...defaults, GITHUB_OUTPUT: outputsFile, SECRET_SCAN_COMMAND: NODE_CLI, ...env });
    const outputs = Object.fromEntries(
      readFileSync(outputsFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return { code: res.code, out: res.stdout + res.stderr, outputs, dir: r.dir };
  }

  it('is a composite action that uploads SARIF and fails the job on findings', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    const fail = action.runs.steps.at(-1)!;
    expect(fail.if).toContain("steps.scan.outputs.exit-code != '0'");
    expect(fail.run).toContain('exit 1');
  });

  it('scans only the pull request range: a secret added in the PR is reported, annotated and written as SARIF', () => {
    const { r, base } = historyRepo();
    const head = commit(r, 'app.py', `import os\nKEY = "${KEY2}"\n`);
    const res = runAction(r, { EVENT_NAME: 'pull_request', PR_BASE: base, PR_HEAD: head });
    expect(res.code, res.out).toBe(0);
    expect(res.outputs['exit-code']).toBe('1');
    expect(res.outputs['sarif-file']).toBe('secret-scan.sarif');
    const sarif = JSON.parse(readFileSync(join(res.dir, 'secret-scan.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['app.py']);
    expect(res.out).toMatch(/^::error file=app\.py,line=2,/m);
    expect(res.out).not.toContain(KEY2);
  });

  it('passes a clean pull request even when old history has a secret', () => {
    const { r, base } = historyRepo();
    const head = commit(r, 'readme.md', '# hello\n');
    const res = runAction(r, { EVENT_NAME: 'pull_request', PR_BASE: base, PR_HEAD: head });
    expect(res.outputs['exit-code']).toBe('0');
    expect(res.out).not.toContain('::error');
  });

  it('scans a push from before to after, and the whole history for a new branch or full-history', () => {
    const { r, base } = historyRepo();
    const after = commit(r, 'readme.md', '# hello\n');
    expect(runAction(r, { EVENT_NAME: 'push', PUSH_BEFORE: base, PUSH_AFTER: after }).outputs['exit-code']).toBe('0');
    const created = runAction(r, { EVENT_NAME: 'push', PUSH_BEFORE: '0'.repeat(40), PUSH_AFTER: after });
    expect(created.outputs['exit-code']).toBe('1');
    expect(created.out).toContain('whole history');
    expect(runAction(r, { EVENT_NAME: 'schedule', INPUT_FULL_HISTORY: 'true' }).outputs['exit-code']).toBe('1');
  });

  it('explains a shallow clone instead of failing obscurely', () => {
    const { r } = historyRepo();
    const res = runAction(r, { EVENT_NAME: 'pull_request', PR_BASE: 'f'.repeat(40), PR_HEAD: 'HEAD' });
    expect(res.code).toBe(2);
    expect(res.outputs['exit-code']).toBe('2');
    expect(res.out).toContain('fetch-depth: 0');
  });

  it('passes extra arguments through (a baseline silences the old secret in a full scan)', () => {
    const { r, old } = historyRepo();
    expect(old).toMatch(/^[0-9a-f]{40}$/);
    expect(r.scan('baseline', '--history').code).toBe(0);
    const res = runAction(r, { EVENT_NAME: 'schedule', INPUT_FULL_HISTORY: 'true', INPUT_ARGS: '--baseline .secret-scan-baseline.json' });
    expect(res.outputs['exit-code'], res.out).toBe('0');
  });

  it('the example workflow uses only inputs the action declares, with full clones and SARIF permission', () => {
    const wf = yamlFile<{ on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }>('examples/github/secret-scan.yml');
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'schedule']));
    expect(wf.permissions['security-events']).toBe('write');
    const steps = wf.jobs['secret-scan']!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['fetch-depth']).toBe(0);
    const uses = steps.find((s) => s.uses?.includes('/secret-scan@'))!;
    for (const k of Object.keys(uses.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
  });
});

describe('.pre-commit-hooks.yaml (pre-commit framework)', () => {
  const hooks = yamlFile<{ id: string; entry: string; language: string; pass_filenames: boolean }[]>('.pre-commit-hooks.yaml');

  it('declares a node hook that scans the staged lines itself', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'secret-scan', language: 'node', pass_filenames: false });
    expect(hooks[0]!.entry.split(' ')).toEqual(['secret-scan', '--staged']);
  });

  it('its entry blocks a staged secret and passes a clean change', () => {
    const r = makeRepo();
    repos.push(r);
    const entry = hooks[0]!.entry.replace(/^secret-scan/, NODE_CLI);
    r.write('ok.py', 'x = 1\n');
    r.git('add', '-A');
    expect(run('sh', ['-c', entry], r.dir).code).toBe(0);
    r.write('app.py', `KEY = "${KEY}"\n`);
    r.git('add', '-A');
    const res = run('sh', ['-c', entry], r.dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('app.py:1');
  });
});

describe('lint-staged', () => {
  it('runs secret-scan with the staged files appended, as absolute paths', async () => {
    const config = (await import(join(PROJECT_ROOT, 'examples/lint-staged.config.mjs'))) as { default: Record<string, string> };
    const command = config.default['*']!;
    expect(command).toBe('secret-scan');
    const r = makeRepo();
    repos.push(r);
    r.write('src/app.py', `KEY = "${KEY}"\n`);
    r.write('src/ok.py', 'x = 1\n');
    r.write('other/untouched.py', `KEY = "${KEY2}"\n`);
    const files = ['src/app.py', 'src/ok.py'].map((f) => join(r.dir, f));
    const res = run(process.execPath, [CLI, ...files], r.dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('src/app.py:1');
    expect(res.stdout).not.toContain('untouched');
    expect(run(process.execPath, [CLI, join(r.dir, 'src/ok.py')], r.dir).code).toBe(0);
  });
});

describe('husky', () => {
  it('the example hook is the line init writes', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'examples/husky-pre-commit'), 'utf8')).toBe(`${HOOK_LINE}\n`);
  });

  it('README and docs write the hook line without npx (its resolution costs 0.5-1 s per commit)', () => {
    expect(HOOK_LINE).toBe('secret-scan --staged');
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`echo "${HOOK_LINE}" > .husky/pre-commit`);
    for (const file of ['README.md', 'docs/integrations.md']) {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      const code = [...text.matchAll(/```(?:sh|yaml)\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
      expect(code, file).not.toMatch(/npx (?:--\S+ )*secret-scan --staged/);
    }
  });
});

describe('GitLab CI and generic CI', () => {
  it('the GitLab job scans the merge request range and keeps the JSON report', () => {
    const job = yamlFile<Record<string, { script: string[]; artifacts: { paths: string[] } }>>('examples/gitlab-ci.yml')['secret-scan']!;
    expect(job.artifacts.paths).toEqual(['secret-scan.json']);
    const script = job.script.join('\n').replace(/npx --yes secret-scan@[^ ]+/, NODE_CLI);
    const { r, base } = historyRepo();
    const head = commit(r, 'app.py', `KEY = "${KEY2}"\n`);
    const res = run('sh', ['-c', script], r.dir, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(res.code).toBe(1);
    const report = JSON.parse(readFileSync(join(r.dir, 'secret-scan.json'), 'utf8')) as { findings: { file: string }[] };
    expect(report.findings.map((f) => f.file)).toEqual(['app.py']);
    const clean = run('sh', ['-c', script], r.dir, { CI_MERGE_REQUEST_DIFF_BASE_SHA: head, CI_COMMIT_SHA: head });
    expect(clean.code).toBe(0);
  });

  it('the generic script prints the findings from the JSON report and fails the build', () => {
    const { r, base } = historyRepo();
    commit(r, 'app.py', `KEY = "${KEY2}"\n`);
    const script = join(PROJECT_ROOT, 'examples/ci-generic.sh');
    const res = run('sh', [script, `${base}..HEAD`], r.dir, { SECRET_SCAN: NODE_CLI });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^app\.py:1: error aws-access-key-id: /m);
    expect(existsSync(join(r.dir, 'secret-scan.json'))).toBe(true);
    expect(run('sh', [script, 'HEAD..HEAD'], r.dir, { SECRET_SCAN: NODE_CLI }).code).toBe(0);
  });
});

describe('docs/integrations.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/integrations.md'), 'utf8');
  const blocks = (lang: string): string[] => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('every YAML snippet parses', () => {
    const yamls = blocks('yaml');
    expect(yamls.length).toBeGreaterThanOrEqual(4);
    for (const y of yamls) expect(() => parse(y)).not.toThrow();
  });

  it('the workflow and GitLab snippets are the example files', () => {
    const parsed = blocks('yaml').map((y) => parse(y) as Record<string, unknown>);
    expect(parsed).toContainEqual(yamlFile('examples/gitlab-ci.yml'));
    const workflow = yamlFile<Record<string, unknown>>('examples/github/secret-scan.yml');
    expect(parsed).toContainEqual(workflow);
  });

  it('the husky and lint-staged snippets match the examples', () => {
    expect(blocks('sh').some((b) => b === readFileSync(join(PROJECT_ROOT, 'examples/husky-pre-commit'), 'utf8'))).toBe(true);
    expect(blocks('js').some((b) => readFileSync(join(PROJECT_ROOT, 'examples/lint-staged.config.mjs'), 'utf8').includes(b.trim()))).toBe(true);
  });
});
