/** The `language` of a lesson or unit: a well-formed BCP 47 tag whose primary language has a message catalogue. */
import { availableLanguages, primaryLanguage } from '../i18n/index.js';
import type { Problem } from './content.js';

/** Problems with a `language` value at `pointer` (none when it is absent). */
export function checkLanguage(tag: string | undefined, pointer: string): Problem[] {
  if (tag === undefined) return [];
  const available = availableLanguages();
  const list = available.map((l) => `"${l}"`).join(', ');
  const language = primaryLanguage(tag);
  if (!language) {
    // "es_MX" and "ES-mx" are common slips: suggest the tag they meant when there is one.
    const fixed = primaryLanguage(tag.replace(/_/g, '-')) ? Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] : undefined;
    return [
      {
        pointer,
        code: 'language/malformed',
        message: `"${tag}" is not a BCP 47 language tag`,
        hint: fixed ? `did you mean "${fixed}"? (subtags are joined by "-")` : `use a tag such as "en", "es", "ko" or "en-GB"; catalogues exist for ${list}`,
      },
    ];
  }
  if (available.includes(language)) return [];
  return [
    {
      pointer,
      code: 'language/no-catalogue',
      message: `no message catalogue for the language "${language}"${language === tag ? '' : ` (of "${tag}")`}`,
      hint: `catalogues exist for ${list}; to add one, see docs/authoring.md "Languages"`,
    },
  ];
}
