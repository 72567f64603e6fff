/** The command line: its options, our messages for unknown ones, and each value checked against its one list. */
import { parseArgs } from 'node:util';
import { isOneOf, PAPERS, type Paper, VARIANTS, type Variant, VERSION_LETTERS } from '../model/index.js';
import { closest } from '../validate/suggest.js';
import { fail } from './report.js';

const OPTIONS = {
  out: { type: 'string' },
  paper: { type: 'string' },
  variant: { type: 'string' },
  force: { type: 'boolean' },
  only: { type: 'string' },
  format: { type: 'string' },
  versions: { type: 'string' },
  shard: { type: 'string' },
  json: { type: 'boolean' },
  browser: { type: 'string' },
  'browser-endpoint': { type: 'string' },
  root: { type: 'string' },
  port: { type: 'string' },
  example: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Our own message for an unknown option, naming it and the nearest known one (parseArgs' text misleads). */
function checkOptions(argv: string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const m = /^--([^=]+)/.exec(arg) ?? /^-([^-])/.exec(arg);
    if (!m?.[1]) continue;
    const name = m[1];
    const known = arg.startsWith('--') ? Object.hasOwn(OPTIONS, name) : Object.values(OPTIONS).some((o) => 'short' in o && o.short === name);
    if (known) continue;
    const near = closest(name, Object.keys(OPTIONS));
    fail(`unknown option "${arg.split('=')[0]}"${near ? `: did you mean --${near}?` : ''} (see lessonpack --help)`);
  }
}

/** A value typed by a person ("A4", "Letter" mean what they say), checked against its list. */
function oneOf<T extends string>(option: string, values: readonly T[], given: string | undefined): T | undefined {
  if (given === undefined) return undefined;
  const value = given.toLowerCase();
  if (!isOneOf(values, value)) fail(`${option} must be one of: ${values.join(', ')} (got "${given}")`);
  return value;
}

function shardOf(given: string | undefined): { index: number; count: number } | undefined {
  if (!given) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(given);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) fail(`--shard must look like K/N with 1 <= K <= N (got "${given}")`);
  return { index, count };
}

function portOf(given: string | undefined): number {
  const port = given === undefined ? 4173 : Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535 (got "${given}")`);
  return port;
}

/** Where a CI's shared browser can be named once for every build: `--browser-endpoint` wins, and `--browser` ignores it. */
export const ENDPOINT_ENV = 'LESSONPACK_BROWSER_ENDPOINT';

/** The remote browser to print on, from the flag or the environment: a ws:// or wss:// address, or none. */
function endpointOf(values: { browser?: string | undefined; 'browser-endpoint'?: string | undefined }): string | undefined {
  const flag = values['browser-endpoint'];
  const env = values.browser === undefined ? process.env[ENDPOINT_ENV]?.trim() : undefined;
  const given = flag ?? (env || undefined);
  if (given !== undefined && !/^wss?:\/\/\S+$/.test(given))
    fail(
      flag !== undefined
        ? `--browser-endpoint must be a ws:// or wss:// address (got "${given}")`
        : `${ENDPOINT_ENV} must be a ws:// or wss:// address (it is "${given}"): correct it, or unset it to launch a browser`,
    );
  return given;
}

/** The command line parsed: the command, its arguments and the option values as typed. Unknown options stop it. */
export function parseCommandLine(argv: string[]) {
  checkOptions(argv);
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  const [command, ...rest] = positionals;
  return { command, rest, values };
}

export type OptionValues = ReturnType<typeof parseCommandLine>['values'];

/** The option values checked, each against its one list or form, and typed. */
export function checkValues(values: OptionValues) {
  const paper: Paper | undefined = oneOf('--paper', PAPERS, values.paper);
  const variant: Variant | undefined = oneOf('--variant', VARIANTS, values.variant);
  if (values.versions !== undefined && !/^\d+$/.test(values.versions.trim()))
    fail(`--versions must be a whole number from 1 to ${VERSION_LETTERS.length} (got "${values.versions}")`);
  const versions = values.versions === undefined ? undefined : Number(values.versions);
  const browserEndpoint = endpointOf(values);
  return { ...values, paper, variant, versions, browserEndpoint, shard: shardOf(values.shard), port: () => portOf(values.port) };
}

export type CliOptions = ReturnType<typeof checkValues>;
