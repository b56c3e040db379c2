// Pass 1: tokens with offsets, folded forms and sentence boundaries.
import { detach, fold, isAscii } from '../names.js';

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
  /** What the token's text alone decides, shared by every token of the same text. */
  form: Form;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

// Tokens: words (letters, marks, digits, joined by hyphens, dots or a non-possessive apostrophe), a possessive 's, or
// one symbol. The scanner in tokenize() implements exactly this pattern (kept here as its specification):
//   /[\p{L}\p{M}\p{N}]+(?:(?:[-‐.]|['’](?!s(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|['’]s(?![\p{L}\p{M}\p{N}])|\S/gu
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /^[\p{L}\p{M}\p{N}]/u;
const MAX_SENTENCE_TOKENS = 300;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'md', 'hon', 'smt', 'st', 'no', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'prof', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'vs', 'etc', 'inc', 'co', 'ltd', 'jr', 'sr']);

/** What a token's text alone decides; the same word forms recur, so these are computed once per form. */
export interface Form {
  text: string;
  lower: string;
  fold: string;
  cap: boolean;
  allCaps: boolean;
  word: boolean;
  /** phrases.ts's bits for the form as a first word, as of its generation `startsGeneration` (-1: not yet known). */
  starts: number;
  /** phrases.ts's bits for the form as a second word, as of `startsGeneration`. */
  seconds: number;
  startsGeneration: number;
  /** The form's folded name tokens (foldTokens of its text), once a name chunk has needed them. */
  nameKeys: string[] | undefined;
  /** The form's word classes (words.ts), -1 until first asked. */
  classes: number;
  /** The hash of its text's code units, its key in the form table. */
  hash: number;
}

function newForm(t: string, hash: number): Form {
  const word = LETTER.test(t);
  const lower = t.toLowerCase();
  const cap = word && UPPER.test(t);
  return { text: t, lower, fold: isAscii(t) ? lower : fold(t) || lower, cap, allCaps: cap && t.length > 1 && !HAS_LOWER.test(t), word, starts: 0, seconds: 0, startsGeneration: -1, nameKeys: undefined, classes: -1, hash };
}

// Forms in an open-addressing table keyed by a hash of the token's characters: a token finds its form without first
// slicing its text out of the article and hashing that new string (a Map lookup was a tenth of extraction time).
// The table starts small and doubles at half full: a news corpus has some ten thousand forms, and a table that fits
// the CPU caches finds them faster than a sparse one sized for the worst case.
const FIRST_SLOTS = 1 << 15;
const MAX_SLOTS = 1 << 18;
// Bounded well below the largest slot count, so probe runs stay short and a huge corpus of ever-new names cannot grow it.
const MAX_FORMS = 180_000;
let formSlots: (Form | undefined)[] = new Array(FIRST_SLOTS).fill(undefined);
let slotMask = FIRST_SLOTS - 1;
let formCount = 0;
// Punctuation and other one-character ASCII tokens skip the table (they are a good part of all tokens).
const asciiForms: (Form | undefined)[] = new Array(128).fill(undefined);

/** The form of the token text[start..end). */
function formAt(text: string, start: number, end: number): Form {
  if (end - start === 1 && text.charCodeAt(start) < 128) return (asciiForms[text.charCodeAt(start)] ??= newForm(text[start]!, 0));
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return formOf(text, start, end, hash);
}

/** The form of the token text[start..end), whose code units hash to `hash`. */
function formOf(text: string, start: number, end: number, hash: number): Form {
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const f = formSlots[slot];
    // Detached: the table outlives the article, and a slice would keep the whole article in memory.
    if (f === undefined) return addForm(hash, detach(text.slice(start, end)));
    // The form's hash turns away most other forms in the probe run without reading their text (kept in the form, not
    // in a parallel array: the form is read anyway, the array was one more cache line per token).
    if (f.hash === hash && f.text.length === end - start && text.startsWith(f.text, start)) return f;
  }
}

