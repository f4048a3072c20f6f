import type { Answer, QuoteHit, SpeakerSummary } from '../../../src/core/answers/model.js';

/** Hand-built neutral answers for renderer tests (the renderer is pure: it needs no index). */
export function hit(over: Partial<QuoteHit> = {}): QuoteHit {
  return {
    id: 'q_dunford_1',
    text: "I don't think it would be a good idea to share intelligence with the Russians",
    kind: 'direct',
    speaker: { id: 'sp_joseph_dunford', name: 'Joseph Dunford', role: 'Chairman of the Joint Chiefs of Staff', organisation: 'US military' },
    cue: 'told',
    audience: 'the Senate Armed Services Committee',
    saidOn: { text: 'September 22', date: '2016-09-22' },
    article: { articleId: 'a1', title: 'Joint Chiefs chairman warns Senate', url: 'https://news.example.org/a1', outlet: 'Example Wire', published: '2016-09-22' },
    alsoIn: [],
    context: "\"I don't think it would be a good idea to share intelligence with the Russians,\" Dunford told the Senate Armed Services Committee on September 22.",
    score: 3.2,
    confidence: 0.95,
    attributionUncertain: false,
    matched: ['intelligence', 'sharing'],
    ...over,
  };
}

export function speaker(name: string, over: Partial<SpeakerSummary> = {}): SpeakerSummary {
  return { id: `sp_${name.toLowerCase().replace(/\W+/g, '_')}`, name, quotes: 2, ...over };
}

export function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'what did Dunford say about intelligence sharing',
    status: 'found',
    understood: { intent: 'quote', speaker: { query: 'Dunford', resolved: [] }, topic: ['intelligence', 'sharing'] },
    hits: [hit()],
    total: 1,
    offset: 0,
    alternatives: [],
    speakers: [],
    examples: [],
    tookMs: 12.4,
    ...over,
  };
}
