import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/cli/render-text.js';
import { renderDiscordAnswer } from '../../src/adapters/discord/render.js';
import { renderSlackAnswer } from '../../src/adapters/slack/render.js';
import { whenPhrase } from '../../src/core/index.js';
import { answer, hit } from './slack/answers.js';

/**
 * One "when" phrase for every renderer: Slack used to print "September 20 (--09-20)" where the CLI said
 * "September 20 (year unknown)" and Discord "September 20". The core says it once; each renderer shows it.
 */
describe('the when phrase', () => {
  it('says a yearless day is yearless, adds a date only when it tells the year, and keeps the article words', () => {
    expect(whenPhrase({ text: 'September 20', date: '--09-20' })).toBe('September 20 (year unknown)');
    expect(whenPhrase({ date: '--09-20' })).toBe('09-20 (year unknown)');
    expect(whenPhrase({ text: 'on Tuesday', date: '2023-11-07' })).toBe('on Tuesday (2023-11-07)');
    expect(whenPhrase({ text: 'in 2016', date: '2016' })).toBe('in 2016');
    expect(whenPhrase({ date: '2016-09-20' })).toBe('2016-09-20');
    expect(whenPhrase({ text: 'last month' })).toBe('last month');
    expect(whenPhrase(undefined)).toBeUndefined();
  });

  it('the CLI, Slack and Discord show the same phrase for the same quote', () => {
    const a = answer({ hits: [hit({ saidOn: { text: 'September 20', date: '--09-20' } })] });
    const cli = renderText(a);
    const slack = JSON.stringify(renderSlackAnswer(a, { pageSize: 3 }));
    const discord = JSON.stringify(renderDiscordAnswer(a, { pageSize: 3 }));
    for (const shown of [cli, slack, discord]) {
      expect(shown).toContain('September 20 (year unknown)');
      expect(shown).not.toContain('--09-20');
    }
  });
});
