import { TOPIC_RULES } from '../../../src/core/answers/intents/quote.js';

/** Runs `fn` under other topic-only floors, as `fit-rank.ts --topic` does, and puts the shipped ones back. */
export async function withTopicRules(rules: Partial<typeof TOPIC_RULES>, fn: () => Promise<void>): Promise<void> {
  const keep = { ...TOPIC_RULES };
  Object.assign(TOPIC_RULES, rules);
  try {
    await fn();
  } finally {
    Object.assign(TOPIC_RULES, keep);
  }
}
