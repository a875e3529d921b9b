//! Candidate names: runs of capitalised words, cut at titles and trimmed of what CoNLL
//! leaves outside a name (titles, a leading "the", sentence-initial common words).

use std::ops::Range;

use crate::sentences::SentenceSpan;
use crate::tokens::{Token, TokenKind};

use super::fold;
use super::gazetteer;
use super::keys::{self, Keys};
use super::lexicon::*;
use crate::hash::FastMap;

/// A candidate name: a contiguous run of tokens.
pub(super) struct Candidate {
    pub tokens: Range<usize>,
    /// A title stood right before it ("Sen. Schumer").
    pub titled: bool,
    /// It stands in a headline or a line in capitals, where capitals say nothing.
    pub shouted: bool,
}

/// What the whole text tells about its words.
pub(super) struct Document<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub keys: &'a Keys<'a>,
    /// By key id: `LOWER` if the word is seen in lower case (a capitalised sentence opener
    /// among them is no name), `CAPITALISED` if seen capitalised inside a sentence of mixed case.
    seen: Vec<u8>,
    /// By sentence: a headline or a line in capitals.
    shouting: Vec<bool>,
    /// Tokens a pattern (date, money...) took.
    pub taken: Vec<bool>,
}

const LOWER: u8 = 1;
const CAPITALISED: u8 = 2;
/// How near (in bytes) to "Hurricane Milton" a lone "Milton" is the storm: a long text may
/// hold other stories, and people named as storms are.
const STORM_REACH: usize = 20_000;

impl<'a> Document<'a> {
    #[inline(never)]
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        keys: &'a Keys<'a>,
        sentences: &[SentenceSpan],
        taken: Vec<bool>,
    ) -> Self {
        let seen = vec![0; keys.len()];
        let mut doc = Document { text, tokens, keys, seen, shouting: Vec::with_capacity(sentences.len()), taken };
        for s in sentences {
            let shouting = doc.is_shouting(s.tokens.clone());
            doc.shouting.push(shouting);
            let opener = doc.first_word(s.tokens.clone());
            for i in s.tokens.clone() {
                if doc.kind(i) != Some(TokenKind::Word) {
                    continue;
                }
                let mark = if keys.has(i, keys::STARTS_LOWER) {
                    LOWER
                } else if !shouting && Some(i) != opener && !doc.after_opening_mark(i) {
                    CAPITALISED
                } else {
                    continue;
                };
                if let Some(seen) = keys.id(i).and_then(|k| doc.seen.get_mut(k as usize)) {
                    *seen |= mark;
                }
            }
        }
        doc
    }

    /// Whether the key of token `i` is marked `mark` in `seen`.
    fn seen(&self, i: usize, mark: u8) -> bool {
        self.keys.id(i).and_then(|k| self.seen.get(k as usize)).is_some_and(|s| s & mark != 0)
    }

    /// Whether list `list` holds the key of token `i`.
    pub fn is(&self, i: usize, list: &Words) -> bool {
        self.keys.is(i, list)
    }

    /// The gazetteers that hold the key of token `i`.
    pub fn lists(&self, i: usize) -> gazetteer::Lists {
        self.keys.lists(i)
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    pub fn key(&self, i: usize) -> &'a str {
        self.keys.key(i)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn first_word(&self, range: Range<usize>) -> Option<usize> {
        range.into_iter().find(|&i| self.kind(i) == Some(TokenKind::Word))
    }

    /// Where a name goes on past a nickname in quote marks after the given name at `given`
    /// ("Jimmy “Popeye” Doyle", "Earvin “Magic” Johnson"): the token after the surname that
    /// follows the nickname.
    fn nickname_after(&self, given: usize) -> Option<usize> {
        let mark =
            |i: usize, marks: &[&str]| self.kind(i) == Some(TokenKind::Punctuation) && marks.contains(&self.word(i));
        // Double marks only: a single one is as often an apostrophe ("Handlers' Ass'ns'").
        if !mark(given + 1, &["“", "\""]) {
            return None;
        }
        let words = (given + 2..given + 5).take_while(|&i| self.is_capitalised_word(i)).count();
        let close = given + 2 + words;
        let surname = close + 1;
        // A given name the lists know, or a surname they know after it ("Earvin “Magic” Johnson").
        let named = self.lists(given).given_name() || self.lists(surname).surname();
        (words > 0
            && named
            && mark(close, &["”", "\""])
            && self.is_capitalised_word(surname)
            && !self.line_break_before(given + 1))
        .then_some(surname + 1)
    }

    /// After a quote mark, a bracket, a colon or a dash a capital may just open a clause.
    fn after_opening_mark(&self, i: usize) -> bool {
        i > 0
            && self.kind(i - 1) == Some(TokenKind::Punctuation)
            && matches!(self.word(i - 1), "\"" | "“" | "‘" | "'" | ":" | "—" | "–" | "-" | "--" | "«" | "•" | "*")
    }

    /// A headline or a line in capitals: capitals there say nothing.
    fn is_shouting(&self, range: Range<usize>) -> bool {
        let (mut words, mut caps) = (0, 0);
        for i in range {
            if self.kind(i) == Some(TokenKind::Word) && self.keys.has(i, keys::LETTERS_2) {
                words += 1;
                if self.keys.has(i, keys::ALL_CAPS) {
                    caps += 1;
                }
            }
        }
        words >= 2 && caps * 4 >= words * 3
    }

    /// Whether a line break separates token `i` from the one before: a name never spans
    /// lines (captions, headlines and bylines sit on lines of their own).
    pub fn line_break_before(&self, i: usize) -> bool {
        crate::tokens::line_breaks_before(self.text, self.tokens, i) > 0
    }

    /// Whether the word of token `i` is a known name of any kind.
    pub fn is_known(&self, i: usize) -> bool {
        let lists = self.lists(i);
        lists.place() || lists.organization() || lists.given_name() || lists.surname()
    }

    pub fn is_capitalised_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && !self.taken.get(i).copied().unwrap_or(true)
            && self.keys.has(i, keys::NAME_LIKE)
    }

    /// A lower-case word that may stand inside a name ("University of Oxford", "Ludwig van
    /// Beethoven", "AT&T").
    fn joins(&self, prev: usize, i: usize) -> bool {
        let key = self.key(i);
        match key {
            "&" => true,
            "of" | "for" => self.is(prev, &ORG_HEADS) || self.is(prev, &PLACE_HEADS),
            // "Council on Foreign Relations".
            "on" => {
                matches!(self.key(prev), "council" | "committee" | "commission" | "conference" | "center" | "centre")
            }
            _ => self.is(i, &PARTICLES) && self.keys.has(i, keys::STARTS_LOWER),
        }
    }
}

