/**
 * Census: roles cut at an abbreviated title's stop and offices joined by "and" before a name (session 42, h-attr113).
 * Over a corpus run, per attributed quote:
 *  - "cut at a title": the role ends in an abbreviated title after a link word ("former aide to Sen", "spokesman for
 *    Mr"), i.e. the principal's name after the title was lost; "principal kept": the role holds a link word, a titled
 *    stop and a capitalised word after it ("spokesman for Mrs. Clinton");
 *  - "speaker is a title": the speaker itself ends in an abbreviated title ("Pennsylvania Gov");
 * and per occurrence in the texts of "OFFICE and OFFICE NAME" (an office word or an abbreviated title and its stop,
 * "and", up to six words holding an office, then a full name): whether the named speaker's role joins both offices,
 * holds only the second, none, or the name speaks no quote. A developer tool.
 *   npx tsx scripts/census-titled-and-joined-roles.ts RUN.jsonl [--list] [--skip-dev]
 */
import fs from 'node:fs';
import { corpusRunDocuments } from './corpus-run.js';
import { isRole, isTitleAbbreviation } from '../src/core/extraction/lexicon/index.js';

const argv = process.argv.slice(2);
const runFile = argv.find((a) => !a.startsWith('--'))!;
const list = argv.includes('--list');
const skipDev = argv.includes('--skip-dev');
const tally = new Map<string, number>();
const rows: string[] = [];
const count = (k: string, row?: string): void => {
  tally.set(k, (tally.get(k) ?? 0) + 1);
  if (list && row) rows.push(`${k} | ${row}`);
};
const LINK = /\b(?:for|to|with|of|in|at)\b/u;
const lastWord = (s: string): string => (s.split(' ').at(-1) ?? '').replace(/\.$/u, '').toLowerCase();
// "president and chief executive Bill Owens", "Gov. and Democratic National Committee Chairman Ed Rendell".
const JOINED = /(\b[\p{L}-]+\.?) and ((?:[\p{L}-]+ ){1,6}?)(\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+)/gu;
for (const doc of corpusRunDocuments(runFile, skipDev)) {
  const where = doc.file.replace(/^.*\/corpus\//u, '');
  const roleOf = new Map<string, string | null>();
  for (const q of doc.quotes) {
    if (!q.speaker) continue;
    const role = q.role ?? null;
    if (!roleOf.has(q.speaker) || (role && !roleOf.get(q.speaker))) roleOf.set(q.speaker, role);
    if (isTitleAbbreviation(lastWord(q.speaker)) && q.speaker.includes(' ')) count('speaker is a title', `${where} "${q.speaker}"`);
    if (!role || !LINK.test(role)) continue;
    if (isTitleAbbreviation(lastWord(role)) && !role.endsWith('.')) count('role cut at a title after a link word', `${where} ${q.speaker}: "${role}"`);
    else if (/\b(?:for|to|with|of|in|at)\b[^.]*\b\p{Lu}\p{Ll}*\. \p{Lu}/u.test(role)) count('role keeps a titled principal', `${where} ${q.speaker}: "${role}"`);
  }
  const text = fs.readFileSync(doc.file, 'utf8');
  for (const m of text.matchAll(JOINED)) {
    const first = m[1]!;
    const firstOffice = first.endsWith('.') ? isTitleAbbreviation(first.slice(0, -1).toLowerCase()) && /^\p{Lu}/u.test(first) : isRole(first.toLowerCase()) && /^\p{Ll}/u.test(first);
    if (!firstOffice || !m[2]!.split(' ').some((w) => w && isRole(w.toLowerCase()))) continue;
    const name = m[3]!;
    const role = roleOf.get(name);
    const kind = role === undefined ? 'joined offices: name speaks no quote' : role === null ? 'joined offices: no role' : / and /u.test(role) && role.includes(first.replace(/\.$/u, '')) ? 'joined offices: both kept' : 'joined offices: second only (or other)';
    count(kind, `${where} ${name}: "${m[0]}" -> ${JSON.stringify(role)}`);
  }
}
console.log(JSON.stringify(Object.fromEntries([...tally].sort())));
for (const r of rows.sort()) console.log(r);
