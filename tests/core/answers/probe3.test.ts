import { it } from 'vitest';
import { coreOf } from './texts.js';
it('probe', async () => {
  const src = (await import('node:fs')).readFileSync('tests/core/answers/introduced-by-summary.test.ts', 'utf8');
  const body = src.slice(src.indexOf('const ARTICLES'), src.indexOf('};', src.indexOf('const ARTICLES')) + 2).replace(/^const ARTICLES: Record<string, string> = /, 'return ');
  const ARTICLES = new Function(body)() as Record<string, string>;
  const core = await coreOf(ARTICLES);
  const a = await core.ask('quote on whether Malloy will race for the club captaincy again');
  console.log(JSON.stringify(a.hits.map((h) => [h.speaker?.name, h.kind, h.text])), JSON.stringify(a.understood));
  await core.close();
});
