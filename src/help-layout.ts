// The layout engine of yargs' --help (cliui) with word wrapping. cliui's ES module build, the one
// bundled, breaks lines at the column width inside words ("reposi tory"); this is the same engine
// with a wrap that breaks at spaces. scripts/build.mjs resolves yargs' `cliui` import here.

// @ts-expect-error cliui's layout engine ships without type declarations
import { cliui } from '../node_modules/cliui/build/lib/index.js';

/** Greedy word wrap: lines of at most `width` characters, broken at spaces; a longer word is cut. */
export function wrapWords(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      let w = word;
      if (line !== '' && line.length + 1 + w.length > width) {
        out.push(line);
        line = '';
      }
      while (line === '' && w.length > width) {
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
      line = line === '' ? w : `${line} ${w}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

const ANSI = /\u001b\[[0-9;]*m/g;

interface LayoutOptions {
  width?: number;
  wrap?: boolean;
}

export default function ui(opts: LayoutOptions): unknown {
  return (cliui as (o: LayoutOptions, mixin: object) => unknown)(opts, {
    stringWidth: (s: string) => [...s].length,
    stripAnsi: (s: string) => s.replace(ANSI, ''),
    wrap: wrapWords,
  });
}