impl Document<'_> {
    /// Whether token `i` is an "of" or a "for" that may go on with an organization's name
    /// once the name has one after its head.
    fn joins_complement(&self, i: usize) -> bool {
        matches!(self.key(i), "of" | "for") && self.keys.has(i, keys::STARTS_LOWER)
    }

    /// Whether the possessive at token `clitic` is inside an institution's name that runs from
    /// `start`: a saint's ("St. John's College"), an ordinary word's or an office's, anywhere in
    /// the name ("Children's Hospital", "United Nations Children's Fund", "Santa Fe County
    /// Sheriff's Office"), before the institution's word. Not a person's ("Biden's Department
    /// of Justice", "Blanchard's Chapel"), nor a place's ("Maryland's Secretary of State"), and
    /// the word after it ends an institution's name ("the State's Federal share" is no name).
    fn possessive_in_name(&self, start: usize, clitic: usize) -> bool {
        let Some(owner) = clitic.checked_sub(1) else {
            return false;
        };
        let saint = owner > start && matches!(self.key(owner - 1), "st." | "st" | "saint");
        let lists = self.lists(owner);
        let ordinary = (lists.common_word() && !lists.place() && !lists.given_name() || self.is(owner, &TITLES))
            && !self.is(owner, &ORG_SUFFIXES);
        // "Cook County State's Attorney's Office": the office of a State's Attorney.
        let states_attorney = self.key(owner) == "state"
            && self.key(clitic + 1) == "attorney"
            && matches!(self.key(clitic + 2), "'s" | "’s")
            && self.is(clitic + 3, &ORG_SUFFIXES);
        self.kind(clitic) == Some(TokenKind::Clitic)
            && matches!(self.key(clitic), "'s" | "’s")
            && self.is_capitalised_word(clitic + 1)
            && (self.is(clitic + 1, &ORG_SUFFIXES) && (saint || ordinary) || states_attorney)
    }

    /// Whether the possessive at token `clitic` ends a company's name the lists know with it
    /// ("McDonald's", "Moody's Analytics", "Trader Joe's"): the run from `start` and its "'s".
    /// Not a person's ("Trump's", "Bob McDonald's"), whom the lists do not hold so.
    fn ends_a_possessive_name(&self, start: usize, clitic: usize, phrase: &mut String) -> bool {
        if self.kind(clitic) != Some(TokenKind::Clitic) || self.key(clitic) != "'s" {
            return false;
        }
        // The whole run is looked up (after a sentence's "The"), so "Jack Lowe's" is a person's.
        let start = if self.key(start) == "the" { start + 1 } else { start };
        if clitic <= start {
            return false;
        }
        self.keys_into(start..clitic + 1, phrase);
        gazetteer::lists(phrase).organization()
    }

    /// Whether a known place or another organization starts at token `i`, after a "the" if
    /// there is one. Once an organization's name has its complement, "of the United States"
    /// says where it is and "of the Government of India" whose it is: neither is part of the
    /// name ("Department of Economic Affairs").
    fn starts_another_name(&self, i: usize, phrase: &mut String) -> bool {
        let i = if self.key(i) == "the" { i + 1 } else { i };
        if self.lists(i).place() || self.is(i, &ORG_HEADS) {
            return true;
        }
        self.keys_into(i..i + 2, phrase);
        is_known_place_or_organization(phrase) && gazetteer::lists(phrase).place()
    }

    /// The keys of `range` joined into `phrase` as the lists write names of several words: by
    /// single spaces, but initials run together ("U. S. Army" is "u.s. army") and a possessive
    /// with its owner ("McDonald's").
    pub fn keys_into(&self, range: Range<usize>, phrase: &mut String) {
        phrase.clear();
        for i in range.clone() {
            let clitic = self.kind(i) == Some(TokenKind::Clitic);
            if i > range.start && !clitic && !(is_initial(self.key(i - 1)) && is_initial(self.key(i))) {
                phrase.push(' ');
            }
            phrase.push_str(self.key(i));
        }
    }

    /// Whether "of the" at `of` only says where a whole name that runs from `start` is:
    /// "Colorado State University of the US" is Colorado State University, in the US. A name of
    /// one word is not whole ("University of the West Indies"), and the place must be a listed
    /// one of one word. (Past a complement, [`Self::starts_another_name`] keeps "of the UK" out
    /// of "University of Sheffield".)
    fn names_its_country(&self, start: usize, of: usize) -> bool {
        self.key(of) == "of"
            && of >= start + 2
            && (self.is(of - 1, &ORG_SUFFIXES) || self.is(of - 1, &ORG_HEADS))
            && self.lists(of + 2).place()
            && !self.is_capitalised_word(of + 3)
    }

    /// Where a name that runs from `start` goes on past an "and" at `and`, if it does: when an
    /// acronym in brackets after it spells the whole ("Immigration and Customs Enforcement
    /// (ICE)"), when it is an "X of Y" organization ("Department of Health and Human
    /// Services"), or when one word and a name with an organization suffix ("Food and Drug
    /// Administration"). Looks at most six words ahead.
    fn joins_and(&self, start: usize, and: usize, limit: usize) -> Option<usize> {
        if self.key(and) != "and" || !self.keys.has(and, keys::STARTS_LOWER) || self.line_break_before(and) {
            return None;
        }
        // A sentence's capitalised "The" is in the run but not in the name ("The Centers for
        // Disease Control and Prevention"), nor is a country before it ("U.S. Food and Drug
        // Administration"; "Maryland Rotarians and National Press Club" are two).
        let start = if self.key(start) == "the" && start + 1 < and { start + 1 } else { start };
        // An abbreviated country always qualifies what follows ("U.S. Securities and Exchange
        // Commission", "U.S. Customs and Border Protection").
        let country = start + 1 < and
            && self.lists(start).place()
            && (!self.key(start + 1).ends_with('s') || self.key(start).ends_with('.'));
        let start = if country { start + 1 } else { start };
        let mut stop = and + 1;
        // A title ends the name ("Health and Human Services Secretary Robert F. Kennedy Jr.").
        while stop < limit
            && stop < and + 7
            && self.is_capitalised_word(stop)
            && !self.line_break_before(stop)
            && !(stop > and + 1 && self.is(stop, &TITLES))
        {
            stop += 1;
        }
        if stop == and + 1 {
            return None;
        }
        let known = |i: usize| {
            let lists = self.lists(i);
            lists.place() || lists.organization() || lists.demonym()
        };
        if (and + 1..stop).any(known) {
            return None;
        }
        // The acronym in brackets.
        if self.word(stop) == "(" && self.word(stop + 2) == ")" && self.keys.has(stop + 1, keys::ALL_CAPS) {
            let acronym = self.word(stop + 1).chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase());
            let initials = (start..stop)
                .map(|i| self.key(i))
                .filter(|k| !matches!(*k, "and" | "of" | "for" | "on" | "the" | "&"))
                .flat_map(|k| k.split('-').filter_map(|p| p.chars().next()));
            if acronym.eq(initials) {
                return Some(stop);
            }
        }
        // The head may follow a word that qualifies it ("International Association of
        // Machinists and Aerospace Workers").
        let of = (start + 1..and).find(|&i| matches!(self.key(i), "of" | "for" | "on"));
        let of_org = of.is_some_and(|of| self.is(start, &ORG_HEADS) || self.is(of - 1, &ORG_HEADS))
            && !(start + 1..and).any(known);
        // "Food and Drug Administration"; but "UCLA and Perkins School of Theology" are two.
        let suffixed = and == start + 1
            && !known(start)
            && !self.keys.has(start, keys::ALL_CAPS)
            && self.is(stop - 1, &ORG_SUFFIXES);
        (of_org || suffixed).then_some(stop)
    }
}

