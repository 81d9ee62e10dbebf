// `secret-scan init`: wires the pre-commit hook and a starter config into a user's repository.
// It only adds: an existing hook is appended to, an existing config is left alone, and running
// it twice changes nothing.

import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE } from '../config/baseline.js';
import { CONFIG_FILE } from '../config/config.js';
import { SAFE_CONFIG } from '../git.js';
import { UsageError } from '../types.js';

export interface InitArgs {
  readonly cwd: string;
  /** true: record a baseline; false: don't; undefined: ask when stdin is a terminal. */
  readonly baseline: boolean | undefined;
}

export const SCHEMA_REF = './node_modules/secret-scan/schema/secret-scan.schema.json';
export const HOOK_LINE = 'secret-scan --staged';
/** Husky 8 hooks do not put node_modules/.bin on PATH; npx finds the local install without downloading. */
const HOOK_LINE_V8 = 'npx --no-install secret-scan --staged';

/** With a baseline: named, so the hook applies it, and allowed, since its fingerprints can look random. */
export function starterConfig(withBaseline: boolean): string {
  const config: Record<string, unknown> = { $schema: SCHEMA_REF, allowPaths: withBaseline ? [BASELINE_FILE] : [], failOn: 'error' };
  if (withBaseline) config.baseline = BASELINE_FILE;
  return JSON.stringify(config, null, 2) + '\n';
}

export type HookState = 'created' | 'appended' | 'present' | 'no-husky';
export type BaselineState = 'recorded' | 'present' | 'declined' | 'not-needed' | 'skipped';

export interface InitOutcome {
  readonly root: string;
  readonly hook: HookState;
  readonly config: 'created' | 'updated' | 'present';
  readonly baseline: BaselineState;
  /** Findings in the working tree before any baseline (undefined when not scanned). */
  readonly findings?: number;
  /** The config has a `baseline` key, so every scan (the hook too) applies the baseline. */
  readonly configUsesBaseline: boolean;
  readonly huskyInstalled: boolean;
  readonly scannerInstalled: boolean;
  /** The hook still has the `npm test` line `npx husky init` writes as a sample. */
  readonly huskySample?: boolean;
}

interface PackageInfo {
  readonly husky: boolean;
  readonly scanner: boolean;
}

function packageInfo(root: string): PackageInfo {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    return { husky: 'husky' in deps, scanner: 'secret-scan' in deps };
  } catch {
    return { husky: false, scanner: false };
  }
}

/** A line that runs secret-scan (not a comment mentioning it). */
function runsScanner(hook: string): boolean {
  return hook.split('\n').some((l) => !l.trimStart().startsWith('#') && /\bsecret-scan\b|dist\/cli\.js\b.*--staged/.test(l));
}

