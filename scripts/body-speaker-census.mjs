// Census (session 39, h-attr101): quotes filed under a body (club, company, party, ministry, team) while the article
// ties a named person to that body ("Milan coach Carlo Ancelotti", "Carlo Ancelotti, the Milan coach") and names that
// person at the quote. For reading, not scoring: each hit is printed with its class and the words around the quote.
//   node scripts/body-speaker-census.mjs RUN.jsonl [--list CLASS] [--tsv OUT]
// Classes (by where the person stands against the quote's sentence):
//   premod-at-cue   - the sentence of the quote holds "BODY ROLE Person" (or "Person, the BODY ROLE")
//   person-at-cue   - the sentence holds the person's surname, the tie is made elsewhere in the article
//   statement       - the sentence says the body spoke ("in a statement", "a spokesman", "its website", "it said")
//   person-in-para  - only the paragraph names the person
//   elsewhere       - the person is tied to the body but named neither in the sentence nor in the paragraph
import fs from 'node:fs';
import { isRole, PLURAL_ROLES } from '../dist/core/extraction/lexicon/roles.js';
import { genderOfGivenName } from '../dist/core/extraction/lexicon/given-names.js';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const run = args[0];
const listClass = opt('--list');
const tsvOut = opt('--tsv');

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = String.raw`((?:[A-Z][\p{L}'’-]+\s+){1,2}[A-Z][\p{L}'’-]+)`;
const SINGULAR_ROLE = (w) => isRole(w) && !PLURAL_ROLES.has(w) && !w.endsWith('s');
const STATEMENT = /\b(?:statement|spokes(?:man|woman|person)|website|press release|news release|announcement|it said|it added|the (?:club|company|firm|party|ministry|group) (?:said|added|says))\b/i;

/** A word of a role phrase before a name: no verb, conjunction or complementiser ("Mourinho has revealed defender"). */
const roleLike = (w) => isRole(w) || (!/(?:ed|s)$/.test(w) && !['and', 'or', 'that', 'who', 'with', 'to', 'by', 'as'].includes(w));

/** A speaker that is a person: opens with a given name, or the text gives its last word a person's title. */
function personShaped(text, speaker) {
  const words = speaker.split(/\s+/);
  if (words.length > 1 && genderOfGivenName(words[0])) return true;
  const last = esc(words[words.length - 1]);
  return new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Gov|Governor|Rep|President|Secretary|Sir|Lord)\.?\s+${last}\b|\b${last}\s+(?:himself|herself)\b|\b(?:he|she)\b[^.]{0,3}$`).test(text) && !/^[A-Z]{2,}$/.test(words[words.length - 1]);
}

/** Forms a speaker's name takes as a body's modifier: the name, without "the", its last word when it has several. */
function bodyForms(speaker) {
  const s = speaker.replace(/^the\s+/i, '');
  const words = s.split(/\s+/);
  const forms = new Set([s]);
  if (words.length > 1 && /^[A-Z]/.test(words[words.length - 1]) && words[words.length - 1].length > 3) forms.add(words[words.length - 1]);
  return [...forms];
}

/** People the text ties to a body form: "B('s) role... Person", "Person, (the) B('s) role". */
function tiedPeople(text, form) {
  const out = [];
  const b = esc(form);
  const pre = new RegExp(String.raw`\b${b}(?:'s|’s)?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+${NAME}`, 'gu');
  for (const m of text.matchAll(pre)) {
    const roleWords = m[1].split(/\s+/);
    if (!SINGULAR_ROLE(roleWords[roleWords.length - 1]) || !roleWords.every(roleLike)) continue;
    out.push({ person: m[2], at: m.index, tie: m[0] });
  }
  const app = new RegExp(String.raw`${NAME},\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}${b}(?:'s|’s)?\s+((?:[a-z-]+\s+){0,1}[a-z-]+)\b`, 'gu');
  for (const m of text.matchAll(app)) {
    const roleWords = m[2].split(/\s+/);
    if (!roleWords.some(SINGULAR_ROLE)) continue;
    out.push({ person: m[1], at: m.index, tie: m[0] });
  }
  return out;
}

/** Where the quote's words stand in the file: at its offset, or the first place at most a title's length after it. */
function quoteAt(text, q) {
  if (text.startsWith(q.text, q.start)) return q.start;
  const i = text.indexOf(q.text, q.start);
  return i >= 0 && i - q.start <= 400 ? i : q.start;
}

