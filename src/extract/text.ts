// Pass 1: tokens with offsets, folded forms and sentence boundaries.
import { fold } from '../names.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, diacritics kept. */
  lower: string;
  /** Lower case, no diacritics: the key lexicons are matched on. */
  fold: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms, datelines). */
  allCaps: boolean;
  word: boolean;
  sentence: number;
  /** A line break precedes the token. */
  newline: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

// Words (letters, marks, digits, joined by hyphens, dots or a non-possessive apostrophe), a possessive 's, or one symbol.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐.]|['’](?!s(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|['’]s(?![\p{L}\p{M}\p{N}])|\S/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /^[\p{L}\p{M}\p{N}]/u;
const ASCII = /^[\x00-\x7f]*$/;
const MAX_SENTENCE_TOKENS = 300;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'prof', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'vs', 'etc', 'inc', 'co', 'ltd', 'jr', 'sr']);

/** Tokenizes text[from..] into tokens and sentences; offsets index the whole text. */
export function tokenize(text: string, from = 0): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  let prevEnd = from;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = m.index;
    const word = LETTER.test(t);
    const lower = t.toLowerCase();
    let newline = false;
    for (let k = prevEnd; k < start; k++) if (text.charCodeAt(k) === 10) newline = true;
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      lower,
      fold: ASCII.test(t) ? lower : foldCached(t) || lower,
      cap: word && UPPER.test(t),
      allCaps: word && t.length > 1 && !HAS_LOWER.test(t) && UPPER.test(t),
      word,
      sentence: 0,
      newline,
    });
    prevEnd = start + t.length;
  }
  return { tokens, sentences: splitSentences(tokens) };
}

function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last <= first) return;
    const index = sentences.length;
    for (let k = first; k < last; k++) tokens[k]!.sentence = index;
    sentences.push({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Text with no sentence ends at all (lists, garbage) is cut into bounded pieces so passes stay linear.
    if ((t.newline && i > first) || i - first >= MAX_SENTENCE_TOKENS) close(i);
    if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.text === '.' && prev && prev.end === t.start && isAbbreviation(prev)) continue;
    if (!next || next.newline || next.cap || !next.word || /^\d/.test(next.text)) close(i + 1);
  }
  close(tokens.length);
  return sentences;
}

// "L.B." and single capitals are initials; the dot after them does not end a sentence.
function isAbbreviation(t: Token): boolean {
  if (/^\p{Lu}$/u.test(t.text) || /^(\p{Lu}\.)+\p{Lu}$/u.test(t.text)) return true;
  return ABBREVIATIONS.has(t.lower);
}

// Folding (NFD + mark removal) is the costly part of tokenizing non-ASCII text; the same words recur, so it is cached.
const folded = new Map<string, string>();
function foldCached(t: string): string {
  let f = folded.get(t);
  if (f === undefined) {
    f = fold(t);
    if (folded.size > 100_000) folded.clear();
    folded.set(t, f);
  }
  return f;
}

/** Lexicon phrases are tokenized like text so both meet on the same token boundaries. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.fold);
}
