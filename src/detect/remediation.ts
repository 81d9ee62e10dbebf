// Advice attached to findings: how to replace a leaked signing key for each framework, and
// what to do about a leaked credential. One place, so every reporter says the same thing.

import { nameWords } from './filters/names.js';

export interface Framework {
  readonly label: string;
  readonly generate: string;
  readonly load: string;
}

const PY_GENERATE = `python -c 'import secrets; print(secrets.token_hex(32))'`;

const FRAMEWORKS: Record<string, Framework> = {
  flask: { label: 'Flask SECRET_KEY', generate: PY_GENERATE, load: `app.config['SECRET_KEY'] = os.environ['SECRET_KEY']` },
  django: { label: 'Django SECRET_KEY', generate: PY_GENERATE, load: `SECRET_KEY = os.environ['DJANGO_SECRET_KEY']` },
  rails: { label: 'Rails secret_key_base', generate: 'bin/rails secret', load: `ENV.fetch('SECRET_KEY_BASE') or bin/rails credentials:edit` },
  laravel: { label: 'Laravel APP_KEY', generate: 'php artisan key:generate --show', load: `APP_KEY from the deployment's environment, never committed` },
  express: { label: 'Express session secret', generate: `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`, load: 'secret: process.env.SESSION_SECRET' },
  jwt: { label: 'JWT signing secret', generate: `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`, load: 'process.env.JWT_SECRET' },
  generic: { label: 'Secret key', generate: PY_GENERATE, load: 'read it from the environment or a secret manager at run time' },
};

/** Guesses the framework from the name, the file and the value, for a precise message and advice. */
export function frameworkFor(name: string, ext: string, value = '', path = ''): Framework {
  const words = nameWords(name);
  const joined = words.join('_');
  if (value.startsWith('django-insecure-') || /django|(?:^|\/)settings\/[^/]+\.py$/i.test(path) && joined.endsWith('secret_key')) return FRAMEWORKS.django!;
  if (joined.includes('jwt') || joined.includes('token_secret') || name === 'jwt_secret') return FRAMEWORKS.jwt!;
  if (joined.includes('secret_key_base') || joined === 'secret_token' || ext === 'rb') return FRAMEWORKS.rails!;
  if (joined === 'app_key' || ext === 'php') return FRAMEWORKS.laravel!;
  if (joined.includes('session') || joined.includes('cookie') || (joined === 'secret' && ['js', 'ts', 'mjs', 'cjs'].includes(ext))) return FRAMEWORKS.express!;
  if (joined.endsWith('secret_key') && ext === 'py') return joined.includes('django') ? FRAMEWORKS.django! : FRAMEWORKS.flask!;
  return { ...FRAMEWORKS.generic!, label: name };
}

const ROTATE = 'If it already reached a shared branch, rotating it is mandatory: rewriting history alone is not enough.';

export function signingKeyAdvice(fw: Framework): string {
  return `Generate a new key (${fw.generate}), load it at run time (${fw.load}); rotating it logs every user out. ${ROTATE}`;
}

export function weakKeyAdvice(): string {
  return `Use a random key: ${PY_GENERATE}, and load it from the environment instead of the source.`;
}

export function credentialAdvice(): string {
  return `Revoke it and issue a new one where it was created, then read it from the environment or a secret manager. ${ROTATE}`;
}

/** Key material and local credential files: they never belong in a repository, whatever they hold. */
const KEY_FILE = /\.(?:pem|key|p12|pfx|jks|keystore|ppk)$|^(?:id_(?:rsa|dsa|ecdsa|ed25519)|master\.key|\.pgpass|\.netrc|\.git-credentials|credentials)$/;
/** `.env`, `.env.local` …, not the templates meant to be committed (`.env.example`). */
const DOTENV = /^\.env(?:\.[a-z0-9_.-]+)?$/;
const DOTENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/;

function shellWord(s: string): string {
  return /^[\w./@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Whether the fix for a secret in this file starts by untracking the file. */
export function untrackableFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return (DOTENV.test(base) && !DOTENV_TEMPLATE.test(base)) || KEY_FILE.test(base);
}

/** The commands that stop tracking a file here, keeping it on disk. */
export function untrackAdvice(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const template = DOTENV.test(base) ? ` (commit a ${path}.example with placeholders instead)` : '';
  return `Stop tracking ${path}: git rm --cached ${shellWord(path)} && echo ${shellWord(path)} >> .gitignore${template}.`;
}

/**
 * The advice for a finding in this file: for a dotenv or key file, untracking it comes first
 * (loading the value at run time is what the file is for); elsewhere the finding's own advice.
 */
export function adviceHere(path: string, advice: string): string {
  return untrackableFile(path) ? `${untrackAdvice(path)} Then ${advice.charAt(0).toLowerCase()}${advice.slice(1)}` : advice;
}