/// Finds the candidate names of the text, in text order.
#[inline(never)]
pub(super) fn find(doc: &Document, sentences: &[SentenceSpan]) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Room to join a few keys in, to look a phrase up in the gazetteers.
    let mut phrase = String::new();
    for (n, s) in sentences.iter().enumerate() {
        let range = s.tokens.clone();
        let shouting = doc.shouting.get(n).copied().unwrap_or(false);
        let opener = doc.first_word(range.clone());
        let mut i = range.start;
        while i < range.end {
            if !doc.is_capitalised_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            // Past an organization's head and its "of" or "for" ("Joint Council for the
            // Welfare"), a further "of" goes on with the name: "... of Immigrants".
            let mut complement = false;
            loop {
                if doc.line_break_before(end) {
                    break;
                }
                let joins = doc.joins(end - 1, end)
                    || complement && doc.joins_complement(end) && !doc.starts_another_name(end + 1, &mut phrase);
                let opens_complement = joins && doc.joins_complement(end) && doc.is(end - 1, &ORG_HEADS);
                if end < range.end && doc.is_capitalised_word(end) {
                    end += 1;
                } else if end < range.end && doc.ends_a_possessive_name(start, end, &mut phrase) {
                    // "McDonald's", "Moody's Investors Service".
                    end += 1;
                } else if end + 1 < range.end && doc.possessive_in_name(start, end) {
                    // "Children's Hospital of Philadelphia", "St. John's College".
                    end += 2;
                } else if end + 1 < range.end && joins && doc.is_capitalised_word(end + 1) {
                    complement |= opens_complement;
                    end += 2;
                } else if end + 2 < range.end && joins && doc.joins(end, end + 1) && doc.is_capitalised_word(end + 2) {
                    // Two particles: "Ursula von der Leyen", "Oscar de la Hoya".
                    end += 3;
                } else if let Some(stop) = doc.nickname_after(end - 1).filter(|&stop| stop < range.end) {
                    // "Jimmy “Popeye” Doyle", "Earvin “Magic” Johnson".
                    end = stop;
                } else if let Some(stop) = doc.joins_and(start, end, range.end) {
                    // "Immigration and Customs Enforcement", "Department of Health and Human
                    // Services".
                    end = stop;
                } else if end + 2 < range.end
                    && joins
                    && doc.key(end + 1) == "the"
                    && doc.is_capitalised_word(end + 2)
                    && !doc.names_its_country(start, end)
                {
                    // "Daughters of the American Revolution".
                    complement |= opens_complement;
                    end += 3;
                } else {
                    break;
                }
            }
            // "a Booker Prize-winner", "a Goldman Sachs-backed fund": the run opens a compound
            // modifier, and names nothing by itself.
            // (The keys mark such a word capitalised but not name-like, as they mark a few
            // others; only those are asked again.)
            let modifier = end < range.end
                && doc.keys.has(end, keys::STARTS_UPPER)
                && !doc.keys.has(end, keys::NAME_LIKE)
                && !doc.line_break_before(end)
                && is_compound_modifier(doc.word(end));
            if modifier {
                i = end;
                continue;
            }
            let ambiguous_start = Some(start) == opener || doc.after_opening_mark(start);
            if shouting {
                let first = out.len();
                shouted_run(doc, start..end, &mut out, &mut phrase);
                for c in out.iter_mut().skip(first) {
                    c.shouted = true;
                }
            } else {
                run(doc, start..end, ambiguous_start, &mut out, &mut phrase);
            }
            i = end;
        }
    }
    drop_storms(doc, &mut out);
    out
}

