import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { WORLD } from './harness/ids.js';
import { World, messageOf } from './harness/world.js';

/**
 * Corrections by editors end to end through the real discord.js client: "Wrong speaker?" on an answer, the
 * modal for a member with Manage Messages, its submission, the corrected answer, a re-ingest that keeps it,
 * Undo, a member without the permission refused, and another guild's collection left alone.
 */
const SEED = path.resolve(import.meta.dirname, '../../../data/articles/syria-nusra.txt');
/** Manage Messages (1 << 13) on top of the test members' ordinary permissions. */
const EDITOR = (2248473465835073n | (1n << 13n)).toString();
const STRING = 3;
const READER = '819999999999999990';
const q = (value: string) => ({ name: 'question', type: STRING, value });
const buttonsOf = (msg: any) => (msg.components ?? []).flatMap((r: any) => r.components.map((b: any) => ({ label: b.label, id: b.custom_id, action: decodeButton(b.custom_id) })));

let w: World;
beforeAll(async () => {
  w = await World.start({
    tenants: JSON.stringify({
      [`discord:${WORLD.guildId}`]: { read: ['default'] },
      [`discord:${WORLD.otherGuildId}`]: { read: ['sport'], write: 'sport' },
      // Reads the other guilds' collections (a shared wire), owns only its own.
      [`discord:${READER}`]: { read: ['default', 'sport'], write: 'reader' },
    }),
  });
  // The same article in the other guild's collection: a correction here must not reach it.
  await w.core.ingestDocument({ source: SEED, content: fs.readFileSync(SEED, 'utf8') }, { collection: 'sport' });
}, 60_000);
afterAll(async () => {
  await w?.close();
});

async function ask(question: string, guild: string = WORLD.guildId): Promise<any> {
  return messageOf(await w.callback(w.slash('quote', [q(question)], { guild })));
}

