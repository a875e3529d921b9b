//! The kind of each candidate name: evidence for person, organization and place from the
//! name's own words, the gazetteers and the words around it. Evidence is summed over the
//! mentions of one entity later, so one clear cue types every mention.

use std::ops::{AddAssign, Range};

use crate::report::EntityKind;
use crate::tokens::TokenKind;

use super::candidates::{is_initial, Candidate, Document};
use super::fold;
use super::gazetteer;
use super::keys;
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
    /// The kind the evidence points to, or none when nothing points anywhere: a capitalised
    /// word with no cue at all is as likely a product, a work or an event as a name.
    pub fn kind(&self) -> Option<EntityKind> {
        if self.organization > self.person && self.organization >= self.place && self.organization > 0.0 {
            Some(EntityKind::Organization)
        } else if self.place > self.person && self.place > self.organization && self.place > 0.0 {
            Some(EntityKind::Place)
        } else if self.person > 0.0 && self.person >= self.organization && self.person >= self.place {
            Some(EntityKind::Person)
        } else {
            None
        }
    }

    /// Whether the evidence makes it a person.
    pub fn is_person(&self) -> bool {
        self.kind() == Some(EntityKind::Person)
    }

    /// Whether some cue points away from a person.
    pub fn strongly_not_person(&self) -> bool {
        self.organization.max(self.place) >= 3.0 && self.organization.max(self.place) > self.person
    }
}