/// Takes out storms ("Hurricane Milton"), which are events (CoNLL's MISC), and the storm's name
/// alone after it ("Milton weakened") within `STORM_REACH`.
fn drop_storms(doc: &Document, candidates: &mut Vec<Candidate>) {
    // By the storm's name's key, where it was last named as a storm (a u32 offset: the map
    // type the entity keys use already, no new code for another).
    let mut storms: FastMap<&str, u32> = FastMap::default();
    candidates.retain(|c| {
        let first = c.tokens.start;
        let at = doc.tokens.get(first).map_or(0, |t| t.start) as u32;
        // "Hurricane Milton", or "Milton" after a "Hurricane" that opened its sentence and was
        // left out of the name as a common word.
        let name = if doc.is(first, &STORMS) {
            Some(first + 1)
        } else {
            let after_storm = first > 0 && doc.keys.has(first - 1, keys::STARTS_UPPER) && doc.is(first - 1, &STORMS);
            after_storm.then_some(first)
        };
        if let Some(name) = name {
            storms.insert(doc.key(name), at);
            return false;
        }
        let storm = || storms.get(doc.key(first)).is_some_and(|&named| (at.abs_diff(named) as usize) < STORM_REACH);
        !(c.tokens.len() == 1 && !storms.is_empty() && storm())
    });
}

/// In a line of capitals keep only the words the rest of the text or a gazetteer knows.
fn shouted_run(doc: &Document, range: Range<usize>, out: &mut Vec<Candidate>, phrase: &mut String) {
    let known = |i: usize| {
        doc.seen(i, CAPITALISED) || {
            let lists = doc.lists(i);
            lists.place() || lists.organization()
        }
    };
    let mut i = range.start;
    while i < range.end {
        // "NEW YORK", "UNITED ARAB EMIRATES": a known name of a few words.
        let mut stop = i;
        phrase.clear();
        for j in i..range.end.min(i + 4) {
            if j > i {
                phrase.push(' ');
            }
            phrase.push_str(doc.key(j));
            if j > i && is_known_place_or_organization(phrase) {
                stop = j + 1;
            }
        }
        if stop == i {
            if !known(i) {
                i += 1;
                continue;
            }
            stop = i + 1;
            while stop < range.end && known(stop) {
                stop += 1;
            }
        }
        run(doc, i..stop, false, out, phrase);
        i = stop;
    }
}

/// Whether the title word at token `i`, in a run `start..end`, is a surname instead: one the
/// lists know as a surname, after a given name or an initial, at the run's end or before "Jr."
/// ("Stephen King", "Martin Luther King Jr.", "John Major"; not "King Charles").
fn is_surname_not_title(doc: &Document, start: usize, i: usize, end: usize) -> bool {
    let after_given = i > start && {
        let before = doc.key(i - 1);
        doc.lists(i - 1).given_name() || (before.len() <= 4 && before.ends_with('.'))
    };
    let last = i + 1 == end || is_generational_suffix(doc.key(i + 1));
    after_given && last && doc.lists(i).surname()
}