describe('Discord corrections', () => {
  test('a member without Manage Messages is refused privately, and no modal opens', async () => {
    const answer = await ask('what did Kirby say about Nusra');
    const fix = buttonsOf(answer).find((b: any) => b.label === 'Wrong speaker?');
    expect(fix?.action?.kind).toBe('fix');
    const call = await w.callback(w.click(fix.id, answer));
    expect(call.body.type).toBe(4);
    expect(messageOf(call).flags).toBe(64);
    expect(JSON.stringify(messageOf(call).embeds)).toContain('Only editors can correct a speaker');
    // A forged submission without the permission changes nothing either.
    const forged = await w.callback(w.submitModal(`onr-fix|${fix.action.quoteIds[0]}`, { speaker: 'Somebody Else', reason: 'x' }));
    expect(JSON.stringify(messageOf(forged).embeds)).toContain('Only editors');
    expect(await w.core.corrections({ collections: ['default'] })).toEqual([]);
  });

  test('an editor corrects the speaker; the answer says so, a re-ingest keeps it, the other guild is unaffected, and Undo restores it', async () => {
    const answer = await ask('what did Kirby say about Nusra');
    const fix = buttonsOf(answer).find((b: any) => b.label === 'Wrong speaker?');
    const ids: string[] = fix.action.quoteIds;
    const modal = await w.callback(w.click(fix.id, answer, { permissions: EDITOR }));
    expect(modal.body.type).toBe(9); // MODAL
    const form = modal.body.data;
    expect(form.title).toBe('Wrong speaker?');
    const inputs = form.components.flatMap((r: any) => r.components.map((c: any) => c.custom_id));
    expect(inputs).toEqual(ids.length > 1 ? ['which', 'speaker', 'reason'] : ['speaker', 'reason']);

    const target = (await w.core.getQuote(ids[0]!, { collections: ['default'] }))!;
    const done = messageOf(await w.callback(w.submitModal(form.custom_id, { ...(ids.length > 1 ? { which: '1' } : {}), speaker: 'Mark Toner', reason: 'Toner gave the briefing' }, { permissions: EDITOR })));
    expect(done.flags).toBe(64);
    expect(done.embeds[0].description).toContain('now Mark Toner.');
    // No markdown shown as literal marks (the notice escapes what it says).
    expect(done.embeds[0].description).not.toContain('\\*');
    const undo = buttonsOf(done).find((b: any) => b.label === 'Undo');
    expect(undo?.action?.kind).toBe('unfix');
    const [log] = await w.core.corrections({ collections: ['default'] });
    expect(log).toMatchObject({ quoteId: target.id, by: `discord:${WORLD.guildId}/${WORLD.alice}`, reason: 'Toner gave the briefing', speakerName: 'Mark Toner', before: { name: 'John Kirby' } });

    const words = target.text.split(/\s+/).slice(0, 8).join(' ');
    const corrected = await ask(`what did Toner say about ${words.replace(/[^\p{L}\s]/gu, '')}`);
    expect(corrected.embeds[0].title).toBe('Mark Toner (speaker corrected by an editor)');

    // The article is ingested again, changed elsewhere: the correction holds.
    const seed = fs.readFileSync(SEED, 'utf8');
    await w.core.ingestDocument({ source: SEED, content: `${seed}\n\nThe talks resume on Monday.\n` });
    await new Promise((r) => setTimeout(r, 600));
    const again = await ask(`what did Toner say about ${words.replace(/[^\p{L}\s]/gu, '')}`);
    expect(again.embeds[0].title).toBe('Mark Toner (speaker corrected by an editor)');

    // The other guild's copy keeps the extractor's speaker, and its editors cannot reach this guild's quote.
    const other = await ask('what did Kirby say about Nusra', WORLD.otherGuildId);
    expect(JSON.stringify(other.embeds)).not.toContain('Mark Toner');
    expect(JSON.stringify(other.embeds)).not.toContain('corrected by an editor');
    const cross = await w.callback(w.click(fix.id, answer, { permissions: EDITOR, guild: WORLD.otherGuildId }));
    expect(JSON.stringify(messageOf(cross).embeds)).toContain('no longer in this server');

    // Undo, by an editor, from the confirmation.
    const undone = await w.callback(w.click(undo.id, done, { permissions: EDITOR }));
    expect(undone.body.type).toBe(7); // UPDATE_MESSAGE: the confirmation is replaced
    expect(JSON.stringify(messageOf(undone).embeds)).toContain('Correction undone');
    await new Promise((r) => setTimeout(r, 600));
    const back = await ask('what did Kirby say about Nusra');
    expect(JSON.stringify(back.embeds)).not.toContain('corrected by an editor');
    expect(back.embeds.map((e: any) => e.description).join(' ')).toContain(target.text.slice(0, 30));
    expect((await w.core.corrections({ collections: ['default'] }))[0]).toMatchObject({ status: 'undone' });
  });

  test("an editor of a server that only reads a shared collection cannot correct its quotes (the owners' answers stay as they are)", async () => {
    const answer = await ask('what did Kirby say about Nusra', READER);
    const fix = buttonsOf(answer).find((b: any) => b.label === 'Wrong speaker?');
    expect(fix?.action?.kind).toBe('fix');
    const call = await w.callback(w.click(fix.id, answer, { permissions: EDITOR, guild: READER }));
    expect(call.body.type).toBe(4); // no modal
    expect(messageOf(call).flags).toBe(64);
    expect(JSON.stringify(messageOf(call).embeds)).toContain('reads but does not own');
    // A forged submission is refused by the core: the quote is not in the server's own collection.
    const forged = messageOf(await w.callback(w.submitModal(`onr-fix|${fix.action.quoteIds[0]}`, { speaker: 'Somebody Else', reason: 'x' }, { permissions: EDITOR, guild: READER })));
    expect(JSON.stringify(forged.embeds)).toContain('no longer in the index');
    const after = await w.core.corrections({});
    expect(after.filter((c: any) => c.speakerName === 'Somebody Else')).toEqual([]);
    expect(JSON.stringify((await ask('what did Kirby say about Nusra', READER)).embeds)).not.toContain('Somebody Else');
  });
});
