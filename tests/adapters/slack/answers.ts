import type { Answer, QuoteHit } from '../../../src/core/answers/model.js';

/** Hand-built answers for renderer tests (the renderer is pure: it needs no core to be tested). */
export function hit(over: Partial<QuoteHit> = {}): QuoteHit {
  return {
    id: 'q1',
    text: 'We will keep the ferries running all winter',
    kind: 'direct',
    speaker: { id: 's1', name: 'Maria Kirby', role: 'Councillor', organisation: 'City Council' },
    cue: 'said',
    audience: 'the council',
    saidOn: { text: 'on Tuesday', date: '2023-11-07' },
    article: { articleId: 'a1', title: 'Harbour ferries to run through winter', url: 'https://metro.example.net/ferries', outlet: 'Example Metro', published: '2023-11-08' },
    alsoIn: [],
    context: 'Councillor Maria Kirby said the ferries would keep running. "We will keep the ferries running all winter," she said.',
    score: 1,
    confidence: 0.95,
    attributionUncertain: false,
    matched: ['ferri'],
    ...over,
  };
}

export function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'what did Kirby say about ferries',
    status: 'found',
    understood: { intent: 'quote', speaker: { query: 'Kirby', resolved: [] }, topic: ['ferries'] },
    hits: [hit()],
    total: 1,
    offset: 0,
    alternatives: [],
    speakers: [],
    examples: [],
    tookMs: 12,
    ...over,
  };
}