/// Trims one run of capitalised words and cuts it at titles.
/// `phrase` is room to join a few keys in, reused from run to run.
fn run(doc: &Document, range: Range<usize>, ambiguous_start: bool, out: &mut Vec<Candidate>, phrase: &mut String) {
    let mut start = range.start;
    // "a Bronx Democrat", "the Texas Republican": a party's member is described by where they
    // come from; the party's noun is no part of a name.
    let party_member = range.len() >= 2 && is_party_member(doc.key(range.end - 1));
    let end = if party_member { range.end - 1 } else { range.end };
    // An opener joined to the rest by "and" is part of the name: the join was checked
    // ("Health and Human Services Secretary ...").
    // So is one that owns the name ("Women's Bureau").
    let joined = start + 1 < end
        && (doc.key(start + 1) == "and" && doc.keys.has(start + 1, keys::STARTS_LOWER)
            || doc.kind(start + 1) == Some(TokenKind::Clitic));
    if ambiguous_start && start < end && !joined && is_common_opener(doc, start, end, phrase) {
        start += 1;
    }
    // "The", "A": not part of the name.
    while start < end && matches!(doc.key(start), "the" | "a" | "an") {
        start += 1;
    }
    // "Democrat Joe Smith": the party's noun before a person's given name.
    if end - start >= 3 && is_party_member(doc.key(start)) && doc.lists(start + 1).given_name() {
        start += 1;
    }
    let mut titled = range.start > 0 && doc.is(range.start - 1, &TITLES);
    // Cut after the last title that has a name after it.
    let mut i = start;
    while i < end {
        let org_follows = i + 1 < end && doc.is(i + 1, &ORG_SUFFIXES);
        // "King's College": a title that owns a name is no title.
        let owns = doc.kind(i + 1) == Some(TokenKind::Clitic);
        if doc.is(i, &TITLES) && i + 1 < end && !org_follows && !owns && !is_surname_not_title(doc, start, i, end) {
            // What stands before the title ("New York City Mayor") is a name of its own once
            // the title's modifiers ("Prime", "Foreign") are gone.
            let mut before = i;
            while before > start && is_title_word_at(doc, before - 1) {
                before -= 1;
            }
            // "Minister for Foreign Affairs Penny Wong", "Secretary of State for Educational and
            // Cultural Affairs": an office named by "for" or "on" goes on to the person's given
            // name, or is all there is to the run.
            let office_for = if doc.key(i + 1) == "of" { i + 3 } else { i + 1 };
            if matches!(doc.key(office_for), "for" | "on") && doc.keys.has(office_for, keys::STARTS_LOWER) {
                let Some(person) = person_after_office(doc, office_for + 1..end) else {
                    // "United Nations High Commissioner for Refugees" is the agency; an office
                    // alone ("Commissioner for Human Rights") is no name.
                    if before > start {
                        emit(doc, start..end, false, out);
                    }
                    return;
                };
                if before > start {
                    emit(doc, start..before, false, out);
                }
                start = person;
                titled = true;
                i = person;
                continue;
            }
            // "City Solicitor David Berger": a lone ordinary word before the title is part of
            // the office, no name.
            let ordinary = before == start + 1 && {
                let lists = doc.lists(start);
                lists.common_word() && !lists.place() && !lists.organization()
            };
            if before > start && !ordinary {
                emit(doc, start..before, false, out);
            }
            let mut name = i + 1;
            // "the President and Defense Department spokesmen": the title stands alone, and what
            // follows the "and" is a name of its own.
            if matches!(doc.key(name), "and" | "or") && doc.keys.has(name, keys::STARTS_LOWER) {
                start = name + 1;
                titled = false;
                i = name + 1;
                continue;
            }
            // "Secretary of State Mike Pompeo".
            let of = doc.key(name) == "of";
            if of {
                name = (name + 2).min(end);
            }
            // "Chief Executive Kelly Ortberg", "Secretary of the Treasury Douglas Dillon": words
            // that qualify a title may follow it; after "of", only before a given name ("Director
            // of the National Iodine Nutrition study").
            let mut past = name;
            while past + 1 < end && doc.is(past, &TITLE_MODIFIERS) && !doc.is(past, &TITLES) {
                past += 1;
            }
            if !of || doc.lists(past).given_name() {
                name = past;
            }
            // "Director of the Australian National Iodine Nutrition Study": after "of the" comes
            // the office's organization, and no person without a given name ("Director of the FBI
            // James Comey" is split after the known name further on).
            if of && doc.key(i + 2) == "the" && !(name..end.saturating_sub(1)).any(|g| doc.lists(g).given_name()) {
                start = name;
                titled = false;
                i = name;
                continue;
            }
            // "Minister of External Affairs": the office's last word, a common word, is all
            // that is left, and no person.
            let lists = doc.lists(name);
            if of && name + 1 == end && lists.common_word() && !lists.surname() && !lists.given_name() {
                return;
            }
            start = name;
            titled = true;
            i = name;
            continue;
        }
        i += 1;
    }
    // Trailing titles ("the U.S. President") are not names.
    let mut stop = end;
    while stop > start && doc.is(stop - 1, &TITLES) && !is_surname_not_title(doc, start, stop - 1, end) {
        stop -= 1;
        // And the words that qualify them ("the South African Prime Minister").
        // (Not a place: "the U.S. President" names the U.S.)
        while stop > start
            && doc.is(stop - 1, &TITLE_MODIFIERS)
            && !doc.is(stop - 1, &TITLES)
            && !doc.lists(stop - 1).place()
        {
            stop -= 1;
        }
    }
    // "(Ambassador to the) United States Hamdullah Mohib": a known place or organization
    // followed by a name that does not continue it is two names.
    if let Some(cut) = known_head(doc, start..stop, phrase) {
        emit(doc, start..cut, false, out);
        start = cut;
    }
    // "Google Chrome", "the Google Science Fair": the company, then what it makes or holds.
    // ("GOP Sen. Bob Dole" was cut at the title; "GOP John Smith" goes on to the person.)
    if let Some(cut) = company_before_its_product(doc, start..stop, phrase) {
        emit(doc, start..cut, false, out);
        if !doc.lists(cut).given_name() && !doc.lists(stop - 1).surname() {
            return;
        }
        start = cut;
    }
    // "CEO of the Refugee Council Enver Solomon told": an organization, then its person.
    if let Some(cut) = suffix_before_name(doc, start..stop) {
        emit(doc, start..cut, false, out);
        start = cut;
        titled = true;
    }
    // "Scientologist Tom Cruise", "Methodist John Wesley": a follower is described, not named.
    let follower = doc.word(start).len() >= 7 && doc.key(start).ends_with("ist") && !doc.is_known(start);
    if follower && stop - start >= 3 && doc.lists(start + 1).given_name() {
        start += 1;
        titled = true;
    }
    if let Some(name) = description_before_name(doc, start..stop) {
        start = name;
        titled = true;
    }
    // "President of Baseball Operations John Mozeliak": after a title and "of", the words
    // before a given name are the office ("of" joins a title to nothing, so the run starts
    // after it).
    let after_title_of = start == range.start
        && start >= 2
        && doc.key(start - 1) == "of"
        && doc.keys.has(start - 1, keys::STARTS_LOWER)
        && doc.is(start - 2, &TITLES);
    if after_title_of && stop - start >= 3 {
        if let Some(given) = (start + 1..stop - 1).find(|&i| doc.lists(i).given_name()) {
            start = given;
            titled = true;
        }
    }
    emit(doc, start..stop, titled, out);
}