function installHook(root: string, huskySetUp: boolean): HookState {
  const hook = join(root, '.husky', 'pre-commit');
  if (existsSync(hook)) {
    const text = readFileSync(hook, 'utf8');
    if (runsScanner(text)) return 'present';
    const line = text.includes('husky.sh') ? HOOK_LINE_V8 : HOOK_LINE;
    const mode = statSync(hook).mode;
    writeFileSync(hook, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`);
    chmodSync(hook, mode | 0o111);
    return 'appended';
  }
  if (!huskySetUp) return 'no-husky';
  writeFileSync(hook, `${HOOK_LINE}\n`, { mode: 0o755 });
  return 'created';
}

/**
 * simple-git answers init's repository questions (DESIGN.md), with SAFE_CONFIG's `-c` values as
 * every scan mode runs git, so the repository's config cannot make it run anything. simple-git
 * refuses to pass those keys unless told: each "unsafe" allowance below is for one key that
 * SAFE_CONFIG sets to its safe value. core.hooksPath is left out: init reads the repository's own
 * value, and neither rev-parse nor config runs a hook. The environment is the user's: simple-git
 * refuses common variables (EDITOR, GIT_CONFIG_GLOBAL) once an environment is given, and these
 * two commands read no object, so gitEnv()'s GIT_NO_LAZY_FETCH has nothing to stop.
 */
const SIMPLE_GIT_SAFE = {
  config: SAFE_CONFIG.filter((a, i) => SAFE_CONFIG[i - 1] === '-c' && !a.startsWith('core.hooksPath=')),
  unsafe: {
    allowUnsafeFsMonitor: true,
    allowUnsafePager: true,
    allowUnsafeSshCommand: true,
    allowUnsafeAskPass: true,
    allowUnsafeCredentialHelper: true,
    allowUnsafeDiffExternal: true,
    allowUnsafeGpgProgram: true,
    allowUnsafeProtocolOverride: true,
  },
};

async function repositoryRoot(cwd: string): Promise<{ root: string; hooksPath: string | null }> {
  // Loaded here only, never on the scan path.
  const { simpleGit } = await import('simple-git');
  const git = (baseDir: string) => simpleGit({ baseDir, ...SIMPLE_GIT_SAFE });
  let root: string;
  try {
    root = (await git(cwd).revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`init needs a git repository, and ${cwd} is not inside one (run git init first)`);
  }
  const hooksPath = (await git(root).getConfig('core.hooksPath')).value;
  return { root, hooksPath };
}

async function askYesNo(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Does the work and says what it did; `ask` decides when `baseline` is undefined. */
export async function initRepository(args: InitArgs, ask: ((q: string) => Promise<boolean>) | null): Promise<InitOutcome> {
  const { root, hooksPath } = await repositoryRoot(args.cwd);
  const pkg = packageInfo(root);
  const huskySetUp = existsSync(join(root, '.husky')) || (hooksPath ?? '').startsWith('.husky');
  const hook = installHook(root, huskySetUp);
  const hookPath = join(root, '.husky', 'pre-commit');
  const huskySample = existsSync(hookPath) && readFileSync(hookPath, 'utf8').split('\n').some((l) => l.trim() === 'npm test');

  const configPath = join(root, CONFIG_FILE);
  const configExisted = existsSync(configPath);
  const baselinePath = join(root, BASELINE_FILE);
  let baseline: BaselineState = 'skipped';
  let findings: number | undefined;
  if (existsSync(baselinePath)) baseline = 'present';
  else if (args.baseline !== false) {
    const { recordBaseline } = await import('./baseline.js');
    const { scan } = await import('../scan.js');
    const result = await scan({ mode: 'paths', paths: [], cwd: root, quiet: true });
    findings = result.findings.length;
    if (findings === 0) baseline = 'not-needed';
    else if (args.baseline === true || (args.baseline === undefined && ask !== null && (await ask(`secret-scan: ${findings} existing finding${findings === 1 ? '' : 's'}. Record them in ${BASELINE_FILE} so only new secrets block? [y/N] `)))) {
      await recordBaseline({ paths: [], history: false, output: baselinePath, prune: false, write: false, cwd: root });
      baseline = 'recorded';
    } else baseline = 'declined';
  }

  let config: InitOutcome['config'] = 'present';
  const wantBaselineKey = baseline === 'recorded' || baseline === 'present';
  if (!configExisted) {
    writeFileSync(configPath, starterConfig(wantBaselineKey));
    config = 'created';
  } else if (wantBaselineKey) {
    // An existing config gets the `baseline` key (unless it names another baseline), so the hook uses it.
    const { linkBaseline } = await import('./baseline.js');
    if (linkBaseline(configPath, baselinePath).state === 'added') config = 'updated';
  }
  let configUsesBaseline = false;
  try {
    configUsesBaseline = typeof (JSON.parse(readFileSync(configPath, 'utf8')) as { baseline?: unknown }).baseline === 'string';
  } catch {
    // a broken config is reported by the next scan, naming the key
  }
  return { root, hook, config, baseline, ...(findings !== undefined ? { findings } : {}), configUsesBaseline, huskyInstalled: pkg.husky, scannerInstalled: pkg.scanner, ...(huskySample ? { huskySample } : {}) };
}

/** What to tell the user after init: what changed, then the next steps. */
export function initReport(o: InitOutcome): string {
  const done: string[] = [];
  const next: string[] = [];
  if (o.hook === 'created') done.push(`created .husky/pre-commit: runs \`${HOOK_LINE}\` before every commit`);
  else if (o.hook === 'appended') done.push(`added \`${HOOK_LINE}\` to the end of .husky/pre-commit`);
  else if (o.hook === 'present') done.push('.husky/pre-commit already runs secret-scan');
  else
    next.push(
      o.huskyInstalled
        ? 'husky is installed but not set up: run `npx husky init`, then `npx secret-scan init` again to add the hook'
        : 'husky is not set up: run `npm install --save-dev husky && npx husky init`, then `npx secret-scan init` again to add the hook',
    );
  if (o.config === 'created') done.push(`created ${CONFIG_FILE} (with $schema, so editors complete and check it)`);
  else if (o.config === 'updated') done.push(`pointed ${CONFIG_FILE} at ${BASELINE_FILE} ("baseline"), so the hook skips the recorded findings`);
  else done.push(`${CONFIG_FILE} already exists: left as it is`);
  if (o.baseline === 'recorded') done.push(`recorded ${o.findings} existing finding${o.findings === 1 ? '' : 's'} in ${BASELINE_FILE}: they no longer block, new secrets do`);
  else if (o.baseline === 'present') done.push(`${BASELINE_FILE} already exists: update it with \`npx secret-scan baseline\``);
  else if (o.baseline === 'not-needed') done.push('no secrets found in the working tree');
  else if (o.baseline === 'declined')
    next.push(`${o.findings} existing finding${o.findings === 1 ? '' : 's'}: run \`npx secret-scan\` to see them; fix them, or record them with \`npx secret-scan init --baseline\` (or \`npx secret-scan baseline\`)`);
  if ((o.baseline === 'present' || o.baseline === 'recorded') && !o.configUsesBaseline) {
    next.push(`make sure ${CONFIG_FILE} has "baseline": "${BASELINE_FILE}" so the hook uses it`);
  }
  if (o.huskySample) next.push('.husky/pre-commit also runs `npm test` (the sample line `npx husky init` writes): delete that line unless your tests should run before every commit');
  if (!o.scannerInstalled) next.push('add secret-scan to the project so the hook finds it: `npm install --save-dev secret-scan`');
  const files = [...(o.hook === 'no-husky' ? [] : ['.husky/pre-commit']), CONFIG_FILE, ...(o.baseline === 'recorded' ? [BASELINE_FILE] : [])];
  next.push(`commit ${files.join(', ')}`);
  return [...done.map((d) => `✓ ${d}`), '', 'Next steps:', ...next.map((n, i) => `  ${i + 1}. ${n}`)].join('\n') + '\n';
}

export async function runInit(args: InitArgs): Promise<number> {
  const outcome = await initRepository(args, process.stdin.isTTY === true ? askYesNo : null);
  process.stdout.write(initReport(outcome));
  return 0;
}