function addForm(hash: number, text: string): Form {
  if (formCount >= MAX_FORMS) resizeForms(FIRST_SLOTS, false);
  else if (2 * formCount >= formSlots.length && formSlots.length < MAX_SLOTS) resizeForms(2 * formSlots.length, true);
  formCount++;
  const form = newForm(text, hash);
  putForm(form);
  return form;
}

function putForm(form: Form): void {
  let slot = form.hash & slotMask;
  while (formSlots[slot] !== undefined) slot = (slot + 1) & slotMask;
  formSlots[slot] = form;
}

// A new table of `size` slots, with the old table's forms moved over or (`keep` false) dropped.
function resizeForms(size: number, keep: boolean): void {
  const oldSlots = formSlots;
  formSlots = new Array(size).fill(undefined);
  slotMask = size - 1;
  if (!keep) formCount = 0;
  else for (let slot = 0; slot < oldSlots.length; slot++) if (oldSlots[slot]) putForm(oldSlots[slot]!);
}

// The scanner below matches exactly what TOKEN matches (tokenize was a fifth of extraction time, mostly regex
// matching and its match arrays). Classes by code point, cached for the BMP: 1 word ([\p{L}\p{M}\p{N}]), 2 space (\s), 3 other.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const charClass = new Uint8Array(0x10000);
function classOf(cp: number): number {
  let c = cp < 0x10000 ? charClass[cp]! : 0;
  if (c === 0) {
    const ch = String.fromCodePoint(cp);
    c = WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 3;
    if (cp < 0x10000) charClass[cp] = c;
  }
  return c;
}

const isWordAt = (text: string, k: number): boolean => k < text.length && classOf(text.codePointAt(k)!) === 1;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** A possessive mark at k: "'s", or the bare apostrophe of "Marcos' visit" right after a word ending in s. */
export function isPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === "'s" || t.text === '’s') return true;
  if (t.text !== "'" && t.text !== '’') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before && before.end === t.start && /s$/i.test(before.text) && (!after || after.start > t.end);
}

// "'s" at k not followed by a word character: a possessive, never a joiner.
const possessiveAt = (text: string, k: number): boolean => k + 1 < text.length && text.charCodeAt(k + 1) === 115 && !isWordAt(text, k + 2);

// The hash of the code units wordEnd passed over, as formAt computes it: the scan hashes as it goes, so a word token's
// characters are read once (a second loop over them was a quarter of the form lookup).
let scannedHash = 0;

/** The end of the word token starting at k (a word character), as TOKEN would match it; its hash in scannedHash. */
function wordEnd(text: string, k: number): number {
  let hash = 0;
  for (;;) {
    while (k < text.length) {
      const c = text.charCodeAt(k);
      const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(k)! : c;
      if (classOf(cp) !== 1) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      if (cp > 0xffff) hash = (Math.imul(hash, 31) + text.charCodeAt(++k)) | 0;
      k++;
    }
    // Never read past the end: an out-of-bounds read deoptimises the scanner.
    if (k >= text.length) break;
    const c = text.charCodeAt(k);
    const joiner = c === 45 || c === 0x2010 || c === 46 || ((c === 39 || c === 0x2019) && !possessiveAt(text, k));
    if (!joiner || !isWordAt(text, k + 1)) break;
    hash = (Math.imul(hash, 31) + c) | 0;
    k++;
  }
  scannedHash = hash;
  return k;
}