/// Where the name starts in a run that opens with ordinary words before a given name and a
/// surname: "Olympic Diving Champion Zoe Ann Olsen" describes Zoe Ann Olsen with a title no
/// list holds. The run must end in a known surname ("San Joaquin Valley", "Temple Beth El"
/// stay whole); every word before the given name must be a common English word, and neither a
/// given name, a place nor a word that opens a place's name ("Fort Ethan Allen"); the given
/// name must not be a common word itself ("Will", "Bill", "May" stay out).
fn description_before_name(doc: &Document, range: Range<usize>) -> Option<usize> {
    let last = range.end.checked_sub(1)?;
    // "Royal Albert Hall": a surname that ends places and organizations too.
    let ends_other_name = ends_place_organization_or_event(doc, last);
    if range.len() < 3 || !doc.lists(last).surname() || ends_other_name {
        return None;
    }
    let given = (range.start + 1..range.end - 1).find(|&i| {
        let lists = doc.lists(i);
        lists.given_name() && !lists.common_word()
    })?;
    (range.start..given)
        .all(|i| {
            let lists = doc.lists(i);
            // Surnames may be common words too ("Champion", "Baker"): they may describe.
            (lists.common_word() || doc.is(i, &PERSON_NOUNS))
                && !lists.given_name()
                && !lists.place()
                && !doc.is(i, &PLACE_PREFIXES)
        })
        .then_some(given)
}

/// Where a run splits after a known place or organization that opens it, when what follows
/// looks like a name of its own (two or three words, the first not a word of the known name's
/// kind and the last no organization or place suffix: "United States Navy" stays whole).
fn known_head(doc: &Document, range: Range<usize>, phrase: &mut String) -> Option<usize> {
    let len = range.end.checked_sub(range.start)?;
    if len < 3 {
        return None;
    }
    if ends_place_organization_or_event(doc, range.end - 1) {
        return None;
    }
    phrase.clear();
    let mut cut = None;
    // Known names are short: four words at most keeps this linear.
    for i in range.start..range.end.min(range.start + 4) {
        if i > range.start {
            phrase.push(' ');
        }
        phrase.push_str(doc.key(i));
        let rest = range.end - (i + 1);
        if (2..=3).contains(&rest) && is_known_place_or_organization(phrase) {
            cut = Some(i + 1);
        }
    }
    let cut = cut?;
    // "George H. Reama", "Virginia Woolf Smith": a one-word place that is also a given name
    // opens a person's name rather than standing before one.
    if cut == range.start + 1 && doc.lists(range.start).given_name() {
        return None;
    }
    let rest_is_name = (cut..range.end).all(|i| {
        let key = doc.key(i);
        !doc.is(i, &PARTICLES) && key != "of" && key != "&" && key != "for" && !doc.lists(i).place()
    }) && {
        let lists = doc.lists(cut);
        lists.given_name() || !lists.common_word()
    };
    rest_is_name.then_some(cut)
}

/// Where a known company's one-word name ends when one or two words after it name one of its
/// products or events ("Google Chrome", "Google Science Fair", "Sony PlayStation"), which are
/// no names of a kind (CoNLL's MISC) while the company is. Not when the whole is a known name,
/// an organization's ("Google Cloud Foundation") or a place's, nor when the company's name is
/// also a person's ("Ford Mustang", "Harrison Ford").
fn company_before_its_product(doc: &Document, range: Range<usize>, phrase: &mut String) -> Option<usize> {
    let first = doc.lists(range.start);
    if !(2..=3).contains(&range.len())
        || !first.organization()
        || first.place()
        || first.given_name()
        || first.surname()
    {
        return None;
    }
    let rest = range.start + 1..range.end;
    let product = rest.clone().all(|i| {
        doc.kind(i) == Some(TokenKind::Word)
            && !doc.is(i, &ORG_SUFFIXES)
            && !doc.is(i, &PLACE_SUFFIXES)
            && !doc.is(i, &ORG_HEADS)
            && !doc.lists(i).place()
    });
    doc.keys_into(range, phrase);
    (product && !is_known_place_or_organization(phrase)).then_some(rest.start)
}

