// Reading the config and the baseline: small regular files only. A repository is untrusted input,
// so what it names must not make the scanner hang (a FIFO), read without end (/dev/zero), follow
// a symlink out of the repository, or print another file's content in an error.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UsageError } from '../types.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export interface SmallFileRule {
  /** 'config' or 'baseline', for messages. */
  readonly what: string;
  readonly maxBytes: number;
  /**
   * Set when the file was found through the repository (the config at its root, the baseline its
   * config names) rather than named on the command line: it must then be inside this directory
   * and not a symbolic link.
   */
  readonly inside?: string;
  /** A missing file is no error: null. */
  readonly optional?: boolean;
}

function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

/** The file's text (UTF-8, without a byte-order mark), or null for a missing optional file; every other problem is a UsageError. */
export function readSmallFile(path: string, rule: SmallFileRule): string | null {
  const { what } = rule;
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (rule.inside !== undefined ? (constants.O_NOFOLLOW ?? 0) : 0);
    fd = openSync(path, flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && rule.optional) return null;
    if (code === 'ELOOP' && rule.inside !== undefined) {
      throw new UsageError(`${what} ${path} is a symbolic link; a ${what} found in the repository must be a regular file (name it on the command line to use it)`);
    }
    throw new UsageError(`cannot read ${what} ${path}: ${code ?? 'unreadable'}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`${what} ${path} is not a regular file`);
    if (rule.inside !== undefined) {
      const rel = relative(realpathSync(rule.inside), realpathSync(path));
      if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${what} ${path} is outside the repository; a ${what} named by the repository must be inside it`);
    }
    const tooLarge = (): UsageError => new UsageError(`${what} ${path} is larger than ${sizeText(rule.maxBytes)}`);
    if (st.size > rule.maxBytes) throw tooLarge();
    // Read to the limit whatever size fstat said (files under /proc say 0).
    const buf = Buffer.alloc(Math.min(rule.maxBytes + 1, Math.max(st.size + 1, 64 * 1024)));
    let length = 0;
    let chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (length === buf.length) {
        chunks.push(Buffer.from(buf.subarray(0, length)));
        length = 0;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      total += n;
      if (total > rule.maxBytes) throw tooLarge();
    }
    chunks.push(buf.subarray(0, length));
    const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
    chunks = [];
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.parse, with an error that says where but never what: V8's messages quote the text
 * (`Unexpected token 'h', "hello" is not valid JSON`), which for a mistaken file is its content.
 */
export function parseJsonText(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const at = /at position (\d+)/.exec((e as Error).message);
    if (!at) throw new UsageError(`${label}: not valid JSON`);
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new UsageError(`${label}: not valid JSON (line ${line}, column ${column})`);
  }
}
