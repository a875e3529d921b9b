//! The gazetteers in `data/entities/` (see `data/SOURCES.md`): one lower-case entry a line.
//! Each list becomes a set of folded keys the first time it is asked for.

use crate::hash::WordSet;
use std::sync::OnceLock;

use super::fold;

static PLACES: &str = include_str!("../../data/entities/places.txt");
static EXTRA_PLACES: &str = include_str!("../../data/entities/places_extra.txt");
static ORGANIZATIONS: &str = include_str!("../../data/entities/organizations.txt");
static GIVEN_NAMES: &str = include_str!("../../data/entities/given_names.txt");
static SURNAMES: &str = include_str!("../../data/entities/surnames.txt");
static DEMONYMS: &str = include_str!("../../data/entities/demonyms.txt");
static OTHER_GROUPS: &str = include_str!("../../data/entities/groups.txt");

fn load(lists: &[&'static str]) -> WordSet<String> {
    lists
        .iter()
        .flat_map(|list| list.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(fold::key)
        .collect()
}

macro_rules! gazetteer {
    ($name:ident, $($list:expr),+) => {
        pub(super) fn $name(key: &str) -> bool {
            static SET: OnceLock<WordSet<String>> = OnceLock::new();
            SET.get_or_init(|| load(&[$($list),+])).contains(key)
        }
    };
}

gazetteer!(is_place, PLACES, EXTRA_PLACES);
gazetteer!(is_organization, ORGANIZATIONS);
gazetteer!(is_given_name, GIVEN_NAMES);
gazetteer!(is_surname, SURNAMES);
gazetteer!(is_demonym_singular, DEMONYMS, OTHER_GROUPS);

/// The commonest English words (the reference list of `keyness`, see `data/SOURCES.md`): a
/// capitalised word among them is no name without some cue ("Chrome", "Hope", "Night").
pub(super) fn is_common_word(key: &str) -> bool {
    static SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../data/words/english-frequencies.txt")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    })
    .contains(key)
}

/// A nationality, a language or a religion, singular or plural ("German", "Belgians").
pub(super) fn is_demonym(key: &str) -> bool {
    is_demonym_singular(key) || key.strip_suffix('s').is_some_and(is_demonym_singular)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_place("france"));
        assert!(is_place("new york"));
        assert!(is_place("sao paulo"));
        assert!(is_place("u.s."));
        assert!(is_organization("nato"));
        assert!(is_given_name("donald"));
        assert!(is_surname("schumer") || is_surname("smith"));
        assert!(is_demonym("german"));
        assert!(!is_place("however"));
    }
}