/// The evidence one mention gives.
#[inline(never)]
pub(super) fn evidence(doc: &Document, candidate: &Candidate) -> Evidence {
    let range = candidate.tokens.clone();
    let mut e = Evidence::default();
    if range.is_empty() {
        return e;
    }
    // The first word's key; the last word by its token.
    let (first, last) = (doc.key(range.start), range.end - 1);
    let n = range.len();
    let keys = || range.clone().map(|i| doc.key(i));
    // Most names are one word: their whole is that word, no joining needed.
    let joined;
    let whole: &str = if n == 1 {
        first
    } else {
        joined = joined_keys(doc, range.clone());
        &joined
    };

    // "a VIP guest", "a CD director": an acronym of a thing says nothing of any kind by
    // itself, not even after "a" (it may still stand for a name the text spells out: "the
    // Reserve Bank of India (RBI)").
    if n == 1 && doc.is(range.start, &THING_ACRONYMS) && doc.keys.has(range.start, keys::ALL_CAPS) {
        return e;
    }
    let first_lists = doc.lists(range.start);
    // "starred in “The French Connection.”": a title of a work, which is no name of any kind.
    if fills_a_title(doc, range.clone()) {
        return e;
    }
    // "US", "DC": known to the lists as "U.S.", "D.C.".
    let first_lists = match doc.word(range.start) {
        word if n == 1 && fold::is_all_caps(word) => first_lists.and(gazetteer::lists_with_periods(word)),
        _ => first_lists,
    };
    // Most names are one word: what the lists say of it is what they say of the whole.
    let whole_lists = if n == 1 { first_lists } else { gazetteer::lists(whole) };
    if whole_lists.organization() {
        // A company known whole by a person's name ("Eli Lilly", "Wells Fargo") outweighs its
        // given name and surname.
        e.organization += if n > 1 { 8.0 } else { 5.0 };
    }
    // "Moody's Analytics", "McDonald's Corp.": a company whose name is a possessive names
    // the rest as its own.
    if n > 2
        && doc.kind(range.start + 1) == Some(TokenKind::Clitic)
        && gazetteer::lists(&joined_keys(doc, range.start..range.start + 2)).organization()
    {
        e.organization += 5.0;
    }
    // "Kenya Red Cross", "the Texas Senate": a known organization's branch in a place.
    if n > 1 && !whole_lists.organization() && (first_lists.place() || first_lists.demonym()) {
        let rest = joined_keys(doc, range.start + 1..range.end);
        if gazetteer::lists(&rest).organization() {
            e.organization += 5.0;
        }
    }
    let known_place = whole_lists.place();
    if known_place {
        // A place of several words known whole ("Santa Ana", "San Jose") outweighs words that
        // are given names and surnames one by one.
        e.place += if n > 1 { 6.0 } else { 4.0 };
    }
    if n > 1 && (doc.is(last, &ORG_SUFFIXES) || doc.is(range.start, &ORG_OPENERS)) && !known_place {
        e.organization += 5.0;
    }
    // "NHS England", "BBC Breakfast", "HSBC Holdings": an acronym opens an organization's or
    // its programme's name, hardly a person's (not "RFK Jr."; not initials, "K.J.P. Baraclough";
    // not a ship's prefix, "HMS Neptune"; not a party's, "GOP leader").
    let acronym_first = n > 1
        && doc.keys.has(range.start, keys::ALL_CAPS)
        && !candidate.shouted
        && doc.word(range.start).len() >= 3
        && doc.word(range.start).bytes().all(|b| b.is_ascii_uppercase())
        && !first_lists.place()
        && !matches!(first, "hms" | "hmc" | "hmcs" | "uss" | "rms" | "gop")
        && !matches!(doc.key(last), "jr." | "sr." | "jr" | "sr");
    if acronym_first {
        e.organization += 3.0;
    }
    // One word only: a brand's product takes more ("PlayStation VR", "MacBook Pro").
    if n == 1 && brand_shaped(doc.word(range.start)) {
        e.organization += 2.0;
    }
    // "University of Oxford", "Gulf of Mexico"; the head may come after a word that qualifies
    // it ("Reserve Bank of India", "National Institutes of Health").
    let of = (n > 2).then(|| (range.start + 1..range.end).find(|&i| matches!(doc.key(i), "of" | "for"))).flatten();
    if let Some(of) = of {
        let head = |list: &Words| doc.is(range.start, list) || doc.is(of - 1, list);
        if head(&PLACE_HEADS) {
            e.place += 4.0;
        } else if head(&ORG_HEADS) {
            e.organization += 5.0;
        }
    }
    if keys().any(|k| k == "&") {
        e.organization += 3.0;
    }
    if n > 1 && doc.is(last, &PLACE_SUFFIXES) {
        e.place += 4.0;
    }
    if n > 1
        && doc.is(range.start, &PLACE_PREFIXES)
        && gazetteer::lists(&joined_keys(doc, range.start + 1..range.end)).place()
    {
        e.place += 2.0;
    } else if n > 1 && matches!(first, "mount" | "mt." | "lake" | "fort" | "cape") {
        e.place += 4.0;
    }
    // Not a known place in capitals after the title: "the firm's chief UK economist".
    if candidate.titled && !(n == 1 && known_place && fold::is_all_caps(doc.word(range.start))) {
        e.person += 8.0;
    }
    if n > 1 && n <= 4 && first_lists.given_name() {
        e.person += 3.0;
    }
    // A surname that is also a place ends an agency's name as often ("Statistics Canada",
    // "Visit Florida"): it counts only after a given name, which counts already.
    if n > 1 && doc.lists(last).surname() && !doc.lists(last).place() {
        e.person += 1.0;
    }
    if n > 1 && person_shaped(doc, range.clone()) {
        e.person += 1.5;
    }
    if n == 1 {
        let word = doc.word(range.start);
        let all_caps = fold::is_all_caps(word);
        // A common word ("Chrome", "Hope", "Church") is no name by its spelling alone.
        let common = !all_caps && first_lists.common_word() && !known_place;
        if !common {
            if first_lists.surname() {
                e.person += 1.0;
            }
            if first_lists.given_name() {
                e.person += 0.5;
            }
        }
        if all_caps && !candidate.shouted && is_acronym(doc, range.start) {
            e.organization += 2.0;
        }
    }

    // Past the text's start, a token with no key (as `doc.key`'s "").
    let before_at = range.start.checked_sub(1).unwrap_or(usize::MAX);
    let before = doc.key(before_at);
    let after = doc.key(range.end);
    // "Danish company Novo Nordisk", "a spokesperson for Novo Nordisk": what the name is said to
    // be, or whose spokesperson.
    let described = doc.keys.has(before_at, keys::STARTS_LOWER) && is_company_noun(before);
    let spoken_for =
        before == "for" && matches!(doc.key(before_at.wrapping_sub(1)), "spokesperson" | "spokesman" | "spokeswoman");
    // A spokesperson speaks for a person too ("a spokesperson for Abbott" after "Gov. Greg
    // Abbott"): not enough to keep a surname from its person.
    if described {
        e.organization += 4.0;
    } else if spoken_for {
        e.organization += 2.0;
    }
    // A word of `list` in lower case, then "of", before the name.
    let of_a = |list: &[&str]| {
        let noun = before_at.wrapping_sub(1);
        before == "of" && doc.keys.has(noun, keys::STARTS_LOWER) && list.contains(&doc.key(noun))
    };
    // "a former head of Rockwell Collins", "the founder of SpaceX": whom one leads or founded.
    if of_a(LEADERS) {
        e.organization += 3.0;
    }
    // "analysts at Jefferies said": the analysts said it; the name is where they work.
    let works_at = before == "at" && doc.is(before_at.wrapping_sub(1), &STAFF);
    if works_at {
        e.organization += 6.0;
    } else if doc.is(range.end, &REPORTING_VERBS) || (after == "'s" && doc.is(range.end + 1, &REPORTING_VERBS)) {
        // "Members said", "Police said": a common word that is no known name says things, but as
        // no person.
        let common = n == 1 && first_lists.common_word() && !first_lists.surname() && !first_lists.given_name();
        if !common {
            e.person += 2.0;
        }
    }
    // "Smith, 45, said".
    if after == "," && doc.kind(range.end + 1) == Some(TokenKind::Number) {
        e.person += 3.0;
    }
    // "Rain Newton-Smith, the CBI's chief executive, said": an appositive that gives a
    // person's office.
    if after == "," && office_follows(doc, range.end + 1) {
        e.person += 2.0;
    }
    // "His daughter, Giulia, a marine biologist", "her son Daniel": a relative, by name.
    // Not a common word ("his son, When ...", "her husband, State Rep.").
    let kin = |i: usize| doc.keys.has(i, keys::STARTS_LOWER) && KIN.contains(&doc.key(i));
    let named = !first_lists.common_word() || first_lists.given_name();
    if named && (kin(before_at) || (before == "," && kin(before_at.wrapping_sub(1)))) {
        e.person += 3.0;
    }
    // "Lockheed Martin, which builds the capsule": "which" is for things, "who" for people.
    // (After one word it may be the clause's: "I met Claire, which was better".)
    if n > 1 && after == "," && doc.key(range.end + 1) == "which" {
        e.person -= 3.0;
    }
    // "alongside Beyoncé, who is releasing her own film". (A team is "who" too, in British
    // copy: a known organization outweighs this. Not after "of" or "from": "Rob Ledford of
    // Gainesville, who has been" is Ledford.)
    let who_clause = after == "," && doc.key(range.end + 1) == "who" && !matches!(before, "of" | "from" | "in");
    if who_clause && !first_lists.common_word() && !doc.key(last).ends_with('.') {
        e.person += 2.0;
    }
    // "Home Depot, the world's largest home improvement chain, said": an appositive that says
    // what company it is.
    if after == "," && company_follows(doc, range.end + 1) {
        e.organization += 3.0;
    }
    // "the village of Petropavlivka", "the city of Kharkiv": a place of that kind.
    if of_a(KINDS_OF_PLACE) {
        e.place += 4.0;
    }
    // "a Bronx Democrat": where a party's member comes from.
    if is_party_member(after) && doc.is_capitalised_word(range.end) {
        e.place += 3.0;
    }
    if after.ends_with("-based") || after == "-based" {
        e.place += 3.0;
    }
    // "United Auto Workers President Shawn Fain", "Boston Red Sox Manager Pinky Higgins": a name
    // before the office of one who leads or speaks for it, and the holder's name. (Not the
    // office of a place, "Ohio Gov. Mike DeWine", nor words of a title, "State Atty.".)
    let office_of = is_office_in_organization(after)
        && doc.is_capitalised_word(range.end)
        && doc.is_capitalised_word(range.end + 1)
        && !range.clone().any(|i| doc.word(i).ends_with('.') || doc.is(i, &TITLES) || doc.is(i, &TITLE_MODIFIERS));
    if office_of {
        e.organization += 2.0;
    }
    // "according to Ukrenergo": a source, which is no place.
    let according_to = before == "to" && doc.key(before_at.wrapping_sub(1)) == "according";
    // "shares in Barclays", "a stake in Tesco": what is owned is a company ("shares in Asia"
    // are a market's: a known place outweighs this).
    let owned = matches!(before, "in" | "of")
        && matches!(doc.key(before_at.wrapping_sub(1)), "shares" | "stake" | "stakes" | "shareholders");
    // "the journal Nature", "the tabloid Bild": a publication is named after its kind.
    let publication = matches!(before, "journal" | "magazine" | "newspaper" | "tabloid" | "broadcaster")
        && doc.keys.has(before_at, keys::STARTS_LOWER)
        && doc.key(before_at.wrapping_sub(1)) == "the";
    if publication {
        e.organization += 4.0;
    }
    if according_to {
        e.organization += 1.0;
    } else if owned {
        e.organization += 3.0;
    } else if doc.is(before_at, &PLACE_PREPOSITIONS) {
        e.place += if before == "in" { 2.0 } else { 1.0 };
    }
    // "its Blackwell processors", "the Model Y car": a product (CoNLL's MISC) is no person.
    if doc.keys.has(range.end, keys::STARTS_LOWER) && is_product_noun(after) {
        e.person -= 3.0;
        // Nor an organization, unless something else says so ("the Blackwell chips"; a
        // listed maker outweighs it: "Nvidia chips"). A maker's model is the maker's ("a
        // Beckman model DU spectrophotometer").
        if !matches!(after, "model" | "models") {
            e.organization -= 2.0;
        }
    }
    if matches!(before, "the" | "a" | "an") && !doc.is(range.end, &ATTRIBUTIVE_NOUNS) {
        // "the Church", "the State": a common word after "the" is just a noun.
        if !(n == 1 && first_lists.common_word()) {
            e.organization += 1.5;
        }
        e.person -= 2.0;
    }
    // A dateline: "LONDON 1996-08-30", "ALBANY, N.Y. —", "AL-AIN , United Arab Emirates".
    let line_start = range.start == 0 || doc.line_break_before(range.start);
    if line_start
        && fold::is_all_caps(doc.word(range.start))
        && (matches!(after, "," | "—" | "–" | "-" | "(") || doc.kind(range.end) == Some(TokenKind::Number))
        && !doc.line_break_before(range.end)
    {
        e.place += 5.0;
    }
    // A result line, "Leeds 0 Chelsea 3": two teams, each before its score. Teams named
    // after a place may still be the place's national side, so a known place keeps its kind.
    let number = |i: usize| doc.kind(i) == Some(TokenKind::Number);
    let word = |i: usize| doc.kind(i) == Some(TokenKind::Word);
    let home = line_start && number(range.end) && word(range.end + 1) && !doc.line_break_before(range.end + 1);
    let away = range.start >= 2
        && number(range.start - 1)
        && !doc.line_break_before(range.start)
        && number(range.end)
        && (doc.line_break_before(range.end + 1) || range.end + 1 >= doc.tokens.len());
    if home || away {
        e.organization += if known_place { 3.0 } else { 8.0 };
    }
    // A team in a match report: "Liverpool beat Brighton 3-1", "losing 2-1 to Aston Villa",
    // "Liverpool manager Arne Slot", "Villa boss Unai Emery".
    // Not a nationality: "the Soviet boss".
    let team_role = doc.keys.has(range.end, keys::STARTS_LOWER) && is_team_role(after) && !first_lists.demonym();
    if team_role {
        e.organization += 5.0;
    }
    // "Group G" of a tournament: its teams, as a side is an organization (not the place that
    // "in Group G" would make it).
    if n == 2 && first == "group" && doc.word(range.start + 1).len() == 1 {
        e.organization += 8.0;
    }
    if n == 2 && first == "team" && super::candidates::is_team_of_a_place(doc, range.start, range.end) {
        e.organization += 8.0;
    }
    // "Kansas City (10-2) hosts the Chargers": a team's record in brackets (not a season's
    // years, "Paris (2024-25)").
    let record = |i: usize| {
        let word = doc.word(i);
        let small = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        number(i) && word.contains('-') && word.split('-').all(small)
    };
    let has_record = after == "(" && record(range.end + 1) && doc.key(range.end + 2) == ")";
    // A club named after its city ("Manchester City beat Liverpool 3-0") is named as the city
    // is (a known place, +4 a mention) wherever the report goes on about it ("Liverpool, the
    // defending champions, have lost five"): one result outweighs a few such mentions.
    //
    // A country or city that plays a match is its side for the whole text: a World Cup report
    // names "Sweden" a dozen times, each a known place, after one result line.
    // (A player by full name is a person: "Carlos Alcaraz beat Frances Tiafoe 6-3".)
    let player = n > 1 && first_lists.given_name() && !first_lists.place();
    if (known_place || !player) && (has_record || plays_a_match(doc, range.clone())) {
        e.organization += if known_place { 100.0 } else { 16.0 };
    }
    // "Buffalo and Rochester": a name joined to a known place is a place.
    let before_and = range.start.checked_sub(2).unwrap_or(usize::MAX);
    if (matches!(before, "and" | "or") && doc.lists(before_and).place())
        || (matches!(after, "and" | "or")
            && doc.lists(range.end + 1).place()
            && doc.kind(range.end + 2) != Some(TokenKind::Word))
    {
        e.place += 1.5;
    }
    // "Ubisoft, Microsoft, and Sony": a name listed with a known organization (no place:
    // "4 Petty Cury, Cambridge, England"). The list goes on after the name ("members of
    // Congress, Oregon Democrat Maurine Neuberger, taking the seat" is no list).
    let listing = |i: usize| matches!(doc.key(i), "," | "and" | "or");
    let organization = |i: usize| {
        let lists = doc.lists(i);
        lists.organization() && !lists.place()
    };
    let goes_on = matches!(after, "and" | "or") || (after == "," && doc.is_capitalised_word(range.end + 1));
    if (after == "," && organization(range.end + 1) && listing(range.end + 2))
        || (before == "," && goes_on && organization(before_at.wrapping_sub(1)))
    {
        e.organization += 1.0;
    }
    // "Washington, D.C.", "Paris, France": a place before a comma and a place. "Queensland,
    // Victoria, and Tasmania": a name listed after a place.
    // The place before must be no given name: "one man, Dostoevsky, a conflict", "George,
    // Townley, or Ted".
    let place_before = || {
        let listed = doc.lists(before_at.wrapping_sub(1));
        listed.place() && !listed.given_name()
    };
    let place_after = doc.lists(range.end + 1).place() || abbreviated_state(doc, range.end + 1);
    if (after == "," && place_after) || (before == "," && listing(range.end) && place_before()) {
        e.place += 1.5;
    }
    // "Chicago, Ill.", "SPRINGFIELD, Ill. (AP)": a state's abbreviation after a place.
    if n == 1 && before == "," && abbreviated_state(doc, range.start) {
        e.place += 5.0;
    }
    e
}

