//! The folded key of every token, and what its spelling says (capitals, letters), computed
//! once per distinct spelling: a text repeats its words, and folding each token again at
//! every lookup (allocating a `String` each time) was most of the entity stage's time.

use crate::hash::FastMap;
use crate::spellings::{SpellingId, Spellings};

use super::candidates;
use super::fold;
use super::lexicon::{among, NOT_NAMES};

/// Facts about one spelling.
pub(super) const STARTS_UPPER: u8 = 1;
pub(super) const STARTS_LOWER: u8 = 2;
pub(super) const ALL_CAPS: u8 = 4;
/// More than one alphabetic character.
pub(super) const LETTERS_2: u8 = 8;
/// Capitalised, and neither a name-based modifier ("London-based") nor a word that is never a
/// name: such a word token may be part of a name.
pub(super) const NAME_LIKE: u8 = 16;
/// "last", "next", "this", "past": may open a date ("last week"). Known per spelling, so the
/// date patterns need no word-list lookup for every lower-case word of the text.
pub(super) const RELATIVE: u8 = 32;

pub(super) struct Keys {
    /// Spelling id of each token.
    spelling: Vec<u32>,
    /// Key id of each spelling.
    key_of: Vec<u32>,
    /// Facts of each spelling.
    facts: Vec<u8>,
    /// Folded text of each key id.
    text: Vec<String>,
}

impl Keys {
    pub fn new(spellings: &Spellings) -> Keys {
        let mut keys: FastMap<String, u32> = FastMap::default();
        let mut out = Keys {
            spelling: spellings.of_tokens().to_vec(),
            key_of: Vec::with_capacity(spellings.len()),
            facts: Vec::with_capacity(spellings.len()),
            text: Vec::new(),
        };
        let mut buf = String::new();
        for id in 0..spellings.len() as SpellingId {
            let word = spellings.text(id);
            buf.clear();
            fold::push_key(word, &mut buf);
            let key = match keys.get(buf.as_str()) {
                Some(&k) => k,
                None => {
                    let k = out.text.len() as u32;
                    out.text.push(buf.clone());
                    keys.insert(buf.clone(), k);
                    k
                }
            };
            out.key_of.push(key);
            out.facts.push(facts(word, &buf));
        }
        out
    }

    /// The key id of token `i`; `None` past the end.
    pub fn id(&self, i: usize) -> Option<u32> {
        let s = *self.spelling.get(i)?;
        self.key_of.get(s as usize).copied()
    }

    /// The folded key of token `i` ("" past the end, as the key of an empty word).
    pub fn key(&self, i: usize) -> &str {
        self.id(i).and_then(|k| self.text.get(k as usize)).map_or("", String::as_str)
    }

    /// Whether token `i` has every fact in `mask`.
    pub fn has(&self, i: usize, mask: u8) -> bool {
        let facts = self.spelling.get(i).and_then(|&s| self.facts.get(s as usize)).copied().unwrap_or(0);
        facts & mask == mask
    }

    /// How many distinct keys there are (key ids are below this).
    pub fn len(&self) -> usize {
        self.text.len()
    }
}

fn facts(word: &str, key: &str) -> u8 {
    let mut f = 0;
    if fold::is_capitalised(word) {
        f |= STARTS_UPPER;
        if !candidates::is_compound_modifier(word) && !among(&NOT_NAMES, key) {
            f |= NAME_LIKE;
        }
    }
    if word.chars().next().is_some_and(char::is_lowercase) {
        f |= STARTS_LOWER;
    }
    if super::patterns::is_relative(key) {
        f |= RELATIVE;
    }
    if fold::is_all_caps(word) {
        f |= ALL_CAPS;
    }
    if word.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        f |= LETTERS_2;
    }
    f
}
