import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { check } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../src/core/questions/clean.js';
import type { OnRecord } from '../../src/core/index.js';
import { shapeQuestion } from '../../src/core/questions/intent.js';
import { extractTime } from '../../src/core/questions/time.js';
import { coreWith } from '../support/core.js';

/*
 * Any question, however hostile, is answered after a bounded amount of work. Timing a question would make a
 * flaky test on a shared machine, so the work is bounded by construction and checked as such:
 *  - every regular expression on the question path (written in its sources, or run while questions of every
 *    intent and generated hostile ones are answered) is proven free of super-linear backtracking by recheck,
 *    a ReDoS checker, by automata theory (a proof, not a sample);
 *  - the code around them scans the question a bounded number of times, and the question is cut at
 *    MAX_QUESTION_CHARS before any of it runs;
 *  - generated hostile questions up to and past that length are all answered with a well-formed answer.
 * Times per question of the worst inputs, at 1x/2x/4x sizes, are in `npm run bench -- questions`.
 */

const root = path.resolve(import.meta.dirname, '../..');
/** The sources a question goes through: cleaning, parsing, speaker matching, tokenizing, ranking, answering. */
const QUESTION_PATH = ['src/core/questions', 'src/core/answers', 'src/core/answers/intents', 'src/core/speakers', 'src/core/search', 'src/core/text'];

const NORMAL_QUESTIONS = [
  'help',
  'what did Reyes say about the players',
  'what did Lindqvist tell reporters about the budget',
  'who said "these players are learning every week"',
  'did Reyes really say "the results will come"',
  '"These players are learning every week and the results will come"',
  'latest from Reyes on the defeat',
  'what did Reyes say most recently',
  'which speakers talked about the budget',
  'who talked about the bridge',
  'quotes from the finance minister about taxes',
  'quotes about the harbour bridge',
  "Reyes's comments on the squad",
  'Kirby on Nusra since March 2016',
  'reyse players last week',
  'what did Reyes say in September 2016',
];

/** Pieces hostile questions are built from: every kind of mark and bracket, separators, scripts, question words. */
const PIECES = [
  '"', '“', '”', '«', '»', '„', '‘', '’', "'", '`', '(', ')', '[', ']', '{', '}', '<', '>', ' ', '\t', '\n', ',', ';', ':', '-', '—',
  '…', '?', '!', '.', '/', '\\', '*', '_', '|', '@here', 'who said', 'what did', 'did', 'say', 'said', 'really', 'about', 'on', 're:', 'latest from',
  'quotes from', 'which speakers talked about', "'s comments on", 'Reyes', 'Mark Reyes', 'Kir\u200Bby', 'since', 'March', '2016', 'last week',
  'Нусра', 'نصرة', '停火协议', 'שלום', '😀', '👩‍👩‍👧', 'e\u0301', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u202e', '\u2066', '\u0000', '\u001b[31m', '\u009b',
];
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 8, unit: 'binary' }),
  // Runs: the same mark, bracket or word many times (the shapes that make backtracking explode).
  fc.tuple(fc.constantFrom(...PIECES, 'a', 'isation', 'a '), fc.integer({ min: 2, max: MAX_QUESTION_CHARS })).map(([p, n]) => p.repeat(n)),
);
const hostileQuestion = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('').slice(0, MAX_QUESTION_CHARS + 100));

const INTENTS = ['quote', 'verify', 'latest', 'speakers', 'help'];
const STATUSES = ['found', 'not_found', 'help'];

let core: OnRecord;
beforeAll(async () => {
  core = await coreWith({ now: new Date('2016-10-20T12:00:00Z') });
});
afterAll(() => core.close());

/** Regular expression literals in the question path's sources, as [source, flags]. */
function regexLiterals(): Map<string, [string, string]> {
  const found = new Map<string, [string, string]>();
  const files = QUESTION_PATH.flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, d, f)));
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.set(text, [text.slice(1, slash), text.slice(slash + 1)]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Every regular expression run while `fn` runs (test, exec, match, replace and split all go through exec). */
async function regexesRunBy(fn: () => Promise<void>): Promise<Map<string, [string, string]>> {
  const seen = new Map<string, [string, string]>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    seen.set(`/${this.source}/${this.flags}`, [this.source, this.flags]);
    return exec.call(this, s);
  };
  try {
    await fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return seen;
}

function expectWellFormed(answer: Awaited<ReturnType<OnRecord['ask']>>): void {
  expect(STATUSES).toContain(answer.status);
  expect(INTENTS).toContain(answer.understood.intent);
  expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  expect(answer.question).not.toMatch(/[\u0000-\u001f\u007f\u200b\u202e]/);
  expect(Array.isArray(answer.hits)).toBe(true);
  expect(answer.status === 'found').toBe(answer.hits.length > 0);
  for (const h of answer.hits) expect(typeof h.text).toBe('string');
  expect(Number.isFinite(answer.tookMs)).toBe(true);
  expect(() => JSON.stringify(answer)).not.toThrow();
}

describe('hostile questions', () => {
  it('the reported freezes are answered: 500 straight marks, 250 typographic pairs, nested brackets', async () => {
    for (const q of ['"'.repeat(500), '“”'.repeat(250), '«”“»'.repeat(125), '(['.repeat(125) + '])'.repeat(125), `who said ${'"'.repeat(491)}`]) {
      expectWellFormed(await core.ask(q));
      expect(shapeQuestion(q).intent).toMatch(/^(quote|verify)$/);
    }
  });

  it('any generated question up to the maximum length is parsed and answered with a well-formed answer', async () => {
    const now = new Date('2016-10-20T12:00:00Z');
    await fc.assert(
      fc.asyncProperty(hostileQuestion, async (q) => {
        expect(INTENTS).toContain(shapeQuestion(extractTime(q, now).rest).intent);
        expectWellFormed(await core.ask(q));
        expectWellFormed(await core.verify(q));
      }),
      { numRuns: 150 },
    );
  });

  it('every regular expression on the question path backtracks at most linearly (ReDoS check)', async () => {
    const patterns = regexLiterals();
    const run = await regexesRunBy(async () => {
      for (const q of NORMAL_QUESTIONS) await core.ask(q);
      await core.verify('these players are learning');
      await core.suggestSpeakers('rey');
      fc.assert(fc.property(hostileQuestion, (q) => void shapeQuestion(q)), { numRuns: 20, seed: 7 });
      for (const q of fc.sample(hostileQuestion, { numRuns: 20, seed: 7 })) await core.ask(q);
    });
    for (const [k, v] of run) patterns.set(k, v);
    // The intent patterns are among them (the ones built with `new RegExp` are only seen running).
    expect([...run.keys()].some((k) => k.startsWith('/ (?:really |actually |ever )?'))).toBe(true);
    expect(patterns.size).toBeGreaterThan(40);
    const unsafe: string[] = [];
    for (const [key, [source, flags]] of patterns) {
      // Global and sticky flags change where a match starts, not how it backtracks. The automaton checker gives
      // a proof either way (the fuzzing one can miss, or report growth in its own matcher that V8 does not
      // have); its time limit is far above what any pattern here needs, so a loaded machine only slows it.
      const r = await check(source, flags.replace(/[gy]/g, ''), { checker: 'automaton', timeout: 300_000 });
      if (r.status !== 'safe') unsafe.push(`${key}: ${r.status}${r.status === 'vulnerable' ? ` (${r.complexity.summary}, e.g. ${JSON.stringify(r.attack.string.slice(0, 40))})` : ''}`);
    }
    expect(unsafe).toEqual([]);
  }, 1_200_000);
});