/// Whether the name at `range` is all there is (but for "The" and a closing comma or period)
/// between quote marks after a word that introduces a title of a work (`in “The French
/// Connection.”`, `the film “Heat”`).
fn fills_a_title(doc: &Document, range: Range<usize>) -> bool {
    let opening = |i: usize| doc.kind(i) == Some(TokenKind::Punctuation) && matches!(doc.word(i), "“" | "\"");
    let closing = |i: usize| doc.kind(i) == Some(TokenKind::Punctuation) && matches!(doc.word(i), "”" | "\"");
    let Some(mut mark) = range.start.checked_sub(1) else {
        return false;
    };
    if doc.key(mark) == "the" {
        mark = mark.wrapping_sub(1);
    }
    let end = if matches!(doc.word(range.end), "," | ".") { range.end + 1 } else { range.end };
    let introduced = crate::quotes::introduce_a_title(doc.key(mark.wrapping_sub(1)), doc.key(mark.wrapping_sub(2)));
    opening(mark) && closing(end) && introduced
}

// Short lists as data, not code: each `matches!` arm of a string is code in the page's
// WebAssembly, which has a size to keep.

/// Who leads or founded an organization, before "of" and its name: "the head of Rockwell Collins".
const LEADERS: &[&str] = &["head", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "owner", "ceo"];

