//! A fast, deterministic hasher for the engine's own maps (the FxHash scheme: rotate, xor,
//! multiply). The standard SipHash resists collision attacks from network input, which a text
//! analysed on its owner's machine does not need, and costs several times more per word.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(padded(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A map from words that answers "not here" cheaply: most words asked about a list are not
/// in it, and a filter of 16 bits per word on the word's length and outer letters turns nearly
/// all of them away before the word is hashed in full and compared.
pub(crate) struct WordMap<S, V> {
    filter: Vec<u64>,
    /// Bit positions are below `mask + 1` (a power of two).
    mask: usize,
    map: FastMap<S, V>,
}

/// A quick hash of a word from its length and its first two and last two bytes.
#[inline]
fn quick_hash(word: &str) -> u64 {
    let b = word.as_bytes();
    let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    let n = b.len();
    let x = (n as u64) | at(0) << 8 | at(1) << 16 | at(n.wrapping_sub(1)) << 24 | at(n.wrapping_sub(2)) << 32;
    (x ^ x >> 29).wrapping_mul(SEED).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq, V> WordMap<S, V> {
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_key_value(word).map(|(_, value)| value)
    }

    /// The stored key equal to `word`, and its value.
    #[inline]
    pub fn get_key_value(&self, word: &str) -> Option<(&S, &V)> {
        let h = quick_hash(word);
        let (a, b) = ((h >> 40) as usize & self.mask, (h >> 12) as usize & self.mask);
        let bit = |i: usize| self.filter.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1);
        if bit(a) && bit(b) {
            self.map.get_key_value(word)
        } else {
            None
        }
    }
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq, V> From<FastMap<S, V>> for WordMap<S, V> {
    fn from(map: FastMap<S, V>) -> WordMap<S, V> {
        let bits = (map.len() * 16).next_power_of_two().max(256);
        let (mask, mut filter) = (bits - 1, vec![0u64; bits / 64]);
        for w in map.keys() {
            let h = quick_hash(w.borrow());
            for i in [(h >> 40) as usize & mask, (h >> 12) as usize & mask] {
                filter[i / 64] |= 1 << (i % 64);
            }
        }
        WordMap { filter, mask, map }
    }
}

// Byte strings numbered in hash tables of their own (the spellings of a text, its terms):
// open addressing over numbers, each string known by its first eight bytes as one number (its
// "head": the whole of most words, compared at once) and a hash of all its bytes.

/// Whether two strings with the same head (first eight bytes) are the same: their lengths,
/// then the bytes past the head, compared one by one (most words have none), not by a call to
/// `memcmp`, which in WebAssembly is a byte loop behind a call anyway.
#[inline(always)]
pub(crate) fn same_past_head(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).skip(8).all(|(x, y)| x == y)
}

/// An empty slot of such a table.
const EMPTY: u32 = u32::MAX;

