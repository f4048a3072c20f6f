import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../src/adapters/discord/custom-id.js';
import { decodeQuoteIds } from '../../src/adapters/slack/actions.js';
import { EditorPermission, type EditorApi } from '../../src/adapters/slack/permissions.js';

/** The editor check and the correction buttons' values, on their own (the e2e tests drive them end to end). */
function api(o: { groups?: Record<string, string[]>; admins?: string[]; failUsers?: boolean }): EditorApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    usergroups: {
      users: {
        list: async ({ usergroup }) => {
          calls.push(`usergroups.users.list:${usergroup}`);
          const users = o.groups?.[usergroup];
          return users ? { ok: true, users } : { ok: false };
        },
      },
    },
    users: {
      info: async ({ user }) => {
        calls.push(`users.info:${user}`);
        if (o.failUsers) throw new Error('network down');
        return { ok: true, user: { is_admin: (o.admins ?? []).includes(user), is_owner: false } };
      },
    },
  };
}

describe('Slack editor check', () => {
  it('allows members of the editor groups and admins; refuses others, and fails closed when Slack cannot be asked', async () => {
    const editors = new EditorPermission(['S0EDITORS']);
    const slack = api({ groups: { S0EDITORS: ['U0ED'] }, admins: ['U0ADMIN'] });
    expect((await editors.check('U0ED', slack)).allowed).toBe(true);
    expect((await editors.check('U0ADMIN', slack)).allowed).toBe(true);
    const refused = await editors.check('U0REPORTER', slack);
    expect(refused).toMatchObject({ allowed: false, reason: expect.stringContaining('Only editors') });
    expect((await editors.check(undefined, slack)).allowed).toBe(false);
    // No group configured: nobody but admins and owners, never everybody.
    expect((await new EditorPermission([]).check('U0REPORTER', api({}))).allowed).toBe(false);
    const down = await new EditorPermission([]).check('U0ADMIN', api({ admins: ['U0ADMIN'], failUsers: true }));
    expect(down).toMatchObject({ allowed: false, reason: expect.stringContaining('Could not check') });
  });

  it('the "Wrong speaker?" value is a list of plain quote ids; anything else is refused', () => {
    expect(decodeQuoteIds('abc123,def456')).toEqual(['abc123', 'def456']);
    expect(decodeQuoteIds('')).toBeUndefined();
    expect(decodeQuoteIds('abc, def')).toBeUndefined();
    expect(decodeQuoteIds(Array.from({ length: 11 }, (_, i) => `q${i}`).join(','))).toBeUndefined();
  });
});

describe('Discord correction buttons', () => {
  it('round-trips "Wrong speaker?" (as many ids as fit in 100 characters) and Undo; refuses forged ids', () => {
    const ids = Array.from({ length: 6 }, (_, i) => `${i}`.repeat(20));
    const fix = encodeButton({ kind: 'fix', quoteIds: ids })!;
    expect(fix.length).toBeLessThanOrEqual(100);
    const back = decodeButton(fix);
    expect(back).toEqual({ kind: 'fix', quoteIds: ids.slice(0, 4) });
    expect(decodeButton(encodeButton({ kind: 'unfix', correctionId: 'c0123456789ab' })!)).toEqual({ kind: 'unfix', correctionId: 'c0123456789ab' });
    expect(encodeButton({ kind: 'unfix', correctionId: 'nope' })).toBeUndefined();
    expect(decodeButton('onr|fix|a b')).toBeUndefined();
    expect(decodeButton('onr|unfix|c0123456789ab|x')).toBeUndefined();
  });
});