/// Words for a relative, after which news copy names them: "his daughter, Giulia".
const KIN: &[&str] = &[
    "daughter",
    "son",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "niece",
    "nephew",
    "granddaughter",
    "grandson",
    "cousin",
    "widow",
    "widower",
    "fiancee",
    "fiance",
    "stepson",
    "stepdaughter",
];

/// Kinds of place a name follows with "of" ("the village of Petropavlivka").
const KINDS_OF_PLACE: &[&str] = &[
    "village",
    "town",
    "city",
    "region",
    "province",
    "county",
    "district",
    "island",
    "capital",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "municipality",
    "borough",
    "hamlet",
    "port",
    "enclave",
    "state",
];

/// Offices held in an organization, named after it ("UAW President Shawn Fain").
const OFFICES_IN_ORGANIZATIONS: &[&str] = &[
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "founder",
    "manager",
    "coach",
    "owner",
    "commissioner",
];

/// An office held in an organization, named after the organization ("Apple Chief Executive",
/// "UAW President").
fn is_office_in_organization(key: &str) -> bool {
    OFFICES_IN_ORGANIZATIONS.contains(&key)
}

/// The token after a score ("3-1", "2 – 1", "102-98") that starts at token `i`, if one does.
/// Years are no score ("1990 – 1995").
fn score_end(doc: &Document, i: usize) -> Option<usize> {
    let number = |k: usize| doc.kind(k) == Some(TokenKind::Number);
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !number(i) {
        return None;
    }
    let glued = doc.word(i).split_once('-').is_some_and(|(a, b)| digits(a) && digits(b));
    if glued {
        return Some(i + 1);
    }
    let spaced =
        digits(doc.word(i)) && matches!(doc.word(i + 1), "-" | "–" | "—") && number(i + 2) && digits(doc.word(i + 2));
    spaced.then_some(i + 3)
}

