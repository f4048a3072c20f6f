import { parseArgs } from 'node:util';
import { OnRecordError } from '../../core/errors.js';

/** Parsed command line: the command, its options and positional arguments. */
export interface CliArgs {
  command: 'ask' | 'ingest' | 'extract' | 'correct' | 'corrections' | 'help';
  data?: string;
  collection?: string;
  json: boolean;
  quiet: boolean;
  limit: number;
  format: 'text' | 'json' | 'slack' | 'discord';
  positionals: string[];
  /** `correct`: the right speaker, or "not a quote", who corrects and why; `--undo` names a correction. */
  correction?: { speaker?: string; notAQuote: boolean; by?: string; reason?: string; undo?: string };
}

const COMMANDS = new Set(['ask', 'ingest', 'extract', 'correct', 'corrections', 'help']);
const FORMATS = new Set(['text', 'json', 'slack', 'discord']);

/** Parses argv (without node and script), throwing BAD_INPUT with one clear line on misuse. */
export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return base('help', []);
  if (!COMMANDS.has(command)) throw new OnRecordError('BAD_INPUT', `unknown command "${command}" (try: ask, ingest, extract, correct, corrections, help)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        collection: { type: 'string' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        limit: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        // correct
        speaker: { type: 'string' },
        'not-a-quote': { type: 'boolean', default: false },
        by: { type: 'string' },
        reason: { type: 'string' },
        undo: { type: 'string' },
      },
    });
  } catch (err) {
    throw new OnRecordError('BAD_INPUT', (err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const v = parsed.values;
  if (v.help) return base('help', []);
  const args = base(command as CliArgs['command'], parsed.positionals);
  if (v.data !== undefined) {
    if (!v.data.trim()) throw new OnRecordError('BAD_INPUT', '--data needs a folder');
    args.data = v.data;
  }
  if (v.collection !== undefined) {
    if (!/^[a-z0-9][a-z0-9_-]{0,62}$/i.test(v.collection)) throw new OnRecordError('BAD_INPUT', `--collection "${v.collection}": use letters, digits, - and _`);
    args.collection = v.collection;
  }
  args.json = v.json ?? false;
  args.quiet = v.quiet ?? false;
  if (v.limit !== undefined) {
    const n = Number(v.limit);
    if (!Number.isInteger(n) || n < 1 || n > 50) throw new OnRecordError('BAD_INPUT', `--limit must be a whole number from 1 to 50 (got "${v.limit}")`);
    args.limit = n;
  }
  if (v.format !== undefined) {
    if (!FORMATS.has(v.format)) throw new OnRecordError('BAD_INPUT', `--format must be text, json, slack or discord (got "${v.format}")`);
    args.format = v.format as CliArgs['format'];
  } else if (args.json) args.format = 'json';
  if (command === 'extract' && args.positionals.length === 0) throw new OnRecordError('BAD_INPUT', 'extract needs at least one FILE');
  if (command === 'correct') args.correction = correctionArgs(v, args.positionals);
  else if (v.speaker !== undefined || v['not-a-quote'] || v.by !== undefined || v.reason !== undefined || v.undo !== undefined) {
    throw new OnRecordError('BAD_INPUT', '--speaker, --not-a-quote, --by, --reason and --undo belong to "correct"');
  }
  if (command === 'ingest' && args.positionals.length === 0) throw new OnRecordError('BAD_INPUT', 'ingest needs at least one PATH or URL');
  return args;
}

function base(command: CliArgs['command'], positionals: string[]): CliArgs {
  return { command, json: false, quiet: false, limit: 3, format: 'text', positionals };
}

/** `correct QUOTE_ID --speaker NAME|--not-a-quote --by WHO [--reason TEXT]`, or `correct --undo CORRECTION_ID`. */
function correctionArgs(
  v: { speaker?: string | undefined; 'not-a-quote'?: boolean | undefined; by?: string | undefined; reason?: string | undefined; undo?: string | undefined },
  positionals: string[],
): NonNullable<CliArgs['correction']> {
  const c: NonNullable<CliArgs['correction']> = { notAQuote: v['not-a-quote'] ?? false };
  if (v.by !== undefined) c.by = v.by;
  if (v.reason !== undefined) c.reason = v.reason;
  if (v.undo !== undefined) {
    if (positionals.length > 0 || v.speaker !== undefined || c.notAQuote) throw new OnRecordError('BAD_INPUT', 'correct --undo CORRECTION_ID takes no quote id, --speaker or --not-a-quote');
    c.undo = v.undo;
    return c;
  }
  if (positionals.length !== 1) throw new OnRecordError('BAD_INPUT', 'correct needs one QUOTE_ID (the "id" of an answer in ask --json)');
  if ((v.speaker !== undefined) === c.notAQuote) throw new OnRecordError('BAD_INPUT', 'correct needs either --speaker NAME or --not-a-quote');
  if (v.speaker !== undefined) c.speaker = v.speaker;
  if (!v.by?.trim()) throw new OnRecordError('BAD_INPUT', 'correct needs --by WHO (the editor, kept in the audit log)');
  return c;
}
