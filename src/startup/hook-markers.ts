// The hook gate's test of lines holding a marker word that opens a line only as a word of a name
// (names.ts WORD_MARKERS: `pat`, `key`, `user`…), asked as the engine asks it (hook-gate.ts says
// why). A module of its own: the shipped gate loads its bundle (dist/hook-markers.js, with the
// name rules' marker scan and the section tracker) only for a diff holding such a word.

import { hasSecretContext } from '../detect/filters/context.js';
import { hasLiveMarker, hasNameMarker, WORD_MARKERS } from '../detect/filters/names.js';
import { sectionTracker } from '../detect/detectors/sections.js';

const WORD_MARKER = new RegExp([...WORD_MARKERS].join('|'), 'i');

/**
 * Whether a line holding a marker word that opens a line only as a word (`key`, `pat`, `user`…)
 * is one the engine leaves closed (engine.ts markerOpens): no live marker word, and no secret's
 * context (context.ts; asked of every such line, which declines a little more than the engine's
 * test of lines with a marker hit). True for a line holding none.
 */
export function markerClosed(line: string): boolean {
  return !WORD_MARKER.test(line) || (!hasLiveMarker(line) && !hasSecretContext(line));
}

/**
 * For a diff whose lines hold marker words that open a line only as words: whether every line
 * is closed to the detectors (markerClosed) and none sits in a section whose name holds a
 * marker word (sections.ts, as detect() tracks the sections of each file's added lines; names.ts
 * hasNameMarker), which opens every line under it (engine.ts detect, parentMarker). `files`:
 * where each file's lines start.
 */
export function markersSettled(lines: readonly string[], files: readonly number[]): boolean {
  for (let f = 0; f < files.length; f++) {
    const sections = sectionTracker();
    const end = f + 1 < files.length ? files[f + 1]! : lines.length;
    for (let i = files[f]!; i < end; i++) {
      const line = lines[i]!;
      const parent = sections.next(line);
      if (line.length === 0) continue;
      if ((parent !== undefined && hasNameMarker(parent)) || !markerClosed(line)) return false;
    }
  }
  return true;
}