/// The hash of the `len` bytes at `start` of `text`, whose first eight are `head`: eight bytes
/// at a time.
#[inline(always)]
pub(crate) fn hash_at(text: &[u8], start: usize, len: usize, head: u64) -> u64 {
    let mut hash = (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut at = 8;
    while at < len {
        let eight = head_at(text, start + at, len - at);
        hash = (hash.rotate_left(23) ^ eight).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        at += 8;
    }
    hash
}

/// The head and hash of a string of its own (not one read in place in a text, as
/// `Spellings` reads its tokens).
#[inline(always)]
pub(crate) fn head_and_hash(bytes: &[u8]) -> (u64, u64) {
    let head = head_at(bytes, 0, bytes.len());
    (head, hash_at(bytes, 0, bytes.len(), head))
}

/// Up to eight bytes as one little-endian number, zero-padded: put together byte by byte,
/// without a copy of unknown length (a `memcpy` call in WebAssembly, for nearly every word).
fn padded(bytes: &[u8]) -> u64 {
    bytes.iter().take(8).rev().fold(0u64, |word, &b| word << 8 | u64::from(b))
}

/// The first eight bytes of the `len` bytes at `start` of `text`, zero-padded: read as one
/// number where the text goes on for eight bytes (nearly always), byte by byte at its end.
#[inline(always)]
pub(crate) fn head_at(text: &[u8], start: usize, len: usize) -> u64 {
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

/// A hash's first slot in a table of `mask + 1` slots: from its high bits, which a
/// multiplication mixes from all the bits below them (the low bits only from the lowest).
#[inline(always)]
fn slot_of(hash: u64, mask: usize) -> usize {
    (hash >> 32) as usize & mask
}

/// A hash table of numbered strings, open addressing over numbers: the strings themselves
/// stay with the caller, who says whether a number's string is the one asked for. Numbers are
/// given in order, from 0.
pub(crate) struct StringTable {
    /// String numbers; `EMPTY` where free. At most half full: probes stay short.
    slots: Vec<u32>,
    /// By number: the head and hash of its string.
    known: Vec<(u64, u64)>,
}

impl StringTable {
    /// Room for about `strings` strings before it grows.
    pub fn with_capacity(strings: usize) -> StringTable {
        StringTable { slots: vec![EMPTY; (strings * 2).next_power_of_two().max(64)], known: Vec::new() }
    }

    /// The number of the string with this head and hash that `same` says it is, or else a new
    /// number for it; and whether the number is new.
    #[inline(always)]
    pub fn find_or_add(&mut self, head: u64, hash: u64, same: impl Fn(u32) -> bool) -> (u32, bool) {
        let free = match self.probe(head, hash, same) {
            Ok(id) => return (id, false),
            Err(free) => free,
        };
        let id = self.known.len() as u32;
        self.known.push((head, hash));
        if let Some(slot) = self.slots.get_mut(free) {
            *slot = id;
        }
        if self.known.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    /// The number of the string with this head and hash that `same` says it is, if any.
    #[inline(always)]
    pub fn find(&self, head: u64, hash: u64, same: impl Fn(u32) -> bool) -> Option<u32> {
        self.probe(head, hash, same).ok()
    }

    /// The string's number, or the free slot where its probe ended.
    #[inline(always)]
    fn probe(&self, head: u64, hash: u64, same: impl Fn(u32) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut k = slot_of(hash, mask);
        // At most half full: a free slot ends every probe.
        while let Some(&id) = self.slots.get(k) {
            if id == EMPTY {
                break;
            }
            if self.known.get(id as usize) == Some(&(head, hash)) && same(id) {
                return Ok(id);
            }
            k = (k + 1) & mask;
        }
        Err(k)
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.slots = vec![EMPTY; size];
        for (id, &(_, hash)) in self.known.iter().enumerate() {
            let mut k = slot_of(hash, size - 1);
            while self.slots.get(k).is_some_and(|&s| s != EMPTY) {
                k = (k + 1) & (size - 1);
            }
            if let Some(slot) = self.slots.get_mut(k) {
                *slot = id as u32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_table_finds_what_was_added_and_nothing_else() {
        let words = ["the", "a", "new york", "newspapers", "é", ""];
        let key = |w: &str| head_and_hash(w.as_bytes());
        let mut table = StringTable::with_capacity(2);
        for (i, w) in words.iter().enumerate() {
            let (head, hash) = key(w);
            assert_eq!(table.find_or_add(head, hash, |id| words[id as usize] == *w), (i as u32, true));
        }
        for (i, w) in words.iter().enumerate() {
            let (head, hash) = key(w);
            assert_eq!(table.find(head, hash, |id| words[id as usize] == *w), Some(i as u32), "{w}");
        }
        for w in ["th", "new yorks", "newspaper", "e"] {
            let (head, hash) = key(w);
            assert_eq!(table.find(head, hash, |id| words[id as usize] == w), None, "{w}");
        }
    }

    #[test]
    fn word_maps_find_their_words_and_only_those() {
        let words = ["the", "a", "new york", "é", "", "zürich"];
        let map: WordMap<&str, usize> =
            words.iter().enumerate().map(|(i, &w)| (w, i)).collect::<FastMap<_, _>>().into();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i), "{w}");
        }
        for w in ["th", "thee", "new yorks", "e", "zurich", " "] {
            assert_eq!(map.get(w), None, "{w}");
        }
    }
}
