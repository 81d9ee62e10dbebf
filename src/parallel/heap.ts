// The young generation of a tree scan's main thread when it is the one that detects (beside a
// reader, or alone). V8 grows a thread's young generation up to two semi-spaces of 16 MB as it
// collects; this thread does better with 4 MB ones (new space 8 MB in all). Node sets that bound
// only at start-up (`--max-semi-space-size`), so the scan stops the growth once it is reached.
//
// Measured on rails, 2 cores, interleaved (2026-12-04): beside the reader 1070 against 1110 ms
// (15 runs, pairs -30 ms) and 1094 against 1133 ms (21 runs, pairs -51 ms); the main thread
// alone 1233 against 1290 ms (15 runs); fastapi 856 against 865 ms (13 runs). Stopped at 4 and
// 16 MB in all: pairs -19 and -37 ms. From node's start (`--max-semi-space-size`, against 16):
// 1 MB +28 ms, 2 MB -19 to -28, 3 MB -27, 4 MB -18 to -30, 6 MB -13, 16 MB in all (32) +216.

import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The new space (both semi-spaces) at which a detecting main thread's young generation stops growing. */
export const MAIN_NEW_SPACE_MB = 8;

/** How often, in ms, a cap looks at the new space (getHeapSpaceStatistics, a few µs) until it has grown to its bound. */
const LOOK_MS = 1;

/** V8's own growth factor for the young generation (`node --v8-options`), put back after a scan. */
const V8_GROWTH_FACTOR = 2;

export interface YoungGenerationCap {
  /**
   * Called as the scan goes (after each job): looks at the new space, at most every LOOK_MS, and
   * stops its growth once it has reached the bound; nothing more after that.
   */
  check(): void;
  /** Gives V8 its growth back (a library caller's process goes on after the scan). */
  release(): void;
}

/**
 * Stops V8 from growing this process's young generation once the calling thread's new space has
 * reached `mb` MB: its growth factor, the one setting V8 reads as it grows it, set to 1 (a
 * process-wide flag: the scan's other isolates keep the young generation they have too). The
 * growth is stopped at the first check() after the new space reached the bound, so it holds where
 * checks come before a semi-space more has been allocated. Never an error.
 */
export function capYoungGeneration(mb: number = MAIN_NEW_SPACE_MB): YoungGenerationCap {
  const limit = mb * 1024 * 1024;
  let capped = false;
  let next = 0;
  const check = (): void => {
    if (capped) return;
    const now = performance.now();
    if (now < next) return;
    next = now + LOOK_MS;
    const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (space !== undefined && space.space_size < limit) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
  };
  check();
  return {
    check,
    release() {
      if (capped) setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
      capped = true; // no more checks
    },
  };
}
