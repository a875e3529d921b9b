//! The folded key of every token, and what its spelling says (capitals, letters), computed
//! once per distinct spelling: a text repeats its words, and folding each token again at
//! every lookup (allocating a `String` each time) was most of the entity stage's time.

use std::cell::Cell;

use crate::hash::FastMap;
use crate::spellings::{SpellingId, Spellings};

use super::candidates;
use super::fold;
use super::gazetteer;
use super::lexicon::{self, Words, NOT_NAMES};

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

pub(super) struct Keys<'s> {
    /// Spelling id of each token.
    spelling: &'s [u32],
    /// Key id of each spelling.
    key_of: Vec<u32>,
    /// Facts of each spelling.
    facts: Vec<u8>,
    /// The folded keys, one after another, and each key id's byte range in it: one string for
    /// all keys instead of one (or two) per key, which a text of many distinct words felt.
    folded: String,
    range: Vec<(u32, u32)>,
    /// By key id: the cue-word lists ([`lexicon::lists_of`]) and the gazetteers that hold the
    /// key, looked up once per distinct key: the entity stage asks about every capitalised
    /// token and its neighbours, many times each. The gazetteers (a large map) only for the
    /// keys asked about, the first time they are.
    lexicon: Vec<u32>,
    gazetteer: Vec<Cell<Option<gazetteer::Lists>>>,
}

impl<'s> Keys<'s> {
    #[inline(never)]
    pub fn new(spellings: &'s Spellings) -> Keys<'s> {
        // First every spelling's key, folded into one string; then the distinct ones numbered.
        let mut folded = String::with_capacity(spellings.len() * 8);
        let mut spelling_range = Vec::with_capacity(spellings.len());
        for id in 0..spellings.len() as SpellingId {
            let start = folded.len();
            fold::push_key(spellings.text(id), &mut folded);
            spelling_range.push((start as u32, folded.len() as u32));
        }
        let mut ids: FastMap<&str, u32> = FastMap::default();
        ids.reserve(spellings.len());
        let mut range = Vec::new();
        let key_of: Vec<u32> = spelling_range
            .iter()
            .map(|&(start, end)| {
                let key = folded.get(start as usize..end as usize).unwrap_or("");
                *ids.entry(key).or_insert_with(|| {
                    range.push((start, end));
                    range.len() as u32 - 1
                })
            })
            .collect();
        drop(ids);
        let key_text = |&(start, end): &(u32, u32)| folded.get(start as usize..end as usize).unwrap_or("");
        let lexicon: Vec<u32> = range.iter().map(|r| lexicon::lists_of(key_text(r))).collect();
        let gazetteer = vec![Cell::new(None); range.len()];
        let facts_of = (0..spellings.len() as SpellingId)
            .zip(&key_of)
            .map(|(id, &k)| facts(spellings.text(id), lexicon.get(k as usize).copied().unwrap_or(0)))
            .collect();
        Keys { spelling: spellings.of_tokens(), key_of, facts: facts_of, folded, range, lexicon, gazetteer }
    }

    /// Whether list `list` holds the key of token `i` (none holds a token past the end).
    pub fn is(&self, i: usize, list: &Words) -> bool {
        self.id(i).and_then(|k| self.lexicon.get(k as usize)).is_some_and(|lists| lists & list.mask() != 0)
    }

    /// The gazetteers that hold the key of token `i`.
    pub fn lists(&self, i: usize) -> gazetteer::Lists {
        let Some(known) = self.id(i).and_then(|k| self.gazetteer.get(k as usize)) else {
            return gazetteer::Lists::default();
        };
        known.get().unwrap_or_else(|| {
            let lists = gazetteer::lists(self.key(i));
            known.set(Some(lists));
            lists
        })
    }

    /// The key id of token `i`; `None` past the end.
    pub fn id(&self, i: usize) -> Option<u32> {
        let s = *self.spelling.get(i)?;
        self.key_of.get(s as usize).copied()
    }

    /// The folded key of token `i` ("" past the end, as the key of an empty word).
    pub fn key(&self, i: usize) -> &str {
        self.id(i)
            .and_then(|k| self.range.get(k as usize))
            .and_then(|&(start, end)| self.folded.get(start as usize..end as usize))
            .unwrap_or("")
    }

    /// Whether token `i` has every fact in `mask`.
    pub fn has(&self, i: usize, mask: u8) -> bool {
        let facts = self.spelling.get(i).and_then(|&s| self.facts.get(s as usize)).copied().unwrap_or(0);
        facts & mask == mask
    }

    /// How many distinct keys there are (key ids are below this).
    pub fn len(&self) -> usize {
        self.range.len()
    }
}

fn facts(word: &str, lists: u32) -> u8 {
    let mut f = 0;
    if fold::is_capitalised(word) {
        f |= STARTS_UPPER;
        if !candidates::is_compound_modifier(word) && !is_letter_compound(word) && lists & NOT_NAMES.mask() == 0 {
            f |= NAME_LIKE;
        }
    }
    let starts_lower = match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.chars().next().is_some_and(char::is_lowercase),
    };
    if starts_lower {
        f |= STARTS_LOWER;
    }
    if lists & super::patterns::RELATIVE.mask() != 0 {
        f |= RELATIVE;
    }
    if fold::is_all_caps(word) {
        f |= ALL_CAPS;
    }
    let letters = match word.is_ascii() {
        true => word.bytes().filter(u8::is_ascii_alphabetic).count(),
        false => word.chars().filter(|c| c.is_alphabetic()).count(),
    };
    if letters > 1 {
        f |= LETTERS_2;
    }
    f
}

/// A capital letter, a hyphen and a lower-case word ("T-shirt", "X-ray", "U-turn", "A-list"):
/// a common noun whose capital is the letter's, never a name ("A-Rod" has a second capital).
fn is_letter_compound(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 2 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_lowercase()
}