/// Whether the name at `range` is a side in a match's result: before a result verb with a
/// score soon after ("Liverpool beat Brighton 3-1"), after one with its score ("beat Brighton
/// 3-1"), or after "to" and a score ("lost 2-1 to Aston Villa").
fn plays_a_match(doc: &Document, range: Range<usize>) -> bool {
    let (start, end) = (range.start, range.end);
    // "beat Jannik Sinner 6-4, 3-6, 7-6": a score of sets is one player's against another's.
    let sets = |score: usize| {
        score_end(doc, score).is_some_and(|after| doc.key(after) == "," && score_end(doc, after + 1).is_some())
    };
    let subject = is_match_verb(doc.key(end))
        && (end + 1..end + 6).find(|&i| score_end(doc, i).is_some()).is_some_and(|score| !sets(score));
    let object = start >= 1 && is_match_verb(doc.key(start - 1)) && score_end(doc, end).is_some() && !sets(end);
    let loser = start >= 3
        && doc.key(start - 1) == "to"
        && (start.saturating_sub(5)..start - 1).any(|i| score_end(doc, i) == Some(start - 1))
        && (start.saturating_sub(6)..start - 1).any(|i| is_match_verb(doc.key(i)));
    // A result line in a sentence or a heading: "Group G — Belgium 3 – 0 Panama". The side
    // next to the score is a name too.
    let name_at = |i: usize| doc.keys.has(i, keys::STARTS_UPPER);
    let home = score_end(doc, end).is_some_and(name_at);
    let away = (start.saturating_sub(3)..start).any(|i| score_end(doc, i) == Some(start) && i > 0 && name_at(i - 1));
    subject || object || loser || home || away
}

