/**
 * Message catalogues: every label the templates and views print, per language. A catalogue is a plain JSON file in
 * locales/ named for a primary language subtag (en.json, es.json, ko.json); regional tags (en-GB, es-MX) use the
 * catalogue of their language. Plural messages are objects keyed by Intl.PluralRules categories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../paths.js';

/** A message: text with {name} placeholders, or one text per plural category ("one", "other", ...). */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Catalogue = Record<string, Message>;

/** The language of a lesson that declares none. */
export const DEFAULT_LANGUAGE = 'en';

export const localesDir = (): string => join(packageRoot, 'locales');

/** Primary language subtags that have a catalogue ("en", "es", "ko"), sorted. */
export function availableLanguages(): string[] {
  return readdirSync(localesDir())
    .filter((n) => /^[a-z]{2,3}\.json$/.test(n))
    .map((n) => basename(n, '.json'))
    .sort();
}

const catalogues = new Map<string, Catalogue>();

/** The catalogue of a primary language subtag, read once. */
export function catalogue(language: string): Catalogue {
  let c = catalogues.get(language);
  if (!c) {
    c = JSON.parse(readFileSync(join(localesDir(), `${language}.json`), 'utf8')) as Catalogue;
    catalogues.set(language, c);
  }
  return c;
}

/** The primary language subtag of a BCP 47 tag ("es" for "es-MX"); undefined if the tag is malformed. */
export function primaryLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ? new Intl.Locale(canonical).language : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown for a key no catalogue has: a template or view asked for a message that was never written. */
export class UnknownMessage extends Error {}

/** The messages of one language, with its plural rules and number format. */
export class Messages {
  /** The tag as written in BCP 47 canonical case ("en-GB"): for the HTML lang attribute and the PDF /Lang. */
  readonly tag: string;
  readonly language: string;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly messages: Catalogue;

  constructor(tag: string = DEFAULT_LANGUAGE) {
    this.tag = Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANGUAGE;
    this.language = primaryLanguage(this.tag) ?? DEFAULT_LANGUAGE;
    this.messages = catalogue(this.language);
    this.plurals = new Intl.PluralRules(this.tag);
    this.numbers = new Intl.NumberFormat(this.tag, { useGrouping: false });
  }

  has(key: string): boolean {
    return Object.hasOwn(this.messages, key);
  }

  /** The message `key` with its {placeholders} filled in; a plural message picks its form by `count`. */
  t(key: string, params: Record<string, unknown> = {}): string {
    const message = this.messages[key];
    if (message === undefined) throw new UnknownMessage(`no message "${key}" in the ${this.language} catalogue`);
    const text = typeof message === 'string' ? message : this.pluralForm(key, message, params.count);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? this.format(params[name]) : whole));
  }

  private pluralForm(key: string, forms: Partial<Record<Intl.LDMLPluralRule, string>>, count: unknown): string {
    if (typeof count !== 'number') throw new UnknownMessage(`message "${key}" needs a number "count" to choose its plural form`);
    return forms[this.plurals.select(count)] ?? forms.other ?? '';
  }

  private format(value: unknown): string {
    return typeof value === 'number' ? this.numbers.format(value) : String(value ?? '');
  }
}

const cache = new Map<string, Messages>();

/** The (shared) messages of a BCP 47 tag whose language has a catalogue; falls back to English for any other. */
export function messagesFor(tag: string | undefined): Messages {
  const key = tag ?? DEFAULT_LANGUAGE;
  let m = cache.get(key);
  if (!m) {
    const language = primaryLanguage(key);
    m = new Messages(language && availableLanguages().includes(language) ? key : DEFAULT_LANGUAGE);
    cache.set(key, m);
  }
  return m;
}

/** The language a lesson prints in: its own, else its unit's (when the unit lists it), else English. */
export function lessonLanguage(lesson: { id: string; language?: string }, unit?: { lessons: string[]; language?: string }): string {
  return lesson.language ?? (unit?.lessons.includes(lesson.id) ? unit.language : undefined) ?? DEFAULT_LANGUAGE;
}
