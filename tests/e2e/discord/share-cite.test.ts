import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { DEFAULT_CITATION_TEMPLATE, citationText, parseCitationTemplate } from '../../../src/core/index.js';
import { hostileArticle } from './harness/articles.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';
import { tramArticle } from '../../support/tram-article.js';

/** The shared tram article; `second` adds its second quote. */
const TRAM = (second: boolean, firstWord = 'timetable') => tramArticle(second ? 'Nobody will wait in the rain for a tram to the hospital again' : null, firstWord);

/** Newer quotes of Okafor: "latest from Okafor" answers with them first once this is ingested. */
const OKAFOR_LATER = {
  source: 'fixtures/okafor-later.md',
  content: `---
title: Grain terminal expands again
outlet: Example Business
published: 2023-06-01
---
Port authority director Amara Okafor spoke at the terminal on Thursday.

"A second grain silo will be ready before the harvest," Okafor said.

"Rail deliveries now reach the quay every hour," Okafor told the trade press.
`,
};

const OTHER_ARTICLE = {
  source: 'fixtures/other-desk.md',
  collection: 'other',
  content: `---
title: Orchard harvest
outlet: Other Desk
published: 2024-01-01
---
Farmer Ines Brandt said the orchard harvest was late.

"The apples came three weeks late this year," Brandt said.
`,
};

const TENANTS = JSON.stringify({ [`discord:${WORLD.guildId}`]: { read: ['default'], write: 'default' }, '*': { read: ['other'], write: 'other' } });
const STRING = 3;
const q = (value: string) => ({ name: 'question', type: STRING, value });
const buttonsOf = (msg: any) => (msg.components ?? []).flatMap((r: any) => r.components.map((b: any) => ({ label: b.label, id: b.custom_id, action: decodeButton(b.custom_id) })));
const button = (msg: any, label: string) => buttonsOf(msg).find((b: any) => b.label === label);
/** The quote ids a message shows, from its Show context buttons. */
const idsOf = (msg: any): string[] => buttonsOf(msg).filter((b: any) => b.action?.kind === 'ctx').map((b: any) => b.action.quoteId);

