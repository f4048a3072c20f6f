import { OnRecordError } from '../errors.js';
import { stripControls } from '../text/display.js';
import type { QuoteHit } from './model.js';
import { whenPhrase } from './when.js';

/**
 * The plain-text citation of a quote, to paste into a CMS, in the newsroom's own format: a template with
 * placeholders (`{quote}`, `{speaker}`...) and optional parts in square brackets, dropped whole when a
 * placeholder inside them has nothing to say (`[, {role}]` gives ", Chairman of the Joint Chiefs" or nothing),
 * so a missing role or date never leaves a dangling comma. Built here once for every adapter; the adapters
 * only put it in a code block.
 */

/** Every placeholder a template may use, with what it stands for (the docs list this too). */
export const CITATION_PLACEHOLDERS = {
  quote: 'the words in quotation marks; reported speech without marks, marked "(reported speech)"',
  speaker: 'the speaker\'s name ("unidentified speaker" when the article names nobody), "(attribution uncertain)" when so',
  role: 'the speaker\'s role',
  organisation: 'the speaker\'s organisation',
  outlet: 'the outlet that published the article',
  title: 'the article\'s headline',
  date: 'the article\'s publication day (YYYY-MM-DD)',
  when: 'when it was said, as the article says it',
  url: 'the article\'s web address (http or https only)',
} as const;

export type CitationField = keyof typeof CITATION_PLACEHOLDERS;

/** The default: quote, speaker with role, outlet, date and link; every part but the quote and speaker optional. */
export const DEFAULT_CITATION_TEMPLATE = '{quote} — {speaker}[, {role}][. {outlet}][, {date}][. {url}]';

/** A parsed template: literal text, placeholders, and optional groups of both. */
type Part = { text: string } | { field: CitationField } | { optional: Part[] };

export interface CitationTemplate {
  readonly source: string;
  readonly parts: readonly Part[];
}

const MAX_TEMPLATE = 500;
const isField = (name: string): name is CitationField => Object.hasOwn(CITATION_PLACEHOLDERS, name);

/**
 * Parses a template, or throws CONFIG_INVALID naming the problem: an unknown placeholder (with the known ones),
 * an unclosed `{` or `[`, a stray `]`, a bracket inside a bracket. `{{`, `}}`, `[[` and `]]` write the mark itself.
 */
export function parseCitationTemplate(source: string): CitationTemplate {
  const fail = (why: string): never => {
    throw new OnRecordError('CONFIG_INVALID', `CITATION_TEMPLATE: ${why}`);
  };
  if (source.length > MAX_TEMPLATE) fail(`at most ${MAX_TEMPLATE} characters`);
  if (!source.trim()) fail('is empty');
  const top: Part[] = [];
  let current = top;
  let inGroup = false;
  let literal = '';
  const flush = () => {
    if (literal) current.push({ text: literal });
    literal = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if ((c === '{' || c === '}' || c === '[' || c === ']') && next === c) {
      literal += c;
      i++;
    } else if (c === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) fail(`"{" at character ${i + 1} is not closed (write {{ for the mark itself)`);
      const name = source.slice(i + 1, end).trim();
      if (!isField(name)) fail(`unknown placeholder {${name}}; use ${Object.keys(CITATION_PLACEHOLDERS).map((k) => `{${k}}`).join(' ')}`);
      flush();
      current.push({ field: name as CitationField });
      i = end;
    } else if (c === '}') {
      fail(`"}" at character ${i + 1} closes nothing (write }} for the mark itself)`);
    } else if (c === '[') {
      if (inGroup) fail(`"[" at character ${i + 1} is inside another optional part`);
      flush();
      const group: Part[] = [];
      top.push({ optional: group });
      current = group;
      inGroup = true;
    } else if (c === ']') {
      if (!inGroup) fail(`"]" at character ${i + 1} closes nothing (write ]] for the mark itself)`);
      flush();
      current = top;
      inGroup = false;
    } else literal += c;
  }
  if (inGroup) fail('an optional part "[" is not closed');
  flush();
  if (!top.some(function usesQuote(p): boolean {
    return 'field' in p ? p.field === 'quote' : 'optional' in p ? p.optional.some(usesQuote) : false;
  })) fail('must contain {quote}');
  return { source, parts: top };
}

/** One line of plain text: no control or direction characters, no line breaks, single spaces. */
function plain(raw: string | undefined): string {
  return stripControls(raw ?? '', false).replace(/\s+/g, ' ').trim();
}

/** The values of one quote's placeholders; empty strings for what is unknown. */
export function citationFields(hit: QuoteHit, quoteText: string = plain(hit.text)): Record<CitationField, string> {
  const sp = hit.speaker;
  const name = sp ? plain(sp.name) : 'unidentified speaker';
  const url = hit.article.url && /^https?:\/\//i.test(hit.article.url) ? plain(hit.article.url) : '';
  return {
    quote: hit.kind === 'direct' ? `“${quoteText}”` : `${quoteText} (reported speech)`,
    speaker: hit.attributionUncertain ? `${name} (attribution uncertain)` : name,
    role: plain(sp?.role),
    organisation: plain(sp?.organisation),
    outlet: plain(hit.article.outlet),
    title: plain(hit.article.title),
    date: /^\d{4}-\d{2}-\d{2}/.test(hit.article.published ?? '') ? hit.article.published!.slice(0, 10) : plain(hit.article.published),
    when: plain(whenPhrase(hit.saidOn)),
    url,
  };
}

/** Drops spaces and , ; : . at the end (a scan: the regex form backtracks quadratically on a run of them). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:.]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function fill(parts: readonly Part[], values: Record<CitationField, string>): string {
  let out = '';
  for (const p of parts) {
    if ('text' in p) out += p.text;
    else if ('field' in p) out += values[p.field];
    else {
      // An optional part shows only when every placeholder in it has a value.
      const fields = p.optional.filter((x): x is { field: CitationField } => 'field' in x);
      if (fields.every((f) => values[f.field] !== '')) out += fill(p.optional, values);
    }
  }
  return out;
}

/**
 * The citation of one quote under `template`, one line of plain text. With `maxLength`, a quote too long for it
 * is cut at a word with "…" (everything else is kept whole), so the citation fits a platform's limit.
 */
export function citationText(hit: QuoteHit, template: CitationTemplate, options: { maxLength?: number } = {}): string {
  const words = plain(hit.text);
  const full = fill(template.parts, citationFields(hit, words)).replace(/\s+/g, ' ').trim();
  const max = options.maxLength;
  if (max === undefined || full.length <= max) return full;
  const over = full.length - max;
  const room = Math.max(0, words.length - over - 1);
  const cut = words.slice(0, room);
  const space = cut.lastIndexOf(' ');
  const head = trimTrailingPunctuation(space > room * 0.6 ? cut.slice(0, space) : cut);
  const shorter = fill(template.parts, citationFields(hit, `${head}…`)).replace(/\s+/g, ' ').trim();
  // Metadata alone longer than the limit (a huge URL): cut the line itself rather than break the limit.
  if (shorter.length <= max) return shorter;
  let end = Math.max(0, max - 1);
  const code = shorter.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${shorter.slice(0, end)}…`;
}
