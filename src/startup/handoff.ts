// What the loader starts before the CLI loads (its git calls) and hands on to the CLI. The two
// are separate bundles, each with its own copy of every module: a value goes from one to the
// other through globalThis, under a registered symbol both spell the same way.

const key = (name: string): symbol => Symbol.for(`secret-scan.${name}`);

/** Leaves `value` under `name` for the CLI to take (replacing any left before). */
export function handOff(name: string, value: unknown): void {
  (globalThis as Record<symbol, unknown>)[key(name)] = value;
}

/** The value left under `name`, once: it is gone after this call. */
export function takeHandOff<T>(name: string): T | undefined {
  const g = globalThis as Record<symbol, unknown>;
  const value = g[key(name)] as T | undefined;
  delete g[key(name)];
  return value;
}
