//! The distinct spellings of a text's tokens, numbered once.
//!
//! A news text repeats its words: a megabyte has some 180,000 tokens but only about 25,000
//! spellings. Hashing each token once here lets every later stage (terms, entity keys and
//! their facts) work per spelling, with an array lookup per token instead of a hash of its text.

use crate::hash::{hash_at, head_at, same_past_head, StringTable};
use crate::tokens::Token;

/// A spelling's number: spellings are numbered in order of first appearance.
pub(crate) type SpellingId = u32;

pub(crate) struct Spellings<'t> {
    /// The spelling of each token.
    of_token: Vec<SpellingId>,
    /// The text of each spelling.
    text: Vec<&'t str>,
}

impl<'t> Spellings<'t> {
    /// Numbers the spellings of `tokens` in a hash table of its own (open addressing, keyed by
    /// text positions): a token's spelling is found with a few operations on 64-bit numbers,
    /// with no hashing of a string and no call to compare bytes for most of them. A megabyte
    /// of news asks it some 200,000 times.
    #[inline(never)]
    pub fn new(text: &'t str, tokens: &[Token]) -> Spellings<'t> {
        let bytes = text.as_bytes();
        let mut out = Spellings { of_token: Vec::with_capacity(tokens.len()), text: Vec::new() };
        let mut table = StringTable::with_capacity(tokens.len() / 4);
        for t in tokens {
            let len = t.end.saturating_sub(t.start);
            let word = bytes.get(t.start..t.end).unwrap_or(&[]);
            let head = head_at(bytes, t.start, len);
            let hash = hash_at(bytes, t.start, len, head);
            let texts = &out.text;
            let (id, new) = table.find_or_add(head, hash, |id| {
                texts.get(id as usize).is_some_and(|s| same_past_head(s.as_bytes(), word))
            });
            if new {
                out.text.push(text.get(t.start..t.end).unwrap_or(""));
            }
            out.of_token.push(id);
        }
        out
    }

    /// The spelling of token `i`; `None` past the end.
    pub fn of(&self, i: usize) -> Option<SpellingId> {
        self.of_token.get(i).copied()
    }

    /// The spelling of every token, in order.
    pub fn of_tokens(&self) -> &[SpellingId] {
        &self.of_token
    }

    /// How many distinct spellings there are (spelling ids are below this).
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The text of spelling `id` ("" for an unknown id).
    pub fn text(&self, id: SpellingId) -> &'t str {
        self.text.get(id as usize).copied().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn repeated_spellings_share_a_number() {
        let text = "The cat saw the cat. The end.";
        let s = Spellings::new(text, &tokenize(text));
        let ids: Vec<SpellingId> = s.of_tokens().to_vec();
        assert_eq!(ids, [0, 1, 2, 3, 1, 4, 0, 5, 4]);
        assert_eq!(s.len(), 6);
        assert_eq!(s.text(3), "the");
        assert_eq!(s.text(99), "");
        assert_eq!(s.of(99), None);
    }

    #[test]
    fn spellings_are_told_apart_by_every_byte() {
        // Equal heads (first eight bytes), different tails; different lengths; a text that
        // ends within eight bytes of a token; many spellings, so the table grows.
        let mut text = String::from("internationally internationalist internal inter é e said said. ");
        for k in 0..500 {
            text.push_str(&format!("w{k} "));
        }
        text.push_str("said");
        let tokens = tokenize(&text);
        let s = Spellings::new(&text, &tokens);
        for (i, t) in tokens.iter().enumerate() {
            let id = s.of(i).unwrap();
            assert_eq!(s.text(id), t.text(&text));
            let first = tokens.iter().position(|u| u.text(&text) == t.text(&text)).unwrap();
            assert_eq!(s.of(first), Some(id), "{}", t.text(&text));
        }
        assert_eq!(s.len(), 8 + 500);
    }
}
