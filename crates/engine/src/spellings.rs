//! The distinct spellings of a text's tokens, numbered once.
//!
//! A news text repeats its words: a megabyte has some 180,000 tokens but only about 25,000
//! spellings. Hashing each token once here lets every later stage (terms, entity keys and
//! their facts) work per spelling, with an array lookup per token instead of a hash of its text.

use crate::hash::FastMap;
use crate::tokens::Token;

/// A spelling's number: spellings are numbered in order of first appearance.
pub(crate) type SpellingId = u32;

pub(crate) struct Spellings<'t> {
    /// The spelling of each token.
    of_token: Vec<SpellingId>,
    /// The text of each spelling.
    text: Vec<&'t str>,
}

/// A spelling as a hash key, compared byte by byte rather than by a `memcmp` call: spellings
/// are a few bytes long, and in WebAssembly `memcmp` is a call to a byte loop for every key
/// compared.
#[derive(Clone, Copy, Debug)]
struct Key<'t>(&'t str);

impl PartialEq for Key<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<'t> Spellings<'t> {
    #[inline(never)]
    pub fn new(text: &'t str, tokens: &[Token]) -> Spellings<'t> {
        let mut index: FastMap<Key<'t>, SpellingId> = FastMap::default();
        index.reserve(tokens.len() / 8);
        let mut out = Spellings { of_token: Vec::with_capacity(tokens.len()), text: Vec::new() };
        for t in tokens {
            let word = text.get(t.start..t.end).unwrap_or("");
            // Most tokens repeat a spelling already met: a plain look-up serves them, cheaper
            // than the entry API; only a new spelling is hashed a second time, to insert it.
            let id = match index.get(&Key(word)) {
                Some(&id) => id,
                None => {
                    let id = out.text.len() as SpellingId;
                    index.insert(Key(word), id);
                    out.text.push(word);
                    id
                }
            };
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
    fn keys_compare_by_their_bytes() {
        assert_eq!(Key("said"), Key("said"));
        assert_ne!(Key("said"), Key("said."));
        assert_ne!(Key("é"), Key("e"));
    }
}
