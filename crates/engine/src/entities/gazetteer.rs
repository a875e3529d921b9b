//! The gazetteers in `data/entities/` (see `data/SOURCES.md`): one lower-case entry a line.
//! All of them become one map, from folded key to the lists that hold it, the first time one is asked for.

use crate::hash::{head_and_hash, same_past_head, StringTable};
use std::sync::OnceLock;

use super::fold;

/// Front-coded by `build.rs` (a digit, how many bytes an entry shares with the one before, then
/// the rest of it): expanded by [`expand`].
static PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));
static EXTRA_PLACES: &str = include_str!("../../data/entities/places_extra.txt");
static ORGANIZATIONS: &str = include_str!("../../data/entities/organizations.txt");
static GIVEN_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/given_names.txt"));
static SURNAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/surnames.txt"));
static DEMONYMS: &str = include_str!("../../data/entities/demonyms.txt");
static OTHER_GROUPS: &str = include_str!("../../data/entities/groups.txt");
/// The commonest English words (see `all`).
static COMMON_WORDS: &str = include_str!("../../data/words/english-frequencies.txt");

/// What the lists say of one key: a bit for each list that holds it.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Lists(u8);

const PLACE: u8 = 1;
const ORGANIZATION: u8 = 2;
const GIVEN_NAME: u8 = 4;
const SURNAME: u8 = 8;
/// A nationality, language or religion, or its plural ("German", "Germans").
const DEMONYM: u8 = 16;
const COMMON_WORD: u8 = 32;

impl Lists {
    pub fn place(self) -> bool {
        self.0 & PLACE != 0
    }
    pub fn organization(self) -> bool {
        self.0 & ORGANIZATION != 0
    }
    pub fn given_name(self) -> bool {
        self.0 & GIVEN_NAME != 0
    }
    pub fn surname(self) -> bool {
        self.0 & SURNAME != 0
    }
    pub fn demonym(self) -> bool {
        self.0 & DEMONYM != 0
    }
    pub fn common_word(self) -> bool {
        self.0 & COMMON_WORD != 0
    }
    /// What either says.
    pub fn and(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }
}

/// A front-coded list (see `build.rs`) as plain lines, in one string made once and kept.
fn expand(coded: &str) -> &'static str {
    let mut plain: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut previous = 0;
    for line in coded.as_bytes().split(|&b| b == b'\n').filter(|line| !line.is_empty()) {
        let shared = usize::from(line[0].wrapping_sub(b'0')).min(9);
        let start = plain.len();
        // The shared bytes end on a character boundary of the entry before (`build.rs`); a
        // few bytes, copied one by one rather than by a call to copy memory.
        for k in previous..(previous + shared).min(start) {
            plain.push(plain[k]);
        }
        plain.extend_from_slice(&line[1..]);
        plain.push(b'\n');
        previous = start;
    }
    String::from_utf8(plain).unwrap_or_default().leak()
}

fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Every list in one table of keys, so that one look-up answers all of them: a capitalised
/// word is asked about as a place, an organization, a given name, a surname... in turn.
struct Gazetteer {
    /// Numbers the keys: a key's first eight bytes are read and compared as one number.
    table: StringTable,
    /// By number: the key, and a bit for each list that holds it.
    keys: Vec<&'static str>,
    lists: Vec<u8>,
}

impl Gazetteer {
    fn add(&mut self, key: &'static str, list: u8) {
        let (head, hash) = head_and_hash(key.as_bytes());
        let keys = &self.keys;
        let same = |id: u32| keys.get(id as usize).is_some_and(|k| same_past_head(k.as_bytes(), key.as_bytes()));
        let (id, new) = self.table.find_or_add(head, hash, same);
        if new {
            self.keys.push(key);
            self.lists.push(list);
        } else if let Some(lists) = self.lists.get_mut(id as usize) {
            *lists |= list;
        }
    }

    fn find(&self, key: &str) -> Option<usize> {
        let (head, hash) = head_and_hash(key.as_bytes());
        let same = |id: u32| self.keys.get(id as usize).is_some_and(|k| same_past_head(k.as_bytes(), key.as_bytes()));
        let id = self.table.find(head, hash, same)?;
        Some(id as usize)
    }
}

