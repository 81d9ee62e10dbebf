// A history scan depends on one producer it cannot speed up: `git log -p`, single-threaded.
// On a machine with few cores our threads (the detection worker, V8's compiler and GC threads,
// git cat-file reading HEAD) preempt it thousands of times, and the whole scan then waits for
// git. Lowering our own priority after git has started keeps git's core its own; our threads
// take what it leaves. Measured on 2 cores (bench/README.md): git finished ~0.5 s sooner at nice
// 10, and once the detection had become cheaper than git's output (2026-12-03), nice 19 took
// another 5-7% off where git is the slower stage (flask, fastapi, the generated history) and
// changed nothing where the detection is (a slice of rails' history).

import { readdirSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * The nice value our threads take (0 normal, 19 lowest). At 10 (weight 110 against git's 1024)
 * git still lost 10-15% of its run to our threads on 2 cores (500-700 involuntary switches per
 * flask history); at 19 (weight 15) our threads take only what git leaves.
 */
export const YIELD_NICE = 19;

/**
 * Lowers the priority of every thread of this process to YIELD_NICE (never raises it).
 * Processes started before keep theirs; threads and processes started after inherit it.
 * On Linux, nice is per thread, so each one is set through /proc/self/task; elsewhere the
 * process as a whole. Best effort: a thread that cannot be changed keeps its priority.
 * Returns the number of threads (or processes) changed.
 */
export function yieldToChildren(nice: number = YIELD_NICE): number {
  let tasks: number[];
  try {
    tasks = readdirSync('/proc/self/task').map(Number);
  } catch {
    tasks = [process.pid];
  }
  return lowerAll(tasks, nice);
}

/**
 * Lowers the priority of the calling thread alone to `nice` (Linux: its id from /proc/thread-self).
 * Best effort, like yieldToChildren: false when it could not.
 */
export function lowerThisThread(nice: number = YIELD_NICE): boolean {
  const tid = thisThread();
  if (tid === null) return false;
  try {
    lower(tid, nice);
    return true;
  } catch {
    return false;
  }
}

/**
 * The nice value every other thread of the process takes beside a tree scan's main thread, which
 * detects while a reader reads (tree-reader.ts): V8's compiler and garbage-collection helpers and
 * the reader as it boots (it then lowers itself to YIELD_NICE). At 0 they took the main thread's
 * core: on rails the main thread waited 95-161 ms for a CPU with 150-330 involuntary switches,
 * and 72-97 ms with 113-131 at 10 (6 runs each); 10 measured quicker than 19 (bench/README.md).
 */
export const HELPER_NICE = 10;

/**
 * Lowers every thread of this process but the calling one to `nice` (never raises one): Linux
 * only, where nice is per thread (/proc/self/task); elsewhere nothing, since lowering the process
 * would lower the calling thread too. Best effort, like yieldToChildren. Returns the number of
 * threads changed.
 */
export function lowerOtherThreads(nice: number = HELPER_NICE): number {
  const self = thisThread();
  let tasks: number[];
  try {
    tasks = readdirSync('/proc/self/task').map(Number);
  } catch {
    return 0;
  }
  return self === null ? 0 : lowerAll(tasks.filter((tid) => tid !== self), nice);
}

/** The calling thread's id (Linux, /proc/thread-self); null where there is none to read. */
function thisThread(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** lower() for each of `tids`, skipping one that ended or cannot be changed: how many changed. */
function lowerAll(tids: readonly number[], nice: number): number {
  let changed = 0;
  for (const tid of tids) {
    try {
      if (lower(tid, nice)) changed++;
    } catch {
      // The thread ended meanwhile, or the system does not allow it: keep going.
    }
  }
  return changed;
}

/** Sets thread (or process) `tid` to `nice` unless it is there or lower already: whether it changed it. Throws as os.setPriority does. */
function lower(tid: number, nice: number): boolean {
  if (getPriority(tid) >= nice) return false;
  setPriority(tid, nice);
  return true;
}
