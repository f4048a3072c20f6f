import type { ParsedQuestion } from '../questions/understand.js';
import { countToken, type QueryGroup } from '../search/bm25.js';
import { fullWeightReadings } from '../search/expansion.js';
import { STOP_WORDS, indexTerms, stem, words } from '../search/tokenize.js';
import { qualifierForms } from '../speakers/roles.js';
import type { RankRow } from '../store/port.js';
import { ARTICLE_POOL } from './candidates.js';
import type { AskContext } from './context.js';
import type { Ranked } from './rank.js';

/**
 * A role holder's quote whose topic only the reporter's passage around it states (session 35, h-qa85). An analyst,
 * an economist, a spokesman is quoted once, in a paragraph the reporter opens with the topic and with who the speaker
 * is ("'It was a little softer than we hoped,' said NAME, an economist at Calder Bank. / The third quarter growth
 * figure was the weakest in two years"): the quote holds none of the question's words, fails the own-coverage floor,
 * and "the Calder Bank economist on the third quarter growth figure" was refused. Such a quote answers when the passage
 * states both halves of the question: every topic word (two or more) and every word of the role asked stand around the
 * quote (its sentence, lead-in, the paragraphs either side), and each topic word is written there by the reporter, not
 * only inside another speaker's quote (`othersWordsOnly`): a spokesman's line on tolls after the governor's own "the new
 * port will be open" is no word of his on the new port. Only for a holder reached by the role: a name asked about a
 * topic the article raises beside the speaker's words on something else ("what did NAME say about the presidential
 * election") is no answer, and refusing it is what the floor is for.
 */
export async function rolePassageAdmits(ctx: AskContext, parsed: ParsedQuestion, ranked: Ranked<RankRow>[], ownFloor: number): Promise<ReadonlySet<string>> {
  const states = rolePassageStatesTopic(parsed);
  const held = ranked.filter((r) => r.ownCoverage < ownFloor && states(r));
  if (held.length === 0) return new Set();
  // The other quotes of each held quote's article, whoever said them: those standing in its passage are words the
  // reporter quoted, not the reporter's own. Read by article (session 41): a topic look-up capped at `TERM_POOL`
  // rows found them only while few other articles shared the topic's words, so the check loosened as the archive grew.
  const full = fullWeightReadings(parsed.groups);
  const rows = await ctx.store.rankRowsOfArticles(held.map((r) => r.quote.id), ctx.filter, ARTICLE_POOL);
  const articleOf = new Map(rows.map((o) => [o.id, o.articleId]));
  const ofArticle = new Map<string, RankRow[]>();
  for (const o of rows) {
    const list = ofArticle.get(o.articleId);
    if (list) list.push(o);
    else ofArticle.set(o.articleId, [o]);
  }
  // The paragraphs around a quote are stored with the headline's terms; the headline states the article's subject,
  // not what this speaker spoke about, so its words are counted out too.
  const ids = [...ofArticle.keys()];
  const articles = await Promise.all(ids.map((id) => ctx.store.getArticle(id)));
  const headlines = new Map(ids.map((id, i) => [id, indexTerms(articles[i]?.meta.title ?? '').join(' ')]));
  return new Set(
    held
      .filter((r) => {
        const article = articleOf.get(r.quote.id) ?? '';
        const others = ofArticle.get(article) ?? [];
        const same = ctx.registry.personRecords(r.quote.speakerId ?? '');
        // Before the quote too: a topic word there only inside another speaker's quoted words introduces nothing of
        // hers. Reported speech there ("The Tories said they were glad X had been shamed into going") is the
        // reporter's own sentence introducing her, so only direct quotes are counted out.
        return !othersWordsOnly(r.quote, full, others, same, headlines.get(article) ?? '') && !othersWordsOnly(r.quote, full, others.filter((o) => o.kind === 'direct'), same, '', termsBeforeSentence(r.quote));
      })
      .map((r) => r.quote.id),
  );
}