/// The lists, built once per page or process, before the first analysis (the page's worker
/// builds them while the page loads), so it allocates little: an entry that is its own key
/// already (nearly all of them) is borrowed from the list; the few others (accents, capitals,
/// curly apostrophes) and the demonyms' plurals are written into one string, made once and
/// kept for good. The keys are numbered in a `StringTable`, as the text's spellings and terms
/// are: some 26,000 of them, built faster than into a general hash map.
fn all() -> &'static Gazetteer {
    static LISTS: OnceLock<Gazetteer> = OnceLock::new();
    LISTS.get_or_init(|| {
        /// Where a key lives: in its list, or at this span of the folded keys' string.
        enum Key {
            Listed(&'static str),
            Folded(usize, usize),
        }
        let mut folded = String::new();
        // Room for about as many keys as the lists have lines (a guess: the list grows if it is
        // short; counting the lines first costs more than the copies it would save).
        let mut keys: Vec<(Key, u8)> = Vec::with_capacity(28_000);
        fn fold_into(entry: &str, suffix: &str, folded: &mut String) -> Key {
            let start = folded.len();
            fold::push_key(entry, folded);
            folded.push_str(suffix);
            Key::Folded(start, folded.len())
        }
        for (lists, list) in [
            (&[expand(PLACES), EXTRA_PLACES][..], PLACE),
            (&[ORGANIZATIONS], ORGANIZATION),
            (&[expand(GIVEN_NAMES)], GIVEN_NAME),
            (&[expand(SURNAMES)], SURNAME),
            (&[DEMONYMS, OTHER_GROUPS], DEMONYM),
        ] {
            for entry in lists.iter().flat_map(|l| entries(l)) {
                if list == DEMONYM {
                    // Plurals too: "Belgians" as "Belgian".
                    keys.push((fold_into(entry, "s", &mut folded), DEMONYM));
                }
                let key = if is_own_key(entry) { Key::Listed(entry) } else { fold_into(entry, "", &mut folded) };
                keys.push((key, list));
                // "Saint Paul" is written "St. Paul" too.
                if let Some(rest) = entry.strip_prefix("saint ") {
                    let start = folded.len();
                    folded.push_str("st. ");
                    fold::push_key(rest, &mut folded);
                    keys.push((Key::Folded(start, folded.len()), list));
                }
            }
        }
        // The commonest English words (the reference list of `keyness`, see
        // `data/SOURCES.md`), as they are: a capitalised word among them is no name without
        // some cue ("Chrome", "Hope", "Night").
        for word in COMMON_WORDS.lines().filter(|line| !line.is_empty() && !line.starts_with('#')) {
            keys.push((Key::Listed(word), COMMON_WORD));
        }
        let folded: &'static str = folded.leak();
        let mut gazetteer = Gazetteer {
            table: StringTable::with_capacity(keys.len()),
            keys: Vec::with_capacity(keys.len()),
            lists: Vec::with_capacity(keys.len()),
        };
        for (key, list) in keys {
            let key = match key {
                Key::Listed(key) => key,
                Key::Folded(start, end) => &folded[start..end],
            };
            gazetteer.add(key, list);
        }
        gazetteer
    })
}

/// Whether a list's entry is its own folded key: lower-case ASCII with straight apostrophes.
fn is_own_key(entry: &str) -> bool {
    entry.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// The lists that hold `key` (a folded key, or folded keys joined by spaces).
pub(super) fn lists(key: &str) -> Lists {
    let all = all();
    Lists(all.find(key).and_then(|id| all.lists.get(id)).copied().unwrap_or(0))
}

/// What the place and organization lists say of an abbreviation written without its periods
/// ("US", "DC", or their keys) when they know it with them ("u.s.", "d.c."); nothing for a
/// word of more than three letters. The caller knows whether the word was in capitals.
pub(super) fn lists_with_periods(word: &str) -> Lists {
    if !(2..=3).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Lists::default();
    }
    let mut dotted = String::with_capacity(6);
    for b in word.bytes() {
        dotted.push(char::from(b.to_ascii_lowercase()));
        dotted.push('.');
    }
    let found = lists(&dotted);
    Lists(found.0 & (PLACE | ORGANIZATION))
}

/// The lists' own copy of `key`, if they hold it: a key that outlives the text it came from.
pub(super) fn listed_key(key: &str) -> Option<&'static str> {
    let all = all();
    all.find(key).and_then(|id| all.keys.get(id)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(lists("france").place());
        assert!(lists("new york").place());
        assert!(lists("sao paulo").place());
        assert!(lists("u.s.").place());
        assert!(lists("nato").organization());
        assert!(lists("donald").given_name());
        assert!(lists("schumer").surname() || lists("smith").surname());
        assert!(lists("german").demonym() && lists("germans").demonym());
        assert!(!lists("however").place());
        // A saint's place by either spelling.
        assert!(lists("saint paul").place() && lists("st. paul").place());
    }

    #[test]
    fn front_coded_lists_expand_to_the_data_files() {
        for (coded, plain) in [
            (PLACES, include_str!("../../data/entities/places.txt")),
            (SURNAMES, include_str!("../../data/entities/surnames.txt")),
            (GIVEN_NAMES, include_str!("../../data/entities/given_names.txt")),
        ] {
            assert!(coded.len() < plain.len());
            assert_eq!(entries(expand(coded)).collect::<Vec<_>>(), entries(plain).collect::<Vec<_>>());
        }
    }

    #[test]
    fn every_entry_is_found_by_its_folded_key() {
        for (list, bit) in
            [(expand(PLACES), PLACE), (ORGANIZATIONS, ORGANIZATION), (expand(SURNAMES), SURNAME), (DEMONYMS, DEMONYM)]
        {
            for entry in entries(list) {
                let key = fold::key(entry);
                assert!(lists(&key).0 & bit != 0, "{entry}");
                if bit == DEMONYM {
                    assert!(lists(&format!("{key}s")).demonym(), "{entry}s");
                }
            }
        }
        // Entries that are not their own keys: capitals, accents, curly apostrophes.
        assert!(lists("a coruna").place() && !lists("a coruña").place());
    }
}