describe('Discord: Share posts exactly what was shown', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ articles: [TRAM(true), OTHER_ARTICLE], tenants: TENANTS });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });
  const ask = async (question: string) => {
    const token = w.slash('quote', [q(question)]);
    return { token, msg: messageOf(await w.callback(token)) };
  };

  test('after an ingest changed the answer, Share posts the quotes shown; the private copy says shared and loses Share', async () => {
    const { token, msg } = await ask('latest from Okafor');
    const shown = idsOf(msg);
    expect(shown).toHaveLength(3);
    const share = button(msg, 'Share');
    // Three quotes shown fit the button itself: no store record is needed.
    expect(share.action.shown).toMatch(/^\d+\./);
    await w.core.ingestDocument(OKAFOR_LATER);
    expect(idsOf((await ask('latest from Okafor')).msg)).not.toEqual(shown);

    const click = w.click(share.id, w.rest.originals.get(token));
    expect((await w.callback(click)).body.type).toBe(6);
    const posted = messageOf(await w.followUp(click));
    expect(posted.flags ?? 0).toBe(0);
    expect(posted.content).toContain(`Shared by <@${WORLD.alice}>`);
    expect(posted.allowed_mentions.parse).toEqual([]);
    expect(idsOf(posted)).toEqual(shown);
    expect(JSON.stringify(posted)).not.toMatch(/silo|Rail deliveries/);
    expect(button(posted, 'Share')).toBeUndefined();

    const copy = (await w.edit(click)).body;
    expect(copy.content).toContain(`Shared in the channel by <@${WORLD.alice}>`);
    expect(idsOf(copy)).toEqual(shown);
    expect(button(copy, 'Share')).toBeUndefined();
    expect(button(copy, 'Copy citation')).toBeDefined();
    expect(copy.allowed_mentions.parse).toEqual([]);
    const line = await w.logFor((l) => l.id === w.ids.get(click) && l.msg === 'discord interaction');
    expect(line.outcome).toBe('shared');
  });

  test('a quote removed since is said so, never replaced by another', async () => {
    const { token, msg } = await ask('what did Marchetti say about the tram');
    const shown = idsOf(msg);
    expect(shown).toHaveLength(2);
    await w.core.ingestDocument(TRAM(false));
    const alive = await Promise.all(shown.map(async (id) => (await w.core.getQuote(id)) !== null));
    expect(alive.filter(Boolean)).toHaveLength(1);

    const click = w.click(button(msg, 'Share').id, w.rest.originals.get(token));
    const posted = messageOf(await w.followUp(click));
    expect(posted.flags ?? 0).toBe(0);
    expect(idsOf(posted)).toEqual(shown.filter((_, i) => alive[i]));
    expect(JSON.stringify(posted)).not.toContain('rain');
    const copy = (await w.edit(click)).body;
    expect(copy.content).toContain('Shared in the channel by');
    expect(copy.content).toContain('One quote that answer showed is no longer in the index as shown');
    expect(button(copy, 'Share')).toBeUndefined();
  });

  test('a quote reworded in place is not shared: with nothing left, a private notice and nothing posted', async () => {
    const { token, msg } = await ask('what did Marchetti say about the tram');
    const [id] = idsOf(msg);
    expect(idsOf(msg)).toHaveLength(1);
    await w.core.ingestDocument(TRAM(false, 'timeplans'));
    expect((await w.core.getQuote(id!))?.text).toContain('The new timeplans puts');

    const click = w.click(button(msg, 'Share').id, w.rest.originals.get(token));
    const notice = messageOf(await w.followUp(click));
    expect(notice.flags).toBe(64);
    expect(notice.embeds[0].description).toContain('None of the quotes that answer showed');
    await new Promise((r) => setTimeout(r, 200));
    expect(w.rest.calls.filter((c) => c.path.includes(`/${click}/`) || c.path.endsWith(`/${click}`)).map((c) => c.method)).toEqual(['POST', 'POST']);
  });

  test('a shared /quote-who answer keeps its comparison with the pasted words', async () => {
    const token = w.slash('quote-who', [{ name: 'text', type: STRING, value: 'the new terminal cranes tripled our loading speed' }]);
    const msg = messageOf(await w.callback(token));
    expect(msg.content).toContain('Closest real quote');
    const click = w.click(button(msg, 'Share').id, w.rest.originals.get(token));
    const posted = messageOf(await w.followUp(click));
    expect(posted.content).toContain(msg.content);
    expect(posted.embeds[0].fields[0]).toEqual(msg.embeds[0].fields[0]);
    expect(posted.embeds[0].fields[0].name).toBe('How your words differ');
  });

  test('another guild clicking Copy citation or Share reveals nothing', async () => {
    const { token, msg } = await ask('what did Okafor say about grain exports');
    const original = w.rest.originals.get(token);
    for (const label of ['Copy citation', 'Share']) {
      const reply = messageOf(await w.callback(w.click(button(msg, label).id, original, { guild: WORLD.otherGuildId })));
      expect(reply.flags).toBe(64);
      expect(JSON.stringify(reply)).not.toMatch(/Okafor|grain|terminal/i);
    }
    // And the other guild's own answer, cited from the newsroom's guild, cites nothing of the other desk.
    const other = messageOf(await w.callback(w.slash('quote', [q('what did Brandt say about the orchard')], { guild: WORLD.otherGuildId })));
    const cite = messageOf(await w.callback(w.click(button(other, 'Copy citation').id, other)));
    expect(JSON.stringify(cite)).not.toMatch(/apples|Brandt/);
  });
});

