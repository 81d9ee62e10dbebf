// The fixture corpora (fixtures/) as tests walk them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './git-repo.js';

/** Every file below `dir`, at any depth (absolute paths). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
  });
}

/** Every fixture file that is text (no NUL byte): its path from the project's root, its bytes and its text. */
export function textFixtures(): { name: string; bytes: Buffer; text: string }[] {
  return filesUnder(join(PROJECT_ROOT, 'fixtures')).flatMap((abs) => {
    const bytes = readFileSync(abs);
    return bytes.includes(0) ? [] : [{ name: relative(PROJECT_ROOT, abs), bytes, text: bytes.toString('utf8') }];
  });
}
