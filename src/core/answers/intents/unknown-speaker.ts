import { looksLikeAName, type ParsedQuestion } from '../../questions/understand.js';
import { speakerSummary } from '../../speakers/registry.js';
import { TERM_POOL, retrievalTerms } from '../candidates.js';
import { startAnswer, type AskContext } from '../context.js';
import { articlesPhrase, mentionsOf } from '../mentions.js';
import type { Answer } from '../model.js';
import { mostQuoted } from '../nearest.js';

/**
 * A question that names somebody who is no speaker on record ("what did Kerry say", "kerry on ceasefire" where
 * Kerry is only mentioned): "no quote found", never somebody else's quote, with where the name is mentioned and
 * the speakers whose names are close.
 */
export async function answerUnknownSpeaker(ctx: AskContext, parsed: ParsedQuestion): Promise<Answer> {
  const { store, registry, vocab, visible, filter } = ctx;
  const answer = startAnswer(ctx, parsed);
  const typed = parsed.speakerPhrase ?? '';
  const name = typed === typed.toLowerCase() ? typed.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : typed;
  // Where the name is mentioned (as addressee, subject, quoted about): said plainly, never answered with those quotes.
  // Only for a name: "the Fed chairman" that resolves to nobody is not "mentioned in 40 articles".
  const nameLike = looksLikeAName(typed, vocab) || parsed.nameOrTopic === typed; // the latter: checked in the articles
  const nearby = nameLike && parsed.groups.length ? await store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), filter, TERM_POOL) : [];
  const mentioned = nameLike ? await mentionsOf(name, store, filter, nearby) : { articles: 0, atLeast: false };
  answer.note = mentioned.articles > 0 ? `No quote from ${name} is on record here; the name is mentioned in ${articlesPhrase(mentioned)}.` : `No speaker called "${typed}" is on record.`;
  const close = registry.nearest(parsed.speakerPhrase ?? '', visible, 5).map((s) => speakerSummary(s, filter.collections, 'name close to what you typed'));
  answer.speakers = close.length ? close : mostQuoted(registry, visible, filter.collections, 5);
  return answer;
}
