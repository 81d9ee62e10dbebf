// A line's secret context for the high-entropy detector: words near a random token that make it
// a secret's value. Its own module, so that the hook gate (startup/hook-gate.ts) can ask the
// engine's question without the detector.

import { hasTokenRun } from '../randomness/token-runs.js';

export const SECRET_CONTEXT = /secret|passw|passwd|pwd|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth|credential|bearer|signature|signing|\bsalt\b|client[_-]?key|session[_-]?key|encryption[_-]?key/i;

/**
 * Whether detectHighEntropy can use the line's context words: one occurs, and so does a run of
 * 20+ token characters (every candidate is one). The engine opens such lines up.
 */
export function hasSecretContext(text: string): boolean {
  return text.length >= 20 && hasTokenRun(text, 20) && SECRET_CONTEXT.test(text);
}
