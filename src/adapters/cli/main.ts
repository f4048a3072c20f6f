#!/usr/bin/env node
import { startEarlyExtractThread } from './extract-early.js';

/**
 * The `onrecord` command (./cli.ts). `extract` of many files starts its second thread before anything else of the CLI
 * loads (./extract-early.ts): Node starts that thread while this one loads the CLI's modules and its bundle. Only what
 * starting it needs is imported here; the rest is imported after.
 */
const early = startEarlyExtractThread(process.argv.slice(2));
const { runCli } = await import('./cli.js');
runCli(process.argv.slice(2), early);
