//! The kind of each candidate name: evidence for person, organization and place from the
//! name's own words, the gazetteers and the words around it. Evidence is summed over the
//! mentions of one entity later, so one clear cue types every mention.

use std::ops::{AddAssign, Range};

use crate::report::EntityKind;

use super::candidates::{Candidate, Document};
use super::fold;
use super::gazetteer;
use super::lexicon::*;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Evidence {
    pub person: f32,
    pub organization: f32,
    pub place: f32,
}

impl AddAssign for Evidence {
    fn add_assign(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
    }
}

impl Evidence {
    /// The kind the evidence points to; a bare capitalised name with no cue at all is most
    /// often a person in news copy.
    pub fn kind(&self) -> EntityKind {
        if self.organization > self.person && self.organization >= self.place {
            EntityKind::Organization
        } else if self.place > self.person && self.place > self.organization {
            EntityKind::Place
        } else {
            EntityKind::Person
        }
    }

    /// Whether some cue points away from a person.
    pub fn strongly_not_person(&self) -> bool {
        self.organization.max(self.place) >= 3.0 && self.organization.max(self.place) > self.person
    }
}

/// The evidence one mention gives.
pub(super) fn evidence(doc: &Document, candidate: &Candidate) -> Evidence {
    let range = candidate.tokens.clone();
    let keys: Vec<&str> = range.clone().map(|i| doc.key(i)).collect();
    let mut e = Evidence::default();
    let (Some(first), Some(last)) = (keys.first(), keys.last()) else {
        return e;
    };
    let whole = keys.join(" ");
    let n = keys.len();

    if gazetteer::is_organization(&whole) {
        e.organization += 5.0;
    }
    let known_place = gazetteer::is_place(&whole);
    if known_place {
        e.place += 4.0;
    }
    if n > 1 && among(&ORG_SUFFIXES, last) && !known_place {
        e.organization += 5.0;
    }
    if n > 2 && keys.iter().any(|&k| k == "of" || k == "for") {
        if among(&PLACE_HEADS, first) {
            e.place += 4.0;
        } else if among(&ORG_HEADS, first) {
            e.organization += 5.0;
        }
    }
    if keys.iter().any(|&k| k == "&") {
        e.organization += 3.0;
    }
    if n > 1 && among(&PLACE_SUFFIXES, last) {
        e.place += 4.0;
    }
    if n > 1 && among(&PLACE_PREFIXES, first) && gazetteer::is_place(&keys[1..].join(" ")) {
        e.place += 2.0;
    } else if n > 1 && matches!(*first, "mount" | "mt." | "lake" | "fort" | "cape") {
        e.place += 4.0;
    }
    if candidate.titled {
        e.person += 8.0;
    }
    if n > 1 && n <= 4 && gazetteer::is_given_name(first) {
        e.person += 3.0;
    }
    if n > 1 && gazetteer::is_surname(last) {
        e.person += 1.0;
    }
    if n == 1 {
        if gazetteer::is_surname(first) {
            e.person += 1.0;
        }
        if gazetteer::is_given_name(first) {
            e.person += 0.5;
        }
        let word = doc.word(range.start);
        if fold::is_all_caps(word) && (2..=6).contains(&word.chars().count()) {
            e.organization += 2.0;
        }
    }

    let before = range.start.checked_sub(1).map_or("", |i| doc.key(i));
    let after = doc.key(range.end);
    let after_next = doc.key(range.end + 1);
    if among(&REPORTING_VERBS, &after) || (after == "'s" && among(&REPORTING_VERBS, &after_next)) {
        e.person += 2.0;
    }
    // "Smith, 45, said".
    if after == "," && doc.kind(range.end + 1) == Some(crate::tokens::TokenKind::Number) {
        e.person += 3.0;
    }
    if after.ends_with("-based") || after == "-based" {
        e.place += 3.0;
    }
    if among(&PLACE_PREPOSITIONS, &before) {
        e.place += if before == "in" { 2.0 } else { 1.0 };
    }
    if matches!(before, "the" | "a" | "an") {
        e.organization += 1.5;
        e.person -= 2.0;
    }
    // "Washington, D.C.", "Paris, France": a place before a comma and a place.
    if after == "," && gazetteer::is_place(&after_next) {
        e.place += 1.5;
    }
    e
}

/// Which tokens of a multi-word name are its parts, for merging "Donald Trump" with
/// "Trump": the words without initials and suffixes like "Jr.".
pub(super) fn name_parts<'a>(doc: &Document<'a>, range: Range<usize>) -> Vec<&'a str> {
    range
        .map(|i| doc.key(i))
        .filter(|k| {
            let initial = k.ends_with('.') && k.chars().count() <= 2;
            !initial && !matches!(*k, "jr." | "sr." | "jr" | "sr" | "ii" | "iii" | "iv")
        })
        .collect()
}
