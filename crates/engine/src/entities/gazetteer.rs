//! The gazetteers in `data/entities/` (see `data/SOURCES.md`): one lower-case entry a line.
//! All of them become one map, from folded key to the lists that hold it, the first time one is asked for.

use crate::hash::{FastMap, WordMap};
use std::sync::OnceLock;

use super::fold;

static PLACES: &str = include_str!("../../data/entities/places.txt");
static EXTRA_PLACES: &str = include_str!("../../data/entities/places_extra.txt");
static ORGANIZATIONS: &str = include_str!("../../data/entities/organizations.txt");
static GIVEN_NAMES: &str = include_str!("../../data/entities/given_names.txt");
static SURNAMES: &str = include_str!("../../data/entities/surnames.txt");
static DEMONYMS: &str = include_str!("../../data/entities/demonyms.txt");
static OTHER_GROUPS: &str = include_str!("../../data/entities/groups.txt");

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
}

fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Every list in one map, so that one look-up answers all of them: a capitalised word is asked
/// about as a place, an organization, a given name, a surname... in turn.
fn all() -> &'static WordMap<String, u8> {
    static MAP: OnceLock<WordMap<String, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FastMap<String, u8> = FastMap::default();
        let mut add = |key: String, list: u8| *map.entry(key).or_default() |= list;
        for (lists, list) in [
            (&[PLACES, EXTRA_PLACES][..], PLACE),
            (&[ORGANIZATIONS], ORGANIZATION),
            (&[GIVEN_NAMES], GIVEN_NAME),
            (&[SURNAMES], SURNAME),
            (&[DEMONYMS, OTHER_GROUPS], DEMONYM),
        ] {
            for entry in lists.iter().flat_map(|l| entries(l)) {
                let key = fold::key(entry);
                if list == DEMONYM {
                    // Plurals too: "Belgians" as "Belgian".
                    add(format!("{key}s"), DEMONYM);
                }
                add(key, list);
            }
        }
        // The commonest English words (the reference list of `keyness`, see
        // `data/SOURCES.md`), as they are: a capitalised word among them is no name without
        // some cue ("Chrome", "Hope", "Night").
        for word in include_str!("../../data/words/english-frequencies.txt")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
        {
            add(word.to_owned(), COMMON_WORD);
        }
        map.into()
    })
}

/// The lists that hold `key` (a folded key, or folded keys joined by spaces).
pub(super) fn lists(key: &str) -> Lists {
    Lists(all().get(key).copied().unwrap_or(0))
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
    }
}
