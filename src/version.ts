// The package's version: compiled into the bundle by the build (no package.json to find and
// parse at start-up); read from package.json when running from the sources (tests).

import { createRequire } from 'node:module';

declare const __SECRET_SCAN_VERSION__: string | undefined;

export function packageVersion(): string {
  if (typeof __SECRET_SCAN_VERSION__ === 'string') return __SECRET_SCAN_VERSION__;
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
