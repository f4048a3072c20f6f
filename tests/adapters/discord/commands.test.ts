import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMAND, commandDefinitions } from '../../../src/adapters/discord/commands.js';

describe('slash command definitions', () => {
  it('/quote-add is shown by default only to members who may Manage Messages; the questions to everyone', () => {
    const byName = new Map(commandDefinitions.map((c) => [c.name, c]));
    const add = byName.get(COMMAND.add)!;
    // Discord wants the bit set as a decimal string.
    expect(add.default_member_permissions).toBe('8192');
    expect(new PermissionsBitField(BigInt(add.default_member_permissions!)).toArray()).toEqual(['ManageMessages']);
    expect(BigInt(add.default_member_permissions!)).toBe(PermissionFlagsBits.ManageMessages);
    for (const name of [COMMAND.quote, COMMAND.who, COMMAND.help]) expect(byName.get(name)!.default_member_permissions).toBeUndefined();
  });
});