/// Whether an appositive that starts at token `from` says what company a name is: "the" or "a"
/// (and words that qualify it, a possessive among them) before a company's noun in lower case
/// ("the world's largest home improvement chain", "a Danish drugmaker"), before its comma.
pub(super) fn company_follows(doc: &Document, from: usize) -> bool {
    if !matches!(doc.key(from), "the" | "a" | "an") {
        return false;
    }
    for i in from + 1..from + 10 {
        match doc.key(i) {
            // The appositive's noun comes before its prepositions ("Kieffer, the only junior in
            // the group").
            "," | "." | "" | "that" | "which" | "who" | "of" | "for" | "and" | "in" | "at" | "on" | "with" | "from"
            | "by" => return false,
            // "NetChoice, a trade group whose members include …".
            key if doc.keys.has(i, keys::STARTS_LOWER) && is_company_noun(key) => {
                return matches!(doc.key(i + 1), "," | "." | "" | "whose" | "that" | "which")
            }
            _ => {}
        }
    }
    false
}

/// Whether an appositive that starts at token `from` gives a person's office: "the", "a" or a
/// possessive ("the CBI's", "Apple's") before a title in lower case ("chief executive",
/// "spokeswoman"), before its closing comma.
fn office_follows(doc: &Document, from: usize) -> bool {
    let mut determined = matches!(doc.key(from), "the" | "a" | "an");
    for i in from..from + 10 {
        match doc.key(i) {
            "," | "." | "" => return false,
            "'s" | "’s" => determined = true,
            _ if determined && doc.keys.has(i, keys::STARTS_LOWER) && doc.is(i, &TITLES) => return true,
            _ => {}
        }
    }
    false
}

