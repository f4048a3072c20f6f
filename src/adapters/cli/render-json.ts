import type { Answer, QuoteHit } from '../../core/answers/model.js';

/** One answer as the `ask --json` contract prints it (snake_case, stable: the evaluation reads it). */
export function hitToJson(h: QuoteHit): Record<string, unknown> {
  return {
    id: h.id,
    text: h.text,
    speaker: h.speaker?.name ?? null,
    speaker_id: h.speaker?.id ?? null,
    role: h.speaker?.role ?? null,
    organisation: h.speaker?.organisation ?? null,
    kind: h.kind,
    cue: h.cue ?? null,
    audience: h.audience ?? null,
    setting: h.setting ?? null,
    said_on: h.saidOn ? { text: h.saidOn.text ?? null, date: h.saidOn.date ?? null } : null,
    article: { id: h.article.articleId, title: h.article.title ?? null, url: h.article.url ?? null, outlet: h.article.outlet ?? null, published: h.article.published ?? null, path: h.article.path ?? null },
    also_in: h.alsoIn.map((a) => ({ id: a.articleId, title: a.title ?? null, url: a.url ?? null, published: a.published ?? null, path: a.path ?? null })),
    context: h.context,
    score: h.score,
    confidence: h.confidence,
    attribution_uncertain: h.attributionUncertain,
    corrected: h.corrected ?? false,
    matched: h.matched,
  };
}

export function answerToJson(answer: Answer): Record<string, unknown> {
  return {
    question: answer.question,
    status: answer.status,
    intent: answer.understood.intent,
    answers: answer.hits.map(hitToJson),
    total: answer.total,
    ...(answer.verification ? { verification: answer.verification } : {}),
    ...(answer.alternatives.length ? { alternatives: answer.alternatives } : {}),
    ...(answer.speakers.length ? { speakers: answer.speakers } : {}),
    ...(answer.topics?.length ? { topics: answer.topics } : {}),
    ...(answer.examples.length ? { examples: answer.examples } : {}),
    ...(answer.note ? { note: answer.note } : {}),
    took_ms: answer.tookMs,
  };
}
