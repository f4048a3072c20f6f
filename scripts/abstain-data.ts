/**
 * Asks every question of the visible sets and of the halves A in-process and writes one JSON line per question: the
 * gold, whether the first answer is right, a wrong speaker or an answered "none" question, and the features the
 * abstain rules of `answers/intents/quote.ts` read (the path that answered, the first hit's score against the best
 * other speaker's, where its matched words sit). A developer tool: it reads ../shared (the app and tests never do).
 *
 *   npx tsx scripts/abstain-data.ts --data DIR --out FILE.jsonl [--gold DIR ...]   (DIR: an index of the whole corpus)
 * The halves A are the gold/A folders the caller unpacks (eval/held-out/score.sh's way); half B is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createOnRecord, type Answer } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { answerOk, goldQuestionFiles, opt, packedSetName, questionDirs, speakerMatch } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }
const dirs = questionDirs();
const questions: Question[] = [];
for (const dir of dirs) {
  const set = packedSetName(dir) ?? 'visible';
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, article: g.article, set });
}
const ok = (h: Answer['hits'][number] | undefined, q: Question): boolean => answerOk(h ? { speaker: h.speaker?.name ?? null, text: h.text } : undefined, q);
const store = new SqliteQuoteStore({ dir: path.resolve(opt('--data', '')) });
await store.init();
const core = createOnRecord({ store, refreshMs: 3_600_000 });
await core.warm();
const out = fs.createWriteStream(opt('--out', '/dev/stdout'));
for (const q of questions) {
  const a = await core.ask(q.q, { limit: 20 });
  const first = a.hits[0];
  const rival = first ? a.hits.find((h) => h.speaker?.id !== first.speaker?.id) : undefined;
  const right = !q.none && ok(first, q);
  const wantAt = q.none ? -1 : a.hits.findIndex((h) => ok(h, q));
  const row = {
    set: q.set, style: q.style, q: q.q, none: !!q.none, want: q.speaker, expect: q.expect,
    outcome: q.none ? (first ? 'none-answered' : 'none-refused') : !first ? 'abstained' : right ? 'right' : speakerMatch(first.speaker?.name ?? null, q.speaker) ? 'other-quote' : 'wrong',
    intent: a.understood.intent, speakerQuery: a.understood.speaker?.query, resolved: a.understood.speaker?.resolved.map((s) => s.name), topic: a.understood.topic, note: a.note,
    wantAt,
    hits: a.hits.slice(0, 8).map((h) => ({ speaker: h.speaker?.name, id: h.speaker?.id, role: h.speaker?.role, org: h.speaker?.isOrganisation, score: h.score, confidence: h.confidence, kind: h.kind, matched: h.matched, text: h.text, context: h.context, article: h.article.path, published: h.article.published })),
    rivalScore: rival?.score, total: a.total,
    verification: a.verification ? { similarity: a.verification.similarity, coverage: a.verification.coverage, exact: a.verification.exact } : undefined,
  };
  out.write(JSON.stringify(row) + '\n');
}
out.end();
await store.close?.();