/// Where a run splits after an organization's last word ("Council", "Association") that has a
/// person's name of two or three words after it: "Refugee Council Enver Solomon", "Norwegian
/// Refugee Council Jan Egeland said". The name must show it is a person's: a given name opens
/// it, a surname ends it, or a reporting verb follows the run.
fn suffix_before_name(doc: &Document, range: Range<usize>) -> Option<usize> {
    let last = range.end.checked_sub(1)?;
    if range.len() < 4 || ends_place_organization_or_event(doc, last) {
        return None;
    }
    // The organization has a word before its last ("City Solicitor David Berger" is no city
    // and a person).
    let cut = (range.end.saturating_sub(3)..range.end - 2)
        .rev()
        .chain((range.end >= 4).then(|| range.end - 4))
        .find(|&k| k > range.start && doc.is(k, &ORG_SUFFIXES))?
        + 1;
    let plain = (cut..range.end).all(|i| {
        let lists = doc.lists(i);
        !doc.is(i, &PARTICLES)
            && !matches!(doc.key(i), "of" | "for" | "on" | "&" | "and")
            && !lists.place()
            && !doc.is(i, &TITLES)
            && !ends_place_organization_or_event(doc, i)
    });
    let first = doc.lists(cut);
    let person = first.given_name() || doc.lists(last).surname() || doc.is(range.end, &REPORTING_VERBS);
    let name_like = first.given_name() || !first.common_word() && !doc.seen(cut, LOWER);
    (plain && person && name_like).then_some(cut)
}

/// Where the person starts after an office's words (`range`, after its "for" or "on"): at a
/// given name with a word after it (a given name that is a common word, "Penny", only before
/// a surname), or else at the last two words when the last is a surname or unknown and the
/// one before it unknown.
fn person_after_office(doc: &Document, range: Range<usize>) -> Option<usize> {
    let last = range.end.checked_sub(1)?;
    let given = (range.start..last).find(|&i| {
        let lists = doc.lists(i);
        lists.given_name() && (!lists.common_word() || doc.lists(i + 1).surname())
    });
    given.or_else(|| {
        let first = last.checked_sub(1).filter(|&first| first > range.start)?;
        // "International Development Anneliese Dodds": two words no list knows as ordinary
        // words, names or places end the run ("Human Rights", "Cultural Affairs" are the office).
        let unknown = |i: usize| {
            let lists = doc.lists(i);
            !lists.common_word() && !lists.place() && !lists.organization() && !ends_place_organization_or_event(doc, i)
        };
        ((doc.lists(last).surname() || unknown(last)) && unknown(first)).then_some(first)
    })
}

/// A word of a title, or one that qualifies it ("Prime", "Foreign", "French").
fn is_title_word_at(doc: &Document, i: usize) -> bool {
    doc.is(i, &TITLES) || doc.is(i, &TITLE_MODIFIERS) || doc.lists(i).demonym()
}

/// Whether the first word of a sentence is an ordinary word that only has a capital because
/// it opens the sentence.
fn is_common_opener(doc: &Document, start: usize, end: usize, phrase: &mut String) -> bool {
    let word = doc.word(start);
    let key = doc.key(start);
    if doc.keys.has(start, keys::ALL_CAPS) && word.chars().count() > 1 {
        return false;
    }
    // "New York City", "United Nations": the opener starts a known name.
    phrase.clear();
    phrase.push_str(key);
    // Known names are short: looking six words ahead keeps this linear.
    for i in start + 1..end.min(start + 6) {
        phrase.push(' ');
        phrase.push_str(doc.key(i));
        if is_known_place_or_organization(phrase) {
            return false;
        }
    }
    if doc.is(start, &STOP_WORDS) || doc.is(start, &COMMON_OPENERS) {
        return true;
    }
    // "Team Estonia", "Team USA": a country's side.
    if is_team_of_a_place(doc, start, end) {
        return false;
    }
    // "Bank of England Governor Andrew Bailey declined", in a text that also says "the bank":
    // the head of an organization's or place's "X of Y" name, not an ordinary word.
    let heads_a_name = (doc.is(start, &ORG_HEADS) || doc.is(start, &PLACE_HEADS))
        && doc.key(start + 1) == "of"
        && start + 2 < end
        && doc.is_capitalised_word(start + 2);
    // "Home Depot, the chain, said", "Defense Department officials": an opener before the word
    // that ends an organization's name.
    let names_an_organization = end == start + 2 && doc.is(start + 1, &ORG_SUFFIXES);
    if heads_a_name
        || names_an_organization
        || doc.is(start, &TITLES)
        || doc.is_known(start)
        || doc.lists(start).demonym()
    {
        return false;
    }
    if doc.seen(start, LOWER) {
        return true;
    }
    // A lone unknown word that never shows a capital inside a sentence: most likely an
    // ordinary word ("Results", "Protesters"), unless a reporting verb or ", who" follows
    // ("Macron, who arrived late, met the prince").
    let who = doc.key(end) == "," && matches!(doc.key(end + 1), "who" | "whose");
    // "Ubisoft, Microsoft, and PlayStation VR": the first of a list of names.
    let listed = doc.key(end) == "," && doc.is_capitalised_word(end + 1) && doc.is_known(end + 1);
    // "NetChoice, a trade group whose members …": an appositive says what the name is.
    let described = doc.key(end) == "," && super::classify::company_follows(doc, end + 1);
    end == start + 1 && !doc.seen(start, CAPITALISED) && !doc.is(end, &REPORTING_VERBS) && !who && !listed && !described
}

/// Whether a key is an initial: one letter and a period ("j.").
pub(super) fn is_initial(key: &str) -> bool {
    key.ends_with('.') && key.chars().count() <= 2
}

