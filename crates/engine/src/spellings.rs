//! The distinct spellings of a text's tokens, numbered once.
//!
//! A news text repeats its words: a megabyte has some 180,000 tokens but only about 25,000
//! spellings. Hashing each token once here lets every later stage (terms, entity keys and
//! their facts) work per spelling, with an array lookup per token instead of a hash of its text.

use crate::tokens::Token;

/// A spelling's number: spellings are numbered in order of first appearance.
pub(crate) type SpellingId = u32;

pub(crate) struct Spellings<'t> {
    /// The spelling of each token.
    of_token: Vec<SpellingId>,
    /// The text of each spelling.
    text: Vec<&'t str>,
}

/// An empty slot of the table.
const EMPTY: SpellingId = SpellingId::MAX;

/// The hash of the `len` bytes at `start` of `text`, whose first eight are `head`: eight bytes
/// at a time.
#[inline(always)]
fn hash_at(text: &[u8], start: usize, len: usize, head: u64) -> u64 {
    let mut hash = (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut at = 8;
    while at < len {
        let eight = head_at(text, start + at, len - at);
        hash = (hash.rotate_left(23) ^ eight).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        at += 8;
    }
    hash
}

/// Up to eight bytes as one little-endian number, zero-padded.
fn padded(bytes: &[u8]) -> u64 {
    bytes.iter().take(8).rev().fold(0u64, |word, &b| word << 8 | u64::from(b))
}

/// The first eight bytes of the `len` bytes at `start` of `text`, zero-padded: read as one
/// number where the text goes on for eight bytes (nearly always), byte by byte at its end.
#[inline(always)]
fn head_at(text: &[u8], start: usize, len: usize) -> u64 {
    match text.get(start..start + 8) {
        Some(eight) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(eight);
            let keep = if len >= 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
            u64::from_le_bytes(word) & keep
        }
        None => padded(text.get(start..start + len).unwrap_or(&[])),
    }
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
        // The head and hash of each spelling, by id: kept to compare and to grow the table.
        let mut known: Vec<(u64, u64)> = Vec::new();
        let mut slots = vec![EMPTY; (tokens.len() / 2).next_power_of_two().max(64)];
        for t in tokens {
            let len = t.end.saturating_sub(t.start);
            let word = bytes.get(t.start..t.end).unwrap_or(&[]);
            let head = head_at(bytes, t.start, len);
            let hash = hash_at(bytes, t.start, len, head);
            let mask = slots.len() - 1;
            let mut k = slot_of(hash, mask);
            let id = loop {
                let Some(&id) = slots.get(k) else { break EMPTY };
                if id == EMPTY {
                    break EMPTY;
                }
                let same = known.get(id as usize).is_some_and(|&(h, x)| h == head && x == hash)
                    && out.text.get(id as usize).is_some_and(|s| same_bytes(s.as_bytes(), word));
                if same {
                    break id;
                }
                k = (k + 1) & mask;
            };
            let id = if id != EMPTY {
                id
            } else {
                let id = out.text.len() as SpellingId;
                out.text.push(text.get(t.start..t.end).unwrap_or(""));
                known.push((head, hash));
                if let Some(slot) = slots.get_mut(k) {
                    *slot = id;
                }
                // At most half full: probes stay short.
                if known.len() * 2 > slots.len() {
                    slots = grown(&known, slots.len() * 2);
                }
                id
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

/// A hash's first slot in a table of `mask + 1` slots: from its high bits, which a
/// multiplication mixes from all the bits below them (the low bits only from the lowest).
#[inline(always)]
fn slot_of(hash: u64, mask: usize) -> usize {
    (hash >> 32) as usize & mask
}

/// A table of `size` slots (a power of two) holding the spellings whose head and hash are
/// `known`, by id.
fn grown(known: &[(u64, u64)], size: usize) -> Vec<SpellingId> {
    let mut slots = vec![EMPTY; size];
    let mask = size - 1;
    for (id, &(_, hash)) in known.iter().enumerate() {
        let mut k = slot_of(hash, mask);
        while slots.get(k).is_some_and(|&s| s != EMPTY) {
            k = (k + 1) & mask;
        }
        if let Some(slot) = slots.get_mut(k) {
            *slot = id as SpellingId;
        }
    }
    slots
}

/// Byte-equal, past the first eight bytes (equal heads were compared already): byte by byte,
/// not by a call to `memcmp`, which in WebAssembly is a byte loop behind a call anyway.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).skip(8).all(|(x, y)| x == y)
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