/** Whether the passage around the holder's quote states every topic word and every word of the role asked. */
export function rolePassageStatesTopic(parsed: ParsedQuestion): (r: Ranked<RankRow>) => boolean {
  const phrase = parsed.speakerPhrase ?? '';
  const holders = new Set(parsed.speakers.filter((m) => m.kind === 'role').map((m) => m.speaker.id));
  const roleForms = words(phrase).filter((w) => !STOP_WORDS.has(w)).map((w) => [...new Set(qualifierForms(w).map((f) => stem(f)))]);
  if (holders.size === 0 || roleForms.length === 0 || parsed.groups.length < 2) return () => false;
  return (r) => r.coord >= 1 && holders.has(r.quote.speakerId ?? '') && roleForms.every((forms) => forms.some((t) => around(r.quote, t) > 0)) && introducesTopic(r.quote, parsed.groups);
}

/**
 * Whether every topic word stands where the reporter introduces the quote (session 38, h-qa94): its sentence, its
 * lead-in, or the neighbourhood before its sentence ("Third quarter growth was the weakest in two years. / 'It was a
 * little softer than we hoped,' said NAME, an economist at ..."). A paragraph after the quote moves the story on
 * ("... said NAME. / The figure comes a month before the presidential election"): it states the story's next topic,
 * not what the quote spoke to. On the halves A, of 20 role misses whose wanted quote has every topic word only around
 * it, 14 have them all before it and 1 only after it.
 */
export function introducesTopic(q: RankRow, groups: readonly QueryGroup[]): boolean {
  const before = termsBeforeSentence(q);
  const introduced = (t: string) => countToken(q.contextTerms, t) + countToken(q.leadTerms ?? '', t) + countToken(before, t) > 0;
  return groups.every((g) => g.alternatives.some((alt) => alt.every(introduced)));
}

/**
 * The neighbourhood's terms before the quote's sentence: the neighbourhood holds the paragraph before, the quote's own
 * and the one after, in order (`store/lead-terms.ts` reads the lead-in from it the same way). '' when the sentence's
 * run is not found in it.
 */
function termsBeforeSentence(q: RankRow): string {
  if (!q.contextTerms) return '';
  for (let at = q.nearTerms.indexOf(q.contextTerms); at >= 0; at = q.nearTerms.indexOf(q.contextTerms, at + 1)) {
    if (at === 0 || q.nearTerms.charCodeAt(at - 1) === 32) return q.nearTerms.slice(0, at);
  }
  return '';
}

/** How often the index term stands around the quote: its sentence, lead-in and the paragraphs either side. */
function around(q: RankRow, term: string): number {
  return countToken(q.contextTerms, term) + countToken(q.leadTerms ?? '', term) + countToken(q.nearTerms, term);
}

/**
 * Whether some topic word stands in `passage` (the quote's neighbourhood, or the part of it before the quote's
 * sentence) only inside other speakers' quotes there or in the headline (`headline`: its index terms): no occurrence
 * of any of its one-word readings is left for the reporter's paragraphs once those are counted out.
 */
function othersWordsOnly(q: RankRow, groups: readonly QueryGroup[], others: readonly RankRow[], same: ReadonlySet<string>, headline: string, passage = q.nearTerms): boolean {
  const inPassage = others.filter((o) => o.id !== q.id && !same.has(o.speakerId ?? '') && o.terms.includes(' ') && countToken(passage, o.terms) > 0);
  const elsewhere = (t: string) => countToken(headline, t) + inPassage.reduce((n, o) => n + countToken(o.terms, t), 0);
  return groups.some((g) => {
    const terms = g.alternatives.filter((alt) => alt.length === 1).map((alt) => alt[0] as string);
    return terms.length > 0 && terms.every((t) => countToken(q.contextTerms, t) + countToken(q.leadTerms ?? '', t) === 0 && countToken(passage, t) <= elsewhere(t));
  });
}