/** Tokenizes text[from..] into tokens and sentences; offsets index the whole text. */
export function tokenize(text: string, from = 0): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  // Sentences are split as the tokens are made, not in a second pass over them (a tenth of tokenize): the open
  // sentence starts at token `first` and closes before a token that cannot continue it.
  const sentences: Sentence[] = [];
  let first = 0;
  // The last token ends a sentence if the next one may start a sentence.
  let endMark = false;
  // A line break among the spaces before a token.
  let newline = false;
  // Like a /u regex, a start inside a surrogate pair means the pair.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from] ?? '') && /[\ud800-\udbff]/.test(text[from - 1]!)) from--;
  for (let k = from; k < text.length; ) {
    const c = text.charCodeAt(k);
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(k)! : c;
    const kind = classOf(cp);
    // Spaces are all in the BMP.
    if (kind === 2) {
      if (c === 10) newline = true;
      k++;
      continue;
    }
    const start = k;
    let f: Form;
    if (kind === 1) {
      const prefix = hyphenPrefixEnd(text, start);
      k = prefix ? hashedEnd(text, start, prefix) : wordEnd(text, k);
      f = formOf(text, start, k, scannedHash);
    } else {
      k = (c === 39 || c === 0x2019) && possessiveAt(text, k) ? k + 2 : k + width(cp);
      f = formAt(text, start, k);
    }
    const i = tokens.length;
    // A line break closes the open sentence, and so does its length bound: text with no sentence ends at all (lists,
    // garbage) is cut into bounded pieces so passes stay linear.
    if (i > first && (newline || i - first >= MAX_SENTENCE_TOKENS || (endMark && startsSentence(f)))) {
      sentences.push(sentenceOf(tokens, sentences.length, first, i));
      first = i;
    }
    tokens.push({ text: f.text, start, end: k, lower: f.lower, fold: f.fold, cap: f.cap, allCaps: f.allCaps, word: f.word, sentence: sentences.length, newline, form: f });
    endMark = endsSentence(tokens, i);
    newline = false;
  }
  if (tokens.length > first) sentences.push(sentenceOf(tokens, sentences.length, first, tokens.length));
  return { tokens, sentences };
}

// "then-President", "ex-President": the prefix is a word of its own (then "-" and the title), so titles are matched.
// The first letter is tested before any string is made: almost no word starts one of these.
function hyphenPrefixEnd(text: string, start: number): number {
  const c = text.charCodeAt(start) | 0x20;
  if (c === 116 && text.charCodeAt(start + 4) === 45 && text.slice(start, start + 4).toLowerCase() === 'then') return start + 4;
  if (c === 101 && text.charCodeAt(start + 2) === 45 && (text.charCodeAt(start + 1) | 0x20) === 120) return start + 2;
  return 0;
}

// A word known to end at `end` (BMP letters only), with its hash in scannedHash as wordEnd gives it.
function hashedEnd(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  scannedHash = hash;
  return end;
}

const sentenceOf = (tokens: Token[], index: number, first: number, last: number): Sentence => ({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });

// A sentence end mark (".", "!", "?", "…"), unless a dot after an abbreviation or initial.
function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.end - t.start !== 1) return false;
  const c = t.text.charCodeAt(0);
  if (c !== 46) return c === 33 || c === 63 || c === 0x2026;
  const prev = tokens[i - 1];
  return !(prev && prev.end === t.start && isAbbreviation(prev));
}

// After a sentence end mark: a capital, a symbol or a number starts a sentence.
const startsSentence = (f: Form): boolean => f.cap || !f.word || /^\d/.test(f.text);

// "L.B." and single capitals are initials; the dot after them does not end a sentence.
function isAbbreviation(t: Token): boolean {
  if (/^\p{Lu}$/u.test(t.text) || /^(\p{Lu}\.)+\p{Lu}$/u.test(t.text)) return true;
  return ABBREVIATIONS.has(t.lower);
}

/** Lexicon phrases are tokenized like text so both meet on the same token boundaries. */
export function phraseTokens(phrase: string): string[] {
  // A flat copy: V8 compiles the scanner's character reads for every string representation it has met, and a single
  // sliced phrase (a regex capture, "Islamic Republic") made the scan of every article after it a third slower.
  return tokenize(detach(phrase)).tokens.map((t) => t.fold);
}
