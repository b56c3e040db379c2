// extract: word classes, the per-form bits the passes test instead of regexes and lexicon lookups.
import { tokenize } from '../../src/extract/text.js';
import * as W from '../../src/extract/words.js';

/** The classes of each token of `text`, by token text. */
const classesOf = (text: string): Map<string, number> => new Map(tokenize(text).tokens.map((t) => [t.text, W.tokenClasses(t)]));

test('each class is decided from the word and the lexicons', () => {
  const c = classesOf('On mid-May 14th, 1973 the Party of the CPV and To Lam said he would visit; they thanked Viet Nam.');
  expect(c.get('mid-May')! & W.DATE_NAME).toBeTruthy();
  expect(c.get('14th')! & W.ORDINAL).toBeTruthy();
  expect(c.get('1973')! & W.YEAR).toBeTruthy();
  expect(c.get('Party')! & W.PARTY).toBeTruthy();
  expect(c.get('CPV')! & W.ACRONYM).toBeTruthy();
  expect(c.get('Lam')! & W.NAME_WORD).toBeTruthy();
  expect(c.get('To')! & W.FUNCTION_NAME_WORD).toBeTruthy();
  expect(c.get('he')! & W.PERSON_PRONOUN).toBeTruthy();
  expect(c.get('they')! & W.PLURAL_PRONOUN).toBeTruthy();
  expect(c.get('the')! & W.DETERMINER).toBeTruthy();
  expect(c.get('thanked')! & W.VERB).toBeTruthy();
  // Lower-case words and numbers are no name words; a year is no date name.
  expect(c.get('said')! & (W.NAME_WORD | W.FUNCTION_NAME_WORD)).toBe(0);
  expect(c.get('1973')! & (W.NAME_WORD | W.DATE_NAME)).toBe(0);
});

test('classesIn unions a token range, and a position past the end has no class', () => {
  const { tokens } = tokenize('The talks were held on Monday.');
  expect(W.classesIn(tokens, 0, tokens.length) & W.DATE_NAME).toBeTruthy();
  expect(W.classesIn(tokens, 0, 3) & W.DATE_NAME).toBe(0);
  expect(W.tokenClasses(tokens[tokens.length])).toBe(0);
});
