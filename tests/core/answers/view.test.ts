import { describe, expect, it } from 'vitest';
import { compareWords } from '../../../src/core/answers/diff.js';
import { answerView, differencesOf, headlineOf, speakerLabel } from '../../../src/core/index.js';
import { answer, hit } from '../../adapters/slack/answers.js';

const marked = (pasted: string, quote: string) =>
  (differencesOf(compareWords(pasted, quote)) ?? []).filter((p) => p.op === 'added' || p.op === 'removed').map((p) => `${p.op === 'added' ? '+' : '-'}${p.text}`);

describe('differencesOf: only real differences are marked', () => {
  it('exact words and a clean excerpt have no differences', () => {
    expect(differencesOf(compareWords('keep the ferries running', 'keep the ferries running'))).toBeUndefined();
    expect(differencesOf(compareWords('the ferries running', 'We will keep the ferries running all winter'))).toBeUndefined();
  });

  it('marks changed and added words inside the pasted part, not the rest of a longer quote', () => {
    const quote = 'Officials said the harbour ferries will keep running all winter whatever the council decides next month';
    expect(marked('the ferries will keep running through winter', quote)).toEqual(['-harbour', '+through', '-all']);
    const parts = differencesOf(compareWords('the ferries will keep running through winter', quote))!;
    // The quote's words outside the paste are kept as plain context, shortened to a few words each side.
    expect(parts[0]).toEqual({ op: 'beyond', text: 'Officials said' });
    expect(parts.at(-1)).toEqual({ op: 'beyond', text: 'whatever the council decides …' });
  });

  it('a changed first or last word is still a difference (as many of the quote words as the paste has there)', () => {
    expect(marked('He will keep the ferries', 'We will keep the ferries running all winter')).toEqual(['+He', '-We']);
    expect(marked('Later X we will keep the ferries', 'One two three we will keep the ferries')).toEqual(['+Later X', '-two three']);
    const head = differencesOf(compareWords('Later X we will keep the ferries', 'One two three we will keep the ferries'))!;
    expect(head[0]).toEqual({ op: 'beyond', text: 'One' });
    expect(marked('we will keep the boats', 'we will keep the ferries running all winter')).toEqual(['+boats', '-ferries']);
  });

  it('words left out between pasted words are differences even when every pasted word is in the quote', () => {
    const v = compareWords('we keep the ferries', 'we will keep the ferries');
    expect(v.excerpt).toBe(true);
    expect(marked('we keep the ferries', 'we will keep the ferries')).toEqual(['-will']);
    const view = answerView(answer({ verification: v }));
    expect(view.verdict).toMatchObject({ kind: 'excerpt', headline: 'Who said it' });
    expect(view.verdict!.summary).toContain('marked below');
  });

  it('nothing in common: every word is a difference', () => {
    expect(marked('alpha beta', 'gamma delta')).toEqual(['+alpha beta', '-gamma delta']);
  });
});

describe('answerView', () => {
  it('says an organisation once when the role already names it', () => {
    expect(speakerLabel({ id: 's', name: 'John Kirby', role: 'State Department spokesman', organisation: 'State Department' })).toEqual({ name: 'John Kirby', details: ['State Department spokesman'] });
    expect(speakerLabel({ id: 's', name: 'Ministry of Defence', organisation: 'Ministry of Defence' })).toEqual({ name: 'Ministry of Defence', details: [] });
    expect(speakerLabel(null)).toBeNull();
  });

  it('a "which speakers" answer carries the speaker list with its evidence and pages through nothing', () => {
    const v = answerView(answer({ understood: { intent: 'speakers', topic: ['ferries'] }, speakers: [{ id: 's1', name: 'Maria Kirby', quotes: 4, reason: '2 quotes about ferries' }], hits: [hit(), hit({ id: 'q2' })], total: 7 }));
    expect(v.speakerList?.speakers.map((s) => [s.label.name, s.count, s.reason])).toEqual([['Maria Kirby', '4 quotes', '2 quotes about ferries']]);
    expect(v.quotes).toHaveLength(2);
    expect(v.paging.next).toBeUndefined();
    expect(headlineOf(v)).toMatch(/^Speakers on ferries: Maria Kirby\. Maria Kirby: “We will keep/);
  });

  it('paging: total never below what is shown; previous goes back a whole page', () => {
    expect(answerView(answer({ total: 1, offset: 2, hits: [hit(), hit()] }), { pageSize: 3 }).paging).toEqual({ first: 3, last: 4, total: 4, previous: 0 });
    expect(answerView(answer({ total: 9, offset: 3, hits: [hit(), hit(), hit()] }), { pageSize: 3 }).paging).toEqual({ first: 4, last: 6, total: 9, next: 6, previous: 0 });
  });

  it('the headline of a pasted excerpt says "Who said it", of a misquote "Closest real quote"', () => {
    const quote = hit().text;
    expect(headlineOf(answerView(answer({ verification: compareWords('keep the ferries running', quote) })))).toMatch(/^Who said it: Maria Kirby: “/);
    expect(headlineOf(answerView(answer({ verification: compareWords('keep the boats running', quote) })))).toMatch(/^Closest real quote: Maria Kirby: “/);
    expect(headlineOf(answerView(answer({ hits: [hit({ attributionUncertain: true })] })))).toMatch(/^Maria Kirby \(attribution uncertain\): “/);
  });
});
