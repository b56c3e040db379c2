// Word classes: what the passes ask of nearly every token, decided once per token form (Form.classes) from its text
// and the lexicons, and kept as bits. A pass tests one bit instead of a regex or a Set lookup, and skips a sentence
// none of whose tokens can start what it looks for (classesIn).
import { lexicon } from './lexicon.js';
import type { Form, Token } from './text.js';

/** The form is or contains ("mid-May") a month or weekday name, "today", "tonight" or "yesterday". */
export const DATE_NAME = 1 << 0;
/** A year from 1800 to 2099. */
export const YEAR = 1 << 1;
/** "Party", capitalised. */
export const PARTY = 1 << 2;
/** A capitalised organisation head word ("Union", "Assembly"). */
export const ORG_HEAD = 1 << 3;
/** Capitalised, up to ten characters, two or more capitals: maybe an acronym ("CPV", "ASEAN", "LPRP"). */
export const ACRONYM = 1 << 4;
/** An ordinal: "first" to "twentieth", or "1st" to "999th". */
export const ORDINAL = 1 << 5;
/** May be part of a person's name: a capitalised word (initials allowed) that is no known non-name. */
export const NAME_WORD = 1 << 6;
/** A capitalised function word: part of a name inside a sentence ("To Lam"), a mere capital at its start. */
export const FUNCTION_NAME_WORD = 1 << 7;
export const PERSON_PRONOUN = 1 << 8;
export const PLURAL_PRONOUN = 1 << 9;
/** May start a description: "the", "his", "her", "their", "its". */
export const DETERMINER = 1 << 10;
/** "people", "government", "state" (of a country). */
export const PEOPLE_OF = 1 << 11;
export const VERB = 1 << 12;
export const SKIP_BEFORE_VERB = 1 << 13;
export const LIGHT_VERB = 1 << 14;
export const CLAUSE_BREAKER = 1 << 15;
export const COMPLEMENT_PREP = 1 << 16;
/** An Arabic article joined to a capitalised name: "el-Sisi", "al-Assad". */
export const PREFIXED_NAME = 1 << 17;
const PREFIXED_NAME_PATTERN = /^(?:el|al|ad|an|ar|as|ash|at|az|ud|ul)-\p{Lu}\p{Ll}/u;

const DATE_NAME_PATTERN = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|month)\b/i;
const YEAR_PATTERN = /^(1[89]|20)\d\d$/;
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** "14th": the number of a numeric ordinal. */
export const NUMERIC_ORDINAL = /^(\d{1,3})(st|nd|rd|th)$/;
/** Initials: "L", "L.B" (the token before a dot). */
export const INITIAL = /^(\p{Lu}\.)*\p{Lu}$/u;
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
const PEOPLE_OF_WORDS = new Set(['people', 'peoples', 'government', 'state']);

/** The word classes of a token form. */
export function wordClasses(form: Form): number {
  if (form.classes < 0) form.classes = classify(form);
  return form.classes;
}

/** The word classes of a token (none past the last token). */
export const tokenClasses = (t: Token | undefined): number => (t ? wordClasses(t.form) : 0);

/** The word classes of any of tokens [first, last). */
export function classesIn(tokens: Token[], first: number, last: number): number {
  let classes = 0;
  for (let i = first; i < last; i++) classes |= wordClasses(tokens[i]!.form);
  return classes;
}

// "Xi'an", "Tai'an", "Lu'an": pinyin's apostrophe before a syllable with no initial writes places, not persons.
const PINYIN_PLACE = /^\p{Lu}\p{Ll}{0,3}['’](?:a|ai|an|ang|ao|e|en|eng|er|ou)$/u;

function classify(f: Form): number {
  const lex = lexicon();
  const { text, lower, fold, cap, word } = f;
  let classes = 0;
  if (DATE_NAME_PATTERN.test(text)) classes |= DATE_NAME;
  if (YEAR_PATTERN.test(text)) classes |= YEAR;
  if (cap && fold === 'party') classes |= PARTY;
  if (cap && lex.orgHeads.has(fold)) classes |= ORG_HEAD;
  if (cap && text.length <= 10 && /\p{Lu}.*[\p{Lu}\p{N}]/u.test(text)) classes |= ACRONYM;
  if (ORDINAL_WORDS.includes(fold) || NUMERIC_ORDINAL.test(fold)) classes |= ORDINAL;
  if (word && cap && (!f.allCaps || INITIAL.test(text))) {
    if (lex.words.functionWords.has(lower)) classes |= FUNCTION_NAME_WORD;
    else if (!lex.words.notNames.has(lower) && !PINYIN_PLACE.test(text)) classes |= NAME_WORD;
  }
  if (word && !cap && PREFIXED_NAME_PATTERN.test(text)) classes |= PREFIXED_NAME;
  if (word && lex.words.personPronouns.has(lower)) classes |= PERSON_PRONOUN;
  if (word && lex.words.pluralPronouns.has(lower)) classes |= PLURAL_PRONOUN;
  if (DETERMINERS.has(lower)) classes |= DETERMINER;
  if (PEOPLE_OF_WORDS.has(lower)) classes |= PEOPLE_OF;
  if (lex.words.verbs.has(lower)) classes |= VERB;
  if (lex.words.skipBeforeVerb.has(lower)) classes |= SKIP_BEFORE_VERB;
  if (lex.lightVerbs.has(lower)) classes |= LIGHT_VERB;
  if (lex.words.clauseBreakers.has(lower)) classes |= CLAUSE_BREAKER;
  if (lex.words.complementPreps.has(lower)) classes |= COMPLEMENT_PREP;
  return classes;
}