describe('Discord: Copy citation', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ articles: [hostileArticle()] });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('shows each quote shown as a plain-text citation in the default format, privately, in a code block', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('what did Okafor say about loading speed')])));
    const cite = button(msg, 'Copy citation');
    expect(cite.action.kind).toBe('cite');
    const reply = messageOf(await w.callback(w.click(cite.id, msg)));
    expect(reply.flags).toBe(64);
    expect(reply.allowed_mentions.parse).toEqual([]);
    expect(reply.embeds).toHaveLength(idsOf(msg).length);
    const first = reply.embeds[0].description as string;
    expect(first).toMatch(/^```\n“[^”]+” — Amara Okafor, [^\n]+\. Example Business, 2021-05-03\. https:\/\/business\.example\.org\/2021\/05\/grain-exports\n```$/);
    const hit = (await w.core.getQuote(idsOf(msg)[0]!))!;
    expect(first).toBe(`\`\`\`\n${citationText(hit, parseCitationTemplate(DEFAULT_CITATION_TEMPLATE))}\n\`\`\``);
    // Reported speech is cited as such, never in quotation marks.
    const reported = messageOf(await w.callback(w.slash('quote', [q('what did Okafor say about grain exports')])));
    const again = messageOf(await w.callback(w.click(button(reported, 'Copy citation').id, reported)));
    // The direct words after the summary come first; the summary itself is cited among the answers shown.
    const descriptions = (again.embeds as { description: string }[]).map((e) => e.description);
    expect(descriptions.some((d) => /^```\ngrain exports reached a record in April \(reported speech\) — Amara Okafor/.test(d))).toBe(true);
    expect(descriptions.some((d) => /“grain exports/.test(d))).toBe(false);
  });

  test('a hostile quote stays inert in its code block and every limit holds', async () => {
    const msg = messageOf(await w.callback(w.slash('quote', [q('what did Zelenko say')])));
    const reply = messageOf(await w.callback(w.click(button(msg, 'Copy citation').id, msg)));
    expect(reply.allowed_mentions.parse).toEqual([]);
    const text = reply.embeds.map((e: any) => e.description).join('\n');
    expect(text).toContain('@everyone');
    let total = 0;
    for (const e of reply.embeds) {
      expect(e.description.length).toBeLessThanOrEqual(4096);
      expect(e.description.startsWith('```\n') && e.description.endsWith('\n```')).toBe(true);
      // One block each: nothing inside closes it early.
      expect(e.description.slice(3, -3)).not.toContain('`');
      total += e.description.length + (e.title ?? '').length;
    }
    expect(total).toBeLessThanOrEqual(6000);
  });

  test('follows the newsroom’s template', async () => {
    const custom = await World.start({ citationTemplate: parseCitationTemplate('{outlet} ({date}): {speaker} said {quote}[ <{url}>]') });
    try {
      const msg = messageOf(await custom.callback(custom.slash('quote', [q('what did Okafor say about loading speed')])));
      const reply = messageOf(await custom.callback(custom.click(button(msg, 'Copy citation').id, msg)));
      expect(reply.embeds[0].description).toMatch(/^```\nExample Business \(2021-05-03\): Amara Okafor said “[^”]+” <https:\/\/business\.example\.org\/2021\/05\/grain-exports>\n```$/);
    } finally {
      await custom.close();
    }
  });
});

describe('Discord: shown quotes that do not fit a button are kept in the store', () => {
  let w: World;
  beforeAll(async () => {
    w = await World.start({ pageSize: 5, tenants: TENANTS });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  test('Share and Copy citation carry a store key, still work after a restart, and only in their guild', async () => {
    const token = w.slash('quote', [q('latest from Okafor')]);
    const msg = messageOf(await w.callback(token));
    expect(idsOf(msg)).toHaveLength(5);
    const share = button(msg, 'Share');
    const cite = button(msg, 'Copy citation');
    expect(share.action.shown).toMatch(/^@/);
    expect(cite.action.shown).toBe(share.action.shown);

    await w.restartBot();
    const cited = messageOf(await w.callback(w.click(cite.id, msg)));
    expect(cited.embeds).toHaveLength(5);
    expect(cited.embeds[0].description).toContain('Amara Okafor');
    const foreign = messageOf(await w.callback(w.click(cite.id, msg, { guild: WORLD.otherGuildId })));
    expect(JSON.stringify(foreign)).not.toContain('Okafor');

    const click = w.click(share.id, w.rest.originals.get(token));
    const posted = messageOf(await w.followUp(click));
    expect(idsOf(posted)).toEqual(idsOf(msg));
    expect((await w.edit(click)).body.content).toContain('Shared in the channel by');
  });
});
