import { describe, expect, it } from 'vitest';
import { CITATION_PLACEHOLDERS, DEFAULT_CITATION_TEMPLATE, citationText, parseCitationTemplate } from '../../../src/core/answers/citation.js';
import type { QuoteHit } from '../../../src/core/answers/model.js';
import { isOnRecordError } from '../../../src/core/errors.js';
import { loadCitationTemplate } from '../../../src/config/citation.js';

function hit(over: Partial<QuoteHit> = {}): QuoteHit {
  return {
    id: 'q1',
    text: 'We will keep the ferries running all winter',
    kind: 'direct',
    speaker: { id: 's1', name: 'Maria Kirby', role: 'Councillor', organisation: 'City Council' },
    saidOn: { text: 'on Tuesday', date: '2023-11-07' },
    article: { articleId: 'a1', title: 'Harbour ferries to run through winter', url: 'https://metro.example.net/ferries', outlet: 'Example Metro', published: '2023-11-08T09:30:00Z' },
    alsoIn: [],
    context: '',
    score: 1,
    confidence: 0.95,
    attributionUncertain: false,
    matched: [],
    ...over,
  };
}

const DEFAULT = parseCitationTemplate(DEFAULT_CITATION_TEMPLATE);

describe('citation text', () => {
  it('the default gives quote, speaker, role, outlet, day and link', () => {
    expect(citationText(hit(), DEFAULT)).toBe('“We will keep the ferries running all winter” — Maria Kirby, Councillor. Example Metro, 2023-11-08. https://metro.example.net/ferries');
  });

  it('leaves out an optional part whose placeholder is empty, with its punctuation', () => {
    const bare = hit({ speaker: { id: 's1', name: 'Maria Kirby' }, article: { articleId: 'a1' } });
    expect(citationText(bare, DEFAULT)).toBe('“We will keep the ferries running all winter” — Maria Kirby');
    const noDate = hit({ article: { articleId: 'a1', outlet: 'Example Metro', url: 'https://metro.example.net/ferries' } });
    expect(citationText(noDate, DEFAULT)).toBe('“We will keep the ferries running all winter” — Maria Kirby, Councillor. Example Metro. https://metro.example.net/ferries');
  });

  it('a custom template uses every placeholder, and {{ }} [[ ]] write the marks themselves', () => {
    const t = parseCitationTemplate('{speaker} ({organisation}) {when}: {quote} [[{title}]] {outlet} {date} {{{url}}}[ role: {role}]');
    expect(citationText(hit(), t)).toBe(
      'Maria Kirby (City Council) on Tuesday (2023-11-07): “We will keep the ferries running all winter” [Harbour ferries to run through winter] Example Metro 2023-11-08 {https://metro.example.net/ferries} role: Councillor',
    );
    for (const name of Object.keys(CITATION_PLACEHOLDERS)) expect(() => parseCitationTemplate(`{quote} {${name}}`)).not.toThrow();
  });

  it('never turns reported speech into a direct quote, and says when the attribution is uncertain', () => {
    const reported = citationText(hit({ kind: 'indirect', text: 'the ferries would keep running' }), DEFAULT);
    expect(reported.startsWith('the ferries would keep running (reported speech) — Maria Kirby')).toBe(true);
    expect(reported).not.toContain('“');
    expect(citationText(hit({ attributionUncertain: true }), DEFAULT)).toContain('— Maria Kirby (attribution uncertain), Councillor');
    expect(citationText(hit({ speaker: null }), DEFAULT)).toContain('— unidentified speaker');
  });

  it('is one line of plain text: no line breaks, controls or direction overrides, and only web links', () => {
    const nasty = hit({ text: 'line one\nline\u0007 two \u202Eevil', article: { articleId: 'a1', outlet: 'Out\r\nlet', url: 'javascript:alert(1)' } });
    const text = citationText(nasty, DEFAULT);
    expect(text).toBe('“line one line two evil” — Maria Kirby, Councillor. Out let');
  });

  it('cuts a long quote at a word to fit a limit, keeping speaker, outlet and link whole', () => {
    const long = hit({ text: Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ') });
    const text = citationText(long, DEFAULT, { maxLength: 300 });
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^“word0 word1 .*word\d+…” — Maria Kirby, Councillor\. Example Metro, 2023-11-08\. https:\/\/metro\.example\.net\/ferries$/);
  });
});

describe('CITATION_TEMPLATE', () => {
  const problem = (t: string): string => {
    try {
      parseCitationTemplate(t);
    } catch (err) {
      expect(isOnRecordError(err, 'CONFIG_INVALID')).toBe(true);
      return (err as Error).message;
    }
    throw new Error(`accepted ${t}`);
  };

  it('names an unknown placeholder and lists the known ones', () => {
    const msg = problem('{quote} — {author}');
    expect(msg).toContain('CITATION_TEMPLATE');
    expect(msg).toContain('unknown placeholder {author}');
    expect(msg).toContain('{quote} {speaker} {role}');
  });

  it('refuses unclosed or stray marks, nested optional parts, an empty template and one without {quote}', () => {
    expect(problem('{quote} {speaker')).toMatch(/not closed/);
    expect(problem('{quote} speaker}')).toMatch(/closes nothing/);
    expect(problem('{quote} [, {role}')).toMatch(/not closed/);
    expect(problem('{quote} ]')).toMatch(/closes nothing/);
    expect(problem('{quote} [a [b]]')).toMatch(/inside another optional part/);
    expect(problem('   ')).toMatch(/empty/);
    expect(problem('{speaker}, {outlet}')).toMatch(/must contain \{quote\}/);
    expect(problem(`{quote}${'x'.repeat(600)}`)).toMatch(/at most 500/);
  });

  it('is read from the environment at start: unset or empty gives the default, a bad one stops with its message', () => {
    expect(loadCitationTemplate({}).source).toBe(DEFAULT_CITATION_TEMPLATE);
    expect(loadCitationTemplate({ CITATION_TEMPLATE: '  ' }).source).toBe(DEFAULT_CITATION_TEMPLATE);
    expect(loadCitationTemplate({ CITATION_TEMPLATE: '{speaker}: {quote}' }).source).toBe('{speaker}: {quote}');
    expect(() => loadCitationTemplate({ CITATION_TEMPLATE: '{quote} {byline}' })).toThrow(/CITATION_TEMPLATE: unknown placeholder \{byline\}/);
  });
});
