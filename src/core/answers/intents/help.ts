import type { ParsedQuestion } from '../../questions/understand.js';
import { speakerSummary } from '../../speakers/registry.js';
import type { StoredQuote, StoredSpeaker } from '../../store/port.js';
import { startAnswer, type AskContext } from '../context.js';
import type { Answer } from '../model.js';
import { topQuoted } from '../nearest.js';
import { TOPIC_SAMPLE, speakerTopics } from '../topics.js';

/** The most quoted speakers a help answer lists (its examples name the first two). */
const HELP_SPEAKERS = 5;

/** How to ask: example questions of every intent, built from the asker's most quoted speakers and their topics. */
export async function answerHelp(ctx: AskContext, parsed: ParsedQuestion): Promise<Answer> {
  const { registry, visible } = ctx;
  const collections = ctx.filter.collections;
  const answer = startAnswer(ctx, parsed);
  answer.status = 'help';
  const top = topQuoted(registry, (s) => visible(s) && !s.isOrganisation, collections, HELP_SPEAKERS);
  const name = (s: StoredSpeaker | undefined) => s?.name.split(/\s+/).at(-1);
  const first = name(top[0]) ?? 'Kirby';
  const second = name(top[1]) ?? first;
  const [topic, sample] = await topicOf(ctx, top[0]);
  const [secondTopic] = top[1] ? await topicOf(ctx, top[1]) : [topic];
  answer.examples = [
    `what did ${first} say about ${topic}`,
    `${second} on ${secondTopic}`,
    `who said "${sample}"`,
    `latest from ${first}`,
    `which speakers talked about ${topic}`,
  ];
  answer.speakers = top.map((s) => speakerSummary(s, collections));
  return answer;
}

/**
 * A speaker's most distinctive topic word (what they speak of more than the archive does) and the opening words
 * of a direct quote of theirs on it, for help examples ("what did Kirby say about nusra", not "about establishment").
 */
async function topicOf(ctx: AskContext, s: StoredSpeaker | undefined): Promise<[string, string]> {
  const fallback: [string, string] = ['the ceasefire', 'we recognize it as a spoiler'];
  if (!s) return fallback;
  const quotes = await ctx.store.quotesBySpeakers([s.id], { collections: ctx.filter.collections }, TOPIC_SAMPLE);
  const topic = speakerTopics(quotes, ctx.vocab, new Set())[0] ?? fallback[0];
  // Words to paste: a sentence of ordinary words, not a dateline or a list of names.
  const prose = (q: StoredQuote) => q.text.split(/\s+/).slice(0, 7).filter((w) => /^[a-z]+[,.]?$/.test(w)).length >= 5;
  const q = quotes.find((x) => x.kind === 'direct' && prose(x) && x.text.toLowerCase().includes(topic)) ?? quotes.find(prose);
  return [topic, q ? q.text.split(/\s+/).slice(0, 7).join(' ').replace(/[,.;:]$/, '') : fallback[1]];
}
