// The tokenizer: TOKEN's pattern by a hand-written scanner that hashes each word as it scans it.
import { tokenize } from '../../src/extract/text.js';

test('words join over hyphens, dots and apostrophes; a possessive stands apart; astral characters count whole', () => {
  const { tokens, sentences } = tokenize("Díaz-Canel's U.S. visit, O’Neill’s 𝐀bc 😀 end. Lam met Lam");
  expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
    ['Díaz-Canel', 0, 10], ["'s", 10, 12], ['U.S', 13, 16], ['.', 16, 17], ['visit', 18, 23], [',', 23, 24],
    ['O’Neill', 25, 32], ['’s', 32, 34], ['𝐀bc', 35, 39], ['😀', 40, 42], ['end', 43, 46], ['.', 46, 47],
    ['Lam', 48, 51], ['met', 52, 55], ['Lam', 56, 59],
  ]);
  expect(sentences.map((s) => [s.first, s.last])).toEqual([[0, 12], [12, 15]]);
  // One form per distinct text, found again by its hash: the two "Lam" share it.
  expect(tokens[12]!.form).toBe(tokens[14]!.form);
});
