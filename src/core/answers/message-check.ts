import { pickPassages, PASSAGE_LIMITS } from '../questions/passages.js';
import type { Answer } from './model.js';

/** One passage of a message and the verification of it. */
export interface PassageCheck {
  /** The words checked (without their quotation marks). */
  passage: string;
  /** True when the passage was longer than a verification reads and only its start was checked. */
  cut: boolean;
  /** A verification ("who said"): the real quote with its speaker, source and differences, or not on record. */
  answer: Answer;
}

/** "Verify quote" on a posted message: what was picked out of it and what each passage turned out to be. */
export interface MessageVerification {
  /** The passages came from quotation marks (or block quotes), the whole text, or there was nothing to check. */
  from: 'quoted' | 'whole' | 'empty';
  /** In the order the message has them. */
  checks: PassageCheck[];
  /** Passages beyond the per-message limit, not checked. */
  skipped: number;
  /** The message was longer than `maxChars`: only its start was read. */
  truncated: boolean;
  limits: { maxChars: number; maxPassages: number; passageChars: number };
  tookMs: number;
}

/**
 * Picks the passages of a message and verifies each in turn (one at a time: each is a full verification, and
 * a message holds at most a few). `verify` is the core's own verification, already bound to the asker's
 * collections, so tenancy is the caller's and never the message's.
 */
export async function verifyMessage(message: string, verify: (passage: string) => Promise<Answer>, signal?: AbortSignal): Promise<MessageVerification> {
  const started = performance.now();
  const picked = pickPassages(message);
  const checks: PassageCheck[] = [];
  for (const p of picked.passages) {
    signal?.throwIfAborted();
    checks.push({ passage: p.text, cut: p.cut, answer: await verify(p.text) });
  }
  const { maxChars, maxPassages, passageChars } = PASSAGE_LIMITS;
  return {
    from: picked.from,
    checks,
    skipped: picked.skipped,
    truncated: picked.truncated,
    limits: { maxChars, maxPassages, passageChars },
    tookMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}
