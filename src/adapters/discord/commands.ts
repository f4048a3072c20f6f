import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The slash commands, as the JSON Discord registers. One module used by the bot (to route) and by
 * `deploy-commands` (to register), so the two can never disagree.
 */
export const COMMAND = {
  quote: 'quote',
  who: 'quote-who',
  help: 'quote-help',
  add: 'quote-add',
  follow: 'quote-follow',
} as const;

/** Message context-menu commands (right-click a message > Apps): the name is what members see. */
export const MENU = {
  verify: 'Verify quote',
} as const;

/**
 * A command word typed into a question ("!quote what did...", "/quote ..." in a mention, "onrecord ..."): the
 * habits of Discord bots' prefix commands, not part of the question. The core reads questions as typed (a bare
 * "quote on Y" is a question), so it is dropped here, where it arrives. Pasted words (`/quote-who`) keep theirs.
 */
export function withoutCommandWord(question: string): string {
  return question.replace(/^\s*(?:[/!](?:quote|onrecord)|onrecord)(?![\p{L}\p{N}_-])[\s:,]*/iu, '').trim();
}

/** Option limits: Discord's own cap is 6000; a question longer than this is not a question. */
export const MAX_QUESTION = 500;
export const MAX_PASTED = 2000;
export const MAX_URL = 2048;

const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;
const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;
// Guild only: an answer's collections come from the guild (tenancy), and a DM has none.
const GUILD_ONLY = { contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] };

/**
 * Who sees `/quote-add` before a server admin says otherwise: members who may Manage Messages, the usual mark of
 * editors and moderators. Adding to the index is an editorial act (it changes what every member's answers quote),
 * so not everyone by default; Manage Server would leave it to the server's owners, who are rarely the editors.
 * Admins widen or narrow it per role or channel in Server Settings > Integrations; DISCORD_ADD_ROLES is still
 * checked by the bot on every use.
 */
export const ADD_DEFAULT_PERMISSIONS = PermissionFlagsBits.ManageMessages;

/** Every command the bot answers. */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [
  {
    name: COMMAND.quote,
    description: 'Find what someone said: the exact quote, who, when, to whom, and the article',
    ...GUILD_ONLY,
    options: [
      {
        type: STRING,
        name: 'question',
        description: 'e.g. what did Kirby say about Nusra',
        required: true,
        min_length: 2,
        max_length: MAX_QUESTION,
      },
      { type: STRING, name: 'speaker', description: 'Only quotes from this speaker', autocomplete: true, max_length: 100 },
      { type: BOOLEAN, name: 'public', description: 'Post the answer for the whole channel (by default only you see it; Share posts it later)' },
    ],
  },
  {
    name: COMMAND.who,
    description: 'Who said these words? Finds the real quote and how your version differs',
    ...GUILD_ONLY,
    options: [
      { type: STRING, name: 'text', description: 'The words as you have them', required: true, min_length: 3, max_length: MAX_PASTED },
      { type: BOOLEAN, name: 'public', description: 'Post the answer for the whole channel (by default only you see it)' },
    ],
  },
  { name: COMMAND.help, description: 'How to ask OnRecord, with examples from the index', ...GUILD_ONLY },
  {
    name: COMMAND.add,
    description: 'Add an article to the quote index from its link',
    ...GUILD_ONLY,
    default_member_permissions: String(ADD_DEFAULT_PERMISSIONS),
    options: [{ type: STRING, name: 'url', description: 'https://... link to the article', required: true, max_length: MAX_URL }],
  },
  {
    // Follows post into the channel where they are made; everyone may use them (admins can narrow it in
    // Server Settings > Integrations), and each channel gets at most one digest a minute.
    name: COMMAND.follow,
    description: "Post a speaker's new quotes in this channel as they are added",
    ...GUILD_ONLY,
    options: [
      {
        type: SUBCOMMAND,
        name: 'add',
        description: "Follow a speaker (optionally on a topic): new quotes are posted here",
        options: [
          { type: STRING, name: 'speaker', description: 'e.g. Lavrov', required: true, autocomplete: true, max_length: 100 },
          { type: STRING, name: 'topic', description: 'Only quotes about this, e.g. Aleppo', max_length: 100 },
        ],
      },
      {
        type: SUBCOMMAND,
        name: 'remove',
        description: 'Stop following a speaker here (every topic unless one is given)',
        options: [
          { type: STRING, name: 'speaker', description: 'The speaker to stop following', required: true, autocomplete: true, max_length: 100 },
          { type: STRING, name: 'topic', description: 'Only this topic', max_length: 100 },
        ],
      },
      { type: SUBCOMMAND, name: 'list', description: 'What this channel follows' },
    ],
  },
  // On any message: the interaction carries the message's content, so no Message Content intent is needed.
  { name: MENU.verify, type: ApplicationCommandType.Message, ...GUILD_ONLY },
];
