/**
 * Time `parseHtml` takes on pages built to be slow (flat, wide, deep, unclosed). Each must stay within a few
 * seconds on a loaded 2-core machine: the 5 MB fetch cap bounds the input, the guards in html.ts and
 * html-guard.ts bound the work. Run: `npx tsx bench/html-hostile.ts`.
 */
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../src/core/articles/html.js';

const para = '<p>"We will not back down," said the mayor, standing before the crowd at city hall on Tuesday.</p>\n';
const cases: [string, string][] = [
  ['5 MB of paragraphs', `<html><body><article>${para.repeat(5_000_000 / para.length)}</article></body></html>`],
  ['19,000 elements (Readability runs)', `<html><body><article>${'<div><span>x</span></div>'.repeat(9_500)}</article></body></html>`],
  ['3 MB of tiny divs (240,000 elements)', `<html><body>${'<div><span>x</span></div>'.repeat(120_000)}</body></html>`],
  ['1 MB of unclosed <b><i> (nesting bomb)', `<html><body>${'<b><i><p>text '.repeat(66_000)}</body></html>`],
  ['5 MB of "<a" never closed', `<p>lead</p>${'<a'.repeat(2_500_000)}`],
  ['1 MB of unterminated comments after deep markup', `<body>${'<b>'.repeat(2000)}<p>x</p>${'<!--'.repeat(250_000)}`],
  ['2 MB of "&lt;a" entities (800,000 text nodes)', `<p>lead</p>${'&lt;a'.repeat(400_000)}`],
  ['200,000 distinct attributes on one tag', `<p>lead</p><a${Array.from({ length: 200_000 }, (_, i) => ` a${i}=1`).join('')}>t</a>`],
  ['3,000 nested divs', `<html><body>${'<div>'.repeat(3000)}<p>deep</p>${'</div>'.repeat(3000)}</body></html>`],
];
for (const [name, html] of cases) {
  const t0 = performance.now();
  let outcome: string;
  try {
    outcome = `${parseHtml(html, 'hostile.html').paragraphs.length} paragraphs`;
  } catch (err) {
    outcome = `error: ${(err as Error).message}`;
  }
  console.log(`${name}: ${(performance.now() - t0).toFixed(0)} ms (${outcome})`);
}