/// Whether `start..end` is "Team" and a known place ("Team Estonia", "Team USA"): a country's
/// or a city's side, an organization.
pub(super) fn is_team_of_a_place(doc: &Document, start: usize, end: usize) -> bool {
    end == start + 2 && doc.key(start) == "team" && {
        let (word, lists) = (doc.word(start + 1), doc.lists(start + 1));
        lists.place() || fold::is_all_caps(word) && gazetteer::lists_with_periods(word).place()
    }
}

fn emit(doc: &Document, range: Range<usize>, titled: bool, out: &mut Vec<Candidate>) {
    if range.is_empty() {
        return;
    }
    if range.clone().all(|i| doc.lists(i).demonym() || doc.is(i, &TITLES)) {
        return;
    }
    // "South Korean President Yoon Suk Yeol": a nationality of two words.
    // (A person's given name opens most runs of two words: no need to look those up.)
    if range.len() == 2 && !doc.lists(range.start).given_name() && !doc.is(range.start, &TITLES) {
        let mut phrase = String::new();
        doc.keys_into(range.clone(), &mut phrase);
        if gazetteer::lists(&phrase).demonym() {
            return;
        }
    }
    // Events, laws and awards are neither people, organizations nor places (CoNLL's MISC).
    if range.len() > 1 && doc.is(range.end - 1, &MISC_SUFFIXES) {
        return;
    }
    if range.len() == 1 {
        let (i, word, key) = (range.start, doc.word(range.start), doc.key(range.start));
        if doc.is(i, &NOT_NAMES) || doc.is(i, &MONTHS) || doc.is(i, &WEEKDAYS) {
            return;
        }
        // "Western allies", "Southern hospitality": a compass adjective alone names nothing ("the
        // West" does).
        if matches!(key, "western" | "eastern" | "northern" | "southern") {
            return;
        }
        // "the Brazillian teams", "an Orwellian scheme": an adjective made from a name, before
        // the noun it qualifies (CoNLL's MISC), when the lists know no one by that word.
        let adjective = word.len() > 5
            && ["ian", "ean", "ese"].iter().any(|end| key.ends_with(end))
            && !doc.is_known(i)
            && !doc.lists(i).given_name()
            && !doc.lists(i).surname()
            && doc.keys.has(i + 1, keys::STARTS_LOWER)
            && doc.kind(i + 1) == Some(TokenKind::Word)
            && !doc.is(i + 1, &STOP_WORDS)
            && !doc.is(i + 1, &REPORTING_VERBS)
            && !matches!(doc.key(i + 1), "model" | "models");
        if adjective {
            return;
        }
        // "H.B. 20", "S.B. 1070": a bill, by its number.
        if matches!(key, "h.b." | "s.b." | "h.r." | "a.b.") && doc.kind(i + 1) == Some(TokenKind::Number) {
            return;
        }
        // "part XVII": a number in Roman numerals.
        if doc.keys.has(i, keys::ALL_CAPS) && is_roman_numeral(word) {
            return;
        }
        // Party and state after a lawmaker's name ("D-N.Y.", "R-Texas").
        let party = word.len() > 2 && matches!(word.get(..2), Some("D-" | "R-" | "I-"));
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if party || letters < 2 && !titled {
            return;
        }
    }
    out.push(Candidate { tokens: range, titled, shouted: false });
}

/// A number in Roman numerals of two letters or more, up to 39 ("II", "XVII", "XXXIX"): a
/// part, a volume, a king's or a Super Bowl's number, never a name of its own.
fn is_roman_numeral(word: &str) -> bool {
    let b = word.as_bytes();
    let tens = b.iter().take_while(|&&c| c == b'X').count();
    let units = &b[tens..];
    let valid_units = matches!(units, b"" | b"I" | b"II" | b"III" | b"IV" | b"V" | b"VI" | b"VII" | b"VIII" | b"IX");
    b.len() >= 2 && tens <= 3 && valid_units
}

/// A word that ends the name of a place, an organization or an event ("Hall", "Council",
/// "Trophy").
fn ends_place_organization_or_event(doc: &Document, i: usize) -> bool {
    doc.is(i, &ORG_SUFFIXES) || doc.is(i, &PLACE_SUFFIXES) || doc.is(i, &MISC_SUFFIXES)
}

fn is_known_place_or_organization(phrase: &str) -> bool {
    let lists = gazetteer::lists(phrase);
    lists.place() || lists.organization()
}

/// "Scientology-related", "London-based": an adjective made from a name, not the name.
pub(super) fn is_compound_modifier(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "related"
                | "based"
                | "led"
                | "backed"
                | "owned"
                | "born"
                | "style"
                | "era"
                | "funded"
                | "linked"
                | "run"
                | "affiliated"
                | "controlled"
                | "made"
                | "allied"
                | "aligned"
                | "bound"
                | "centric"
                | "inspired"
                | "like"
                | "friendly"
                | "winning"
                | "winner"
                | "nominated"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::is_roman_numeral;

    #[test]
    fn roman_numerals_up_to_thirty_nine() {
        for numeral in ["II", "IV", "IX", "XVII", "XXXIX", "XX"] {
            assert!(is_roman_numeral(numeral), "{numeral}");
        }
        for word in ["I", "X", "XL", "IIII", "XXXX", "MIX", "VIX", "IXX", "CD"] {
            assert!(!is_roman_numeral(word), "{word}");
        }
    }
}