function sentenceAround(text, start, end) {
  let a = start; let n = 0;
  // back to the sentence end before the quote (a quote's own full stops are inside start..end)
  while (a > 0 && !(/[.!?]["”’]?\s$/.test(text.slice(a - 3, a)) && n > 0) && text[a - 1] !== '\n') { a--; n++; }
  let z = end;
  while (z < text.length && !/[.!?\n]/.test(text[z])) z++;
  // a closing quote mark after the sentence's own stop
  return [a, Math.min(text.length, z + 2)];
}

function paragraphAround(text, start) {
  const a = text.lastIndexOf('\n', start) + 1;
  let z = text.indexOf('\n', start);
  if (z < 0) z = text.length;
  return [a, z];
}

const rows = [];
const counts = {};
for (const line of fs.readFileSync(run, 'utf8').split('\n')) {
  if (!line) continue;
  const art = JSON.parse(line);
  let text;
  try { text = fs.readFileSync(art.file, 'utf8'); } catch { continue; }
  const cache = new Map();
  for (const q of art.quotes) {
    if (!q.speaker || q.anonymous || personShaped(text, q.speaker)) continue;
    let ties = cache.get(q.speaker);
    if (!ties) {
      ties = bodyForms(q.speaker).flatMap((f) => tiedPeople(text, f));
      // the speaker is itself the tied person's name ("Alex Ferguson" tied as "Man Utd boss Alex Ferguson"): no body
      ties = ties.filter((t) => !t.person.includes(q.speaker) && !q.speaker.includes(t.person));
      cache.set(q.speaker, ties);
    }
    if (ties.length === 0) continue;
    // (The run's offsets may count from the body after a title line: the quote is found at or after them.)
    const at = quoteAt(text, q);
    const [sa, sz] = sentenceAround(text, at, at + q.text.length);
    const [pa, pz] = paragraphAround(text, at);
    const sentence = text.slice(sa, sz);
    const para = text.slice(pa, pz);
    const surname = (p) => p.split(/\s+/).pop();
    const inSentence = ties.find((t) => t.at >= sa && t.at < sz);
    const named = ties.find((t) => new RegExp(String.raw`\b${esc(surname(t.person))}\b`).test(sentence));
    const inPara = ties.find((t) => new RegExp(String.raw`\b${esc(surname(t.person))}\b`).test(para));
    const bodyNamed = bodyForms(q.speaker).some((f) => new RegExp(String.raw`\b${esc(f)}\b`).test(sentence))
      || /\b(?:the (?:club|company|firm|party|group|team|ministry|department|bank|agency|body|organisation|organization|campaign|side|union)|it|they|its)\b/i.test(sentence);
    let cls;
    if (!bodyNamed) cls = 'body-not-at-cue';
    else if (inSentence) cls = 'premod-at-cue';
    else if (STATEMENT.test(sentence)) cls = 'statement';
    else if (named) cls = 'person-at-cue';
    else if (inPara) cls = 'person-in-para';
    else cls = 'elsewhere';
    const t = inSentence ?? named ?? inPara ?? ties[0];
    counts[cls] = (counts[cls] ?? 0) + 1;
    rows.push({ cls, file: art.file.replace('/work/shared/corpus/', ''), start: q.start, speaker: q.speaker, person: t.person,
      tie: t.tie.replace(/\s+/g, ' '), conf: q.confidence, cue: q.cue, sentence: sentence.replace(/\s+/g, ' ').slice(0, 300) });
  }
}
console.log('class\tquotes');
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${k}\t${v}`);
if (listClass) for (const r of rows.filter((r) => listClass === 'all' || r.cls === listClass)) {
  console.log(`\n[${r.cls}] ${r.file}@${r.start} speaker=${r.speaker} person=${r.person} conf=${r.conf} cue=${r.cue}\n  tie: ${r.tie}\n  ${r.sentence}`);
}
if (tsvOut) fs.writeFileSync(tsvOut, ['class\tfile\tstart\tspeaker\tperson\tconfidence\ttie'].concat(rows.map((r) => [r.cls, r.file, r.start, r.speaker, r.person, r.conf, r.tie].join('\t'))).join('\n') + '\n');