/// Whether token `i` is a capitalised word whose period the tokenizer left apart and which the
/// place lists know with it ("Ill.", "Pa.": "ill" and "pa" are words of their own).
pub(super) fn abbreviated_state(doc: &Document, i: usize) -> bool {
    let glued = doc.tokens.get(i).zip(doc.tokens.get(i + 1)).is_some_and(|(word, dot)| word.end == dot.start);
    glued
        && doc.word(i + 1) == "."
        && doc.is_capitalised_word(i)
        && doc.word(i).len() <= 4
        && gazetteer::lists(&format!("{}.", doc.key(i))).place()
}

/// The keys of `range` joined as the gazetteers list multi-word names (see
/// [`Document::keys_into`]).
fn joined_keys(doc: &Document, range: Range<usize>) -> String {
    let mut joined = String::with_capacity(range.len() * 8);
    doc.keys_into(range, &mut joined);
    joined
}

/// A word with a capital inside, after two lower-case letters ("UniCredit", "BlackRock",
/// "PayPal", "YouTube"): a company's or a brand's way of writing. A name's prefix comes sooner
/// ("McConnell", "DeSantis", "LaGuardia") or is "Mac" or "Fitz" ("MacArthur", "FitzGerald").
fn brand_shaped(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && !word.starts_with("Mac")
        && !word.starts_with("Fitz")
        && b.windows(3).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase() && w[2].is_ascii_uppercase())
}

/// An acronym that may name an organization ("NATO", "ACLU"): letters only, and not a shouted
/// common word ("UNLESS") or an acronym of a thing ("HTML", "GMT", "IQ").
fn is_acronym(doc: &Document, i: usize) -> bool {
    let word = doc.word(i);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '-'))
        && !(letters > 3 && doc.lists(i).common_word())
        && !doc.is(i, &THING_ACRONYMS)
}

/// Whether a run of two to four words is shaped like a person's name: each word capitalised
/// with lower-case letters after the first (or an initial, or a particle), none a known place,
/// organization, nationality or title, and a first word that is not a common English word
/// unless it is a given name ("Mark Zuckerberg" but not "Black Widow" or "Epic Mickey").
#[inline(never)]
fn person_shaped(doc: &Document, range: Range<usize>) -> bool {
    let mut words = 0;
    for (k, i) in range.clone().enumerate() {
        let key = doc.key(i);
        let word = doc.word(i);
        if doc.is(i, &PARTICLES) && k > 0 {
            continue;
        }
        let initial = word.len() <= 3 && word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() == 1;
        if initial {
            continue;
        }
        words += 1;
        let letters_only = word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase);
        // "PlayStation", "YouTube": a capital inside a word (other than "McDonald", "DeSantis",
        // "Shin-Wook") is a brand's.
        let inner_capital = word.split('-').any(|part| part.chars().skip(3).any(char::is_uppercase));
        if !letters_only || !capitalised || inner_capital {
            return false;
        }
        let lists = doc.lists(i);
        if lists.place()
            || lists.organization()
            || lists.demonym()
            || doc.is(i, &TITLES)
            || doc.is(i, &ORG_SUFFIXES)
            || doc.is(i, &PLACE_SUFFIXES)
        {
            return false;
        }
        // "Black Widow", "Iodine Deficiency Disorders": a common word that no list knows as a
        // given name (first) or a surname (a plural later) makes it a thing's name.
        // Later words may be common ("Melania Trump") unless a plural no surname list knows.
        let thing_word = if k == 0 { !lists.given_name() } else { key.ends_with('s') && !lists.surname() };
        if lists.common_word() && thing_word {
            return false;
        }
    }
    (2..=4).contains(&words)
}

/// Which tokens of a multi-word name are its parts, for merging "Donald Trump" with
/// "Trump": the words without initials and suffixes like "Jr.", pushed onto `out`.
#[inline(never)]
pub(super) fn push_name_parts<'a>(doc: &Document<'a>, range: Range<usize>, out: &mut Vec<&'a str>) {
    // "U. S.", "U. N." (spaced as in older copy): initials only, known together as one name.
    if range.len() > 1 && range.clone().all(|i| is_initial(doc.key(i))) {
        if let Some(key) = gazetteer::listed_key(&joined_keys(doc, range.clone())) {
            out.push(key);
            return;
        }
    }
    out.extend(range.map(|i| doc.key(i)).filter(|k| !is_initial(k) && !is_generational_suffix(k)));
}
