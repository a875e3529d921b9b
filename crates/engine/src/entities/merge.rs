//! Merging the mentions of one entity: same name, full name and later surname ("Donald
//! Trump" ... "Trump"), name with middle initial, acronym and expansion ("New York Police
//! Department" ... "NYPD"). Every lookup goes through a HashMap keyed by a name part, so the
//! time stays linear in the number of mentions; output order never depends on HashMap order.

use std::borrow::Cow;
use std::ops::Range;

use crate::hash::FastMap;

use crate::report::{Entity, EntityKind};
use crate::span::Span;

use super::candidates::{Candidate, Document};
use super::classify::{self, Evidence};
use super::gazetteer;
use super::keys;
use super::lexicon::{among, LEGAL_FORMS, MONTHS, PARTICLES, PLACE_PREPOSITIONS, TITLES, TITLE_MODIFIERS};
use super::patterns::PatternMention;

/// A name mention ready to merge.
struct Named {
    span: Span,
    /// Its range in the list of all mentions' name parts.
    parts: Range<usize>,
    evidence: Evidence,
    all_caps: bool,
    /// What a title before it says of a person's sex ("Mr.", "Mrs.", "First Lady").
    female: Option<bool>,
    /// Whether that title is "Mrs.", which also stood before a husband's full name ("Mrs.
    /// Arthur Goldberg"): it tells of the mention, not of the full name's person.
    by_mrs: bool,
    /// After a word that puts a place next ("in", "from") or an article ("the Washington area",
    /// "its London season"), or before a comma and a month or a place ("London, July 4").
    place_cue: bool,
    /// In brackets, as an acronym stands after the name it spells ("the Reserve Bank of
    /// India's (RBI)").
    bracketed: bool,
}

/// Groups of mentions by one key each, joined with a union-find.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn add(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }
    fn root(&mut self, mut g: usize) -> usize {
        while let Some(&p) = self.parent.get(g) {
            if p == g {
                break;
            }
            // Path halving keeps the trees flat.
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(g) {
                *slot = grand;
            }
            g = p;
        }
        g
    }
    /// Joins `b` into `a`; `a` stays the root so the earlier group keeps its place.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            if let Some(slot) = self.parent.get_mut(rb) {
                *slot = ra;
            }
        }
    }
}

/// The entities of the names and pattern mentions, most mentioned first.
//
// In steps kept apart (`#[inline(never)]`): as one function this was 27 KB of WebAssembly,
// which V8's optimising compiler took ~200 ms over, in the background of a page's first
// analysis on two cores (its time grows faster than a function's size).
#[inline(never)]
pub(super) fn merge(doc: &Document, candidates: &[Candidate], patterns: Vec<PatternMention>) -> Vec<Entity> {
    let (all_parts, named) = named_mentions(doc, candidates);
    let (groups, assigned, quiet) = group(&all_parts, &named);
    let mut entities = collect(doc, &named, groups, &assigned, &quiet);
    // A person's mentions take in the titles before them.
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        for m in &mut entity.mentions {
            let first = doc.tokens.partition_point(|t| t.start < m.start);
            if let Some(title) = title_start(doc, first).and_then(|t| doc.tokens.get(t)) {
                m.start = title.start;
            }
        }
    }
    entities.extend(pattern_entities(doc, patterns));
    // Most mentioned first, then first mentioned first.
    crate::order::sort_by_key(&mut entities, |e| {
        crate::order::larger_first_then(e.count, e.mentions.first().map_or(0, |s| s.start))
    });
    entities
}

/// Every name mention ready to merge, and the name parts of all of them, one after another
/// (each mention holds its range).
#[inline(never)]
fn named_mentions<'a>(doc: &Document<'a>, candidates: &[Candidate]) -> (Vec<&'a str>, Vec<Named>) {
    let mut all_parts: Vec<&str> = Vec::with_capacity(candidates.len() * 2);
    let mut named: Vec<Named> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let start = doc.tokens.get(c.tokens.start).map(|t| t.start);
        // "Ill.", "Pa.": a state's abbreviation keeps the period the tokenizer left apart.
        let apart = c.tokens.len() == 1 && classify::abbreviated_state(doc, c.tokens.start);
        let last = if apart { c.tokens.end } else { c.tokens.end.saturating_sub(1) };
        let end = (!c.tokens.is_empty()).then(|| doc.tokens.get(last)).flatten().map(|t| t.end);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let from = all_parts.len();
        // "Chicago, Ill.", "Sacramento, Calif.": a state's abbreviation is the state.
        let state = (c.tokens.len() == 1).then(|| state_abbreviated(doc.key(c.tokens.start), apart)).flatten();
        match state {
            Some(state) => all_parts.push(state),
            None => classify::push_name_parts(doc, c.tokens.clone(), &mut all_parts),
        }
        if all_parts.len() == from || start >= end {
            all_parts.truncate(from);
            continue;
        }
        let word = doc.text.get(start..end).unwrap_or("");
        // One word in capitals ("NYPD", "U.S."), or initials written apart that make one ("U. S.").
        let one_word = c.tokens.len() == 1 || (all_parts.len() - from == 1 && all_parts[from].contains('.'));
        let title = c.tokens.start.checked_sub(1).map(|t| doc.key(t));
        named.push(Named {
            span: Span::new(start, end),
            parts: from..all_parts.len(),
            evidence: classify::evidence(doc, c),
            all_caps: one_word && super::fold::is_all_caps(word),
            female: title.and_then(title_says_female),
            by_mrs: matches!(title, Some("mrs." | "mrs")),
            place_cue: c.tokens.start.checked_sub(1).is_some_and(|b| {
                doc.is(b, &PLACE_PREPOSITIONS) || matches!(doc.key(b), "the" | "a" | "an" | "its" | "their" | "our")
            }) || (doc.key(c.tokens.end) == ","
                && (doc.is(c.tokens.end + 1, &MONTHS) || doc.lists(c.tokens.end + 1).place())),
            bracketed: c.tokens.start.checked_sub(1).is_some_and(|b| doc.word(b) == "("),
        });
    }
    (all_parts, named)
}

/// The first token of the capitalised title right before token `first` ("Professor Eastman",
/// "Prime Minister Rishi Sunak", "Ms Bauchtman"), if one stands there. A reader takes the title
/// as part of the mention, and news annotation (GUM's, for one) marks the whole of it; the
/// name itself stays without it.
fn title_start(doc: &Document, first: usize) -> Option<usize> {
    let mut at = first;
    // The title's own word next to the name, then up to two that qualify it; nothing qualifies
    // a title of courtesy ("Undersecretary for Education Mr. Toccafondi").
    while at > 0 && first - at < 3 {
        let i = at - 1;
        let courtesy = matches!(doc.key(at), "mr." | "mr" | "mrs." | "mrs" | "ms." | "ms" | "miss" | "dr." | "dr");
        let fits = doc.is(i, &TITLES) || (at < first && doc.is(i, &TITLE_MODIFIERS) && !courtesy);
        if !fits || !doc.keys.has(i, keys::STARTS_UPPER) {
            break;
        }
        at = i;
    }
    (at < first).then_some(at)
}

/// The mentions joined into groups (same key, full name and surname, acronym and expansion,
/// abbreviation with and without periods), the group each mention is assigned to, and which
/// mentions were given to a person against their own evidence, which must not then retype the
/// person ("Kennedy", a listed place, after "Robert F. Kennedy").
#[inline(never)]
fn group(all_parts: &[&str], named: &[Named]) -> (Groups, Vec<usize>, Vec<bool>) {
    let parts_of = |m: &Named| all_parts.get(m.parts.clone()).unwrap_or(&[]);
    let KeyGroups { mut groups, by_key, key_evidence, group_of } = key_groups(all_parts, named);
    let kind_of_key = |g: usize| key_evidence.get(g).copied().unwrap_or_default();
    // The first mention of each key. The mentions of one key have the same parts: what
    // depends on the parts alone is worked out once per key, not once per mention.
    let key_firsts: Vec<usize> = {
        let mut met = vec![false; key_evidence.len()];
        (0..named.len()).filter(|&i| met.get_mut(group_of[i]).is_some_and(|m| !std::mem::replace(m, true))).collect()
    };

    // People with two or more name parts, by surname and by first name, in text order.
    let mut by_surname: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, m) in named.iter().enumerate() {
        let g = group_of[i];
        if m.parts.len() < 2 || !kind_of_key(g).is_person() {
            continue;
        }
        if let (Some(first), Some(last)) = (parts_of(m).first(), parts_of(m).last()) {
            by_surname.entry(last).or_default().push((i, g));
            // "Lula" is "Luiz Inacio Lula da Silva": the name before a particle that starts a
            // surname is the one such names go by.
            for pair in parts_of(m).get(1..m.parts.len() - 1).unwrap_or(&[]).windows(2) {
                if among(&PARTICLES, pair[1]) && !among(&PARTICLES, pair[0]) {
                    by_surname.entry(pair[0]).or_default().push((i, g));
                }
            }
            let firsts = by_first.entry(first).or_default();
            // Only "exactly one person has this first name" matters: two are enough to know.
            if firsts.len() < 2 && !firsts.contains(&g) {
                firsts.push(g);
            }
            // "Donald John Trump" is "Donald Trump"; "Andrés Manuel López Obrador" is "López
            // Obrador" (a surname of two words, as Spanish and Arabic names have).
            if let [.., second_last, _] = parts_of(m) {
                if m.parts.len() > 2 {
                    if let Some(&short) = by_key.get(format!("{first} {last}").as_str()) {
                        groups.join(short, g);
                    }
                    // The two-word surname must be a person's name on its own too ("the White
                    // House" is not "Washington The White House"), and no given name and surname
                    // ("Fidel Castro" is not the surname of "Dictator Fidel Castro").
                    let compound = !second_last.ends_with('.') && !gazetteer::lists(second_last).given_name();
                    if let Some(&short) = by_key.get(format!("{second_last} {last}").as_str()).filter(|_| compound) {
                        if kind_of_key(short).is_person() {
                            groups.join(short, g);
                        }
                    }
                }
            }
        }
    }

    let expansions = Expansions::new(all_parts, named, &key_firsts, &group_of, &key_evidence);

    // An abbreviation in capitals is one name with or without its periods: "US" is "U.S.",
    // "DC" is "D.C.".
    let mut by_letters: FastMap<String, usize> = FastMap::default();
    for (i, m) in key_firsts.iter().map(|&i| (i, &named[i])) {
        if let (true, [word]) = (m.all_caps, parts_of(m)) {
            let letters: String = word.chars().filter(|c| *c != '.').collect();
            let first = *by_letters.entry(letters).or_insert(group_of[i]);
            groups.join(first, group_of[i]);
        }
    }

    // "the Yankees" is the New York Yankees, "the Senate" the U.S. Senate: an organization
    // named after a known place goes by the rest of its name too, unless two such
    // organizations share that rest ("the Times" after the New York and the Los Angeles Times).
    // By the group of a rest ("yankees"), what names it so far. A list by group number rather
    // than a map: no hashing, and joined in group order.
    #[derive(Clone, Copy)]
    enum Rest {
        Unnamed,
        /// The organization's group, and how its place is written.
        Of(usize, PlaceWritten),
        /// Two organizations share it.
        Ambiguous,
    }
    let mut rests = vec![Rest::Unnamed; key_evidence.len()];
    // "the Fed" is the Federal Reserve, not the Atlanta Fed named in the same story.
    for (short, full) in SHORT_FORMS {
        if let (Some(&short), Some(&full)) = (by_key.get(short), by_key.get(full)) {
            groups.join(full, short);
            if let Some(rest) = rests.get_mut(short) {
                *rest = Rest::Ambiguous;
            }
        }
    }
    for (i, m) in key_firsts.iter().map(|&i| (i, &named[i])) {
        let (parts, g) = (parts_of(m), group_of[i]);
        if parts.len() < 2 || kind_of_key(g).kind() != Some(EntityKind::Organization) {
            continue;
        }
        // The longest place first: "Kansas City Chiefs" is Kansas City's Chiefs, not Kansas's
        // "City Chiefs".
        let rest_of = |k: usize| {
            let place = gazetteer::lists(&parts[..k].join(" ")).place();
            place.then(|| by_key.get(parts[k..].join(" ").as_str()).copied()).flatten()
        };
        let Some((k, short)) = (1..parts.len()).rev().find_map(|k| Some((k, rest_of(k)?))) else {
            continue;
        };
        let Some(rest) = rests.get_mut(short).filter(|_| kind_of_key(short).kind() != Some(EntityKind::Person)) else {
            continue;
        };
        let place = PlaceWritten::of(&parts[..k]);
        match *rest {
            Rest::Unnamed => *rest = Rest::Of(g, place),
            // The same place, once in full and once abbreviated ("U.S.", "United States"): the
            // same organization.
            Rest::Of(first, written) if written.same_place(&place) => groups.join(first, g),
            // Keys are distinct: a second organization with this rest is another one.
            _ => *rest = Rest::Ambiguous,
        }
    }
    for (short, rest) in rests.iter().enumerate() {
        if let Rest::Of(long, _) = *rest {
            groups.join(long, short);
        }
    }

    // "Boeing Co" is Boeing, "Apple Inc." Apple: a company's legal form is no part of its name;
    // nor, once the company is named without it, is the word for its trade ("AMC Theatres" is
    // AMC, "Goldman Sachs Group" Goldman Sachs).
    for (i, m) in key_firsts.iter().map(|&i| (i, &named[i])) {
        if let [name @ .., suffix] = parts_of(m) {
            let trade = kind_of_key(group_of[i]).kind() == Some(EntityKind::Organization) && is_trade_word(suffix);
            if !name.is_empty() && (among(&LEGAL_FORMS, suffix) || trade) {
                if let Some(&short) = by_key.get(name.join(" ").as_str()) {
                    groups.join(group_of[i], short);
                }
            }
        }
    }

    // "the Citizens Group" is the Citizens Group of Johnston named in full, if it is the only
    // organization of that name "of" somewhere (not "the University", one word, an ordinary
    // noun). By the short name's group: the one long name, or `AMBIGUOUS`.
    const AMBIGUOUS: usize = usize::MAX;
    let mut of_where = vec![None; key_evidence.len()];
    for (i, m) in key_firsts.iter().map(|&i| (i, &named[i])) {
        let (parts, g) = (parts_of(m), group_of[i]);
        if kind_of_key(g).kind() != Some(EntityKind::Organization) {
            continue;
        }
        let Some(of) = parts.iter().position(|&p| p == "of").filter(|&of| of >= 2) else {
            continue;
        };
        let Some(&short) = by_key.get(parts[..of].join(" ").as_str()) else {
            continue;
        };
        if let Some(slot) =
            of_where.get_mut(short).filter(|_| kind_of_key(short).kind() == Some(EntityKind::Organization))
        {
            *slot = if slot.is_none() { Some(g) } else { Some(AMBIGUOUS) };
        }
    }
    for (short, long) in of_where.iter().enumerate() {
        if let Some(long) = long.filter(|&long| long != AMBIGUOUS) {
            groups.join(long, short);
        }
    }

    // What the titles of each full name's mentions say of the person's sex (`None` when they
    // disagree), by the name's group.
    let mut sex_of: FastMap<usize, Option<bool>> = FastMap::default();
    for (i, m) in named.iter().enumerate() {
        if let (Some(female), true, false) = (m.female, m.parts.len() >= 2, m.by_mrs) {
            let said = sex_of.entry(group_of[i]).or_insert(Some(female));
            if *said != Some(female) {
                *said = None;
            }
        }
    }

    // Each one-word mention goes to the person whose surname (or, failing that, first name)
    // it is: the latest mentioned before it, or else the first after it.
    let mut assigned = group_of.clone();
    let mut quiet = vec![false; named.len()];
    // By surname, the person it last stood for alone.
    // (u32: the map type the entity keys use already, no new code for another.)
    let mut alone: FastMap<&str, u32> = FastMap::default();
    // How far back (in bytes of text) a person named in full may be for a surname alone to
    // stay with them when another of that surname is named since.
    const NEARBY: usize = 3000;
    for (i, m) in named.iter().enumerate() {
        if m.parts.len() != 1 {
            continue;
        }
        let own = kind_of_key(group_of[i]);
        let Some(&word) = parts_of(m).first() else {
            continue;
        };
        // An acronym of a thing ("a CD director", whose own mentions say nothing of a kind)
        // stands for a name of the same initials only in brackets after it.
        let may_stand_for = m.all_caps && (own.kind().is_some() || m.bracketed);
        if let Some(g) = may_stand_for.then(|| expansions.of(word)).flatten() {
            groups.join(g, group_of[i]);
            continue;
        }
        // The people of this surname named in full, all and before this mention.
        let people = by_surname.get(word).map_or(&[][..], Vec::as_slice);
        let earlier_people = &people[..people.partition_point(|&(j, _)| j < i)];
        // Named in full nearby: a long text may hold many stories.
        let nearby = |&&(j, _): &&(usize, usize)| {
            named.get(j).is_some_and(|full| m.span.start.saturating_sub(full.span.start) < NEARBY)
        };
        if own.strongly_not_person() {
            // "Kennedy" after "Robert F. Kennedy": a surname the place list knows too, with no
            // word before it that puts a place next, is the person named in full just before.
            let listed_place = own.place > own.organization && !m.place_cue && gazetteer::lists(word).surname();
            if let Some(&(_, g)) = earlier_people.last().filter(|_| listed_place).filter(nearby) {
                assigned[i] = g;
                quiet[i] = true;
            }
            continue;
        }
        if !people.is_empty() {
            // "Mr. Kennedy" is not the Jacqueline Kennedy named last, if she was named "First
            // Lady", "Miss" or "Ms." somewhere.
            let fits = |&&(_, g): &&(usize, usize)| match (m.female, sex_of.get(&g)) {
                (Some(this), Some(&Some(that))) => this == that,
                _ => true,
            };
            // A title that says the mention's sex picks, first, the latest person known to be
            // of it ("Mrs. Kennedy" after "Mr. Kennedy").
            let known_sex = |&&(_, g): &&(usize, usize)| m.female.is_some() && sex_of.get(&g) == Some(&m.female);
            let of_sex = earlier_people.iter().rev().find(known_sex);
            // Then the person this surname alone stood for last time, if named nearby and it
            // fits still: a story names its subject by surname and others who share it in full
            // ("Delgado ... her husband, Robert Delgado, died in 2015 ... Delgado told the Times").
            let earlier = alone
                .get(word)
                .and_then(|&g| earlier_people.iter().rev().find(|&&(_, p)| p == g as usize))
                .filter(nearby)
                .filter(fits);
            let pick = of_sex
                .or(earlier)
                .or_else(|| earlier_people.iter().rev().find(fits))
                .or_else(|| people.iter().find(fits));
            if let Some(&(_, g)) = pick {
                assigned[i] = g;
                alone.insert(word, g as u32);
                continue;
            }
        }
        if let Some(people) = by_first.get(word) {
            if let [only] = people.as_slice() {
                assigned[i] = *only;
            }
        }
    }

    (groups, assigned, quiet)
}

/// A word for a company's trade at the end of its name, which news copy leaves off when it
/// names the company again ("AMC Theatres", "Meta Platforms", "Goldman Sachs Group").
fn is_trade_word(key: &str) -> bool {
    matches!(
        key,
        "group"
            | "holdings"
            | "platforms"
            | "entertainment"
            | "theatres"
            | "theaters"
            | "airlines"
            | "technologies"
            | "industries"
            | "enterprises"
            | "pharmaceuticals"
            | "motors"
    )
}

/// The state a one-word mention with key `key` abbreviates the AP way, as the place lists key
/// it: "calif." (the tokenizer kept the period), or "ill" when the period stands `apart` after
/// it ("Ill.").
fn state_abbreviated(key: &str, apart: bool) -> Option<&'static str> {
    let abbreviation = match key.strip_suffix('.') {
        Some(bare) => bare,
        None if apart => key,
        None => return None,
    };
    STATES.iter().find(|(short, _)| *short == abbreviation).map(|(_, state)| *state)
}

/// The states AP style abbreviates, by their abbreviations without the period.
const STATES: [(&str, &str); 32] = [
    ("ala", "alabama"),
    ("ariz", "arizona"),
    ("ark", "arkansas"),
    ("calif", "california"),
    ("colo", "colorado"),
    ("conn", "connecticut"),
    ("del", "delaware"),
    ("fla", "florida"),
    ("ga", "georgia"),
    ("ill", "illinois"),
    ("ind", "indiana"),
    ("kan", "kansas"),
    ("ky", "kentucky"),
    ("la", "louisiana"),
    ("md", "maryland"),
    ("mass", "massachusetts"),
    ("mich", "michigan"),
    ("minn", "minnesota"),
    ("miss", "mississippi"),
    ("mo", "missouri"),
    ("mont", "montana"),
    ("neb", "nebraska"),
    ("nev", "nevada"),
    ("okla", "oklahoma"),
    ("ore", "oregon"),
    ("pa", "pennsylvania"),
    ("tenn", "tennessee"),
    ("tex", "texas"),
    ("vt", "vermont"),
    ("va", "virginia"),
    ("wis", "wisconsin"),
    ("wyo", "wyoming"),
];

/// Organizations news copy names by a short form that is no acronym, with their full names.
const SHORT_FORMS: [(&str, &str); 1] = [("fed", "federal reserve")];

/// Organizations and places by their initials, for acronyms; apart, those the gazetteers
/// know by name, for the abbreviations they know ("D.C." is the District of Columbia, not a
/// Dallas County named earlier).
struct Expansions {
    by_initials: FastMap<String, usize>,
    listed_places: FastMap<String, usize>,
    listed_organizations: FastMap<String, usize>,
}

impl Expansions {
    #[inline(never)]
    fn new(
        all_parts: &[&str],
        named: &[Named],
        key_firsts: &[usize],
        group_of: &[usize],
        key_evidence: &[Evidence],
    ) -> Expansions {
        let parts_of = |m: &Named| all_parts.get(m.parts.clone()).unwrap_or(&[]);
        let kind_of_key = |g: usize| key_evidence.get(g).copied().unwrap_or_default();
        let mut by_initials: FastMap<String, usize> = FastMap::default();
        let mut listed_places: FastMap<String, usize> = FastMap::default();
        let mut listed_organizations: FastMap<String, usize> = FastMap::default();
        for (i, m) in key_firsts.iter().map(|&i| (i, &named[i])) {
            let g = group_of[i];
            if m.parts.len() < 2 || kind_of_key(g).is_person() {
                continue;
            }
            let lists = gazetteer::lists(&parts_of(m).join(" "));
            for initials in initials(parts_of(m)) {
                if lists.place() {
                    listed_places.entry(initials.clone()).or_insert(g);
                }
                if lists.organization() {
                    listed_organizations.entry(initials.clone()).or_insert(g);
                }
                by_initials.entry(initials).or_insert(g);
            }
        }
        Expansions { by_initials, listed_places, listed_organizations }
    }

    /// The group an acronym or abbreviation in capitals (a name's one part) stands for. A listed
    /// abbreviation with periods ("U.S.", "N.C.") stands for a listed name of its kind only; so
    /// does one the lists know with periods, written without them ("US", "DC": not the
    /// University of Sheffield).
    fn of(&self, word: &str) -> Option<usize> {
        let letters: String = word.chars().filter(|c| *c != '.').collect();
        let dotted = gazetteer::lists_with_periods(word);
        let (abbreviation, lists) = match word.contains('.') {
            true => (true, gazetteer::lists(word)),
            false => (dotted.place() || dotted.organization(), dotted),
        };
        let expansions = match (abbreviation, lists.place(), lists.organization()) {
            (true, true, _) => &self.listed_places,
            (true, false, true) => &self.listed_organizations,
            _ => &self.by_initials,
        };
        expansions.get(&letters).copied()
    }
}

/// One group per distinct key (a name's parts), with the evidence of all its mentions.
struct KeyGroups<'a> {
    groups: Groups,
    /// Keyed by the parts joined with spaces; a one-part name (most) borrows its part.
    by_key: FastMap<Cow<'a, str>, usize>,
    key_evidence: Vec<Evidence>,
    /// By mention: its key's group.
    group_of: Vec<usize>,
}

#[inline(never)]
fn key_groups<'a>(all_parts: &[&'a str], named: &[Named]) -> KeyGroups<'a> {
    let parts_of = |m: &Named| all_parts.get(m.parts.clone()).unwrap_or(&[]);
    let mut groups = Groups { parent: Vec::new() };
    let mut by_key: FastMap<Cow<str>, usize> = FastMap::default();
    let mut key_evidence: Vec<Evidence> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(named.len());
    // A longer key is joined here to be looked up, copied only when it is new.
    let mut joined = String::new();
    for m in named {
        let key: Cow<str> = match parts_of(m) {
            [one] => Cow::Borrowed(*one),
            parts => {
                joined.clear();
                for (k, part) in parts.iter().enumerate() {
                    if k > 0 {
                        joined.push(' ');
                    }
                    joined.push_str(part);
                }
                Cow::Borrowed(joined.as_str())
            }
        };
        let g = match by_key.get(key.as_ref()) {
            Some(&g) => g,
            None => {
                key_evidence.push(Evidence::default());
                let g = groups.add();
                let owned = match parts_of(m) {
                    [one] => Cow::Borrowed(*one),
                    _ => Cow::Owned(key.into_owned()),
                };
                by_key.insert(owned, g);
                g
            }
        };
        if let Some(e) = key_evidence.get_mut(g) {
            *e += m.evidence;
        }
        group_of.push(g);
    }
    KeyGroups { groups, by_key, key_evidence, group_of }
}

/// The entities of the groups of name mentions, typed by the evidence of all their mentions.
#[inline(never)]
fn collect(doc: &Document, named: &[Named], mut groups: Groups, assigned: &[usize], quiet: &[bool]) -> Vec<Entity> {
    // Each mention's entity, numbered by first appearance; then each entity's mentions, in a
    // list sized once (an entity's list grown a mention at a time was reallocated again and
    // again: a tenth of this stage's instructions).
    const NONE: usize = usize::MAX;
    let mut slot_of_root = vec![NONE; groups.parent.len()];
    let mut sizes: Vec<usize> = Vec::new();
    let slots: Vec<usize> = (0..named.len())
        .map(|i| {
            let root = groups.root(assigned[i]);
            match slot_of_root.get_mut(root) {
                Some(slot) if *slot == NONE => {
                    *slot = sizes.len();
                    sizes.push(1);
                    *slot
                }
                Some(&mut slot) => {
                    if let Some(size) = sizes.get_mut(slot) {
                        *size += 1;
                    }
                    slot
                }
                None => NONE,
            }
        })
        .collect();
    let mut collected: Vec<(Vec<Span>, Evidence)> =
        sizes.iter().map(|&n| (Vec::with_capacity(n), Evidence::default())).collect();
    for ((m, &slot), &quiet) in named.iter().zip(&slots).zip(quiet) {
        if let Some((spans, evidence)) = collected.get_mut(slot) {
            spans.push(m.span);
            if !quiet {
                *evidence += m.evidence;
            }
        }
    }
    // A name nothing types (no gazetteer, title, suffix or context cue) is left out.
    collected.into_iter().filter_map(|(spans, evidence)| Some(entity(doc.text, spans, evidence.kind()?))).collect()
}

/// The entities of the pattern mentions (dates, amounts...): mentions of the same text merge.
#[inline(never)]
fn pattern_entities(doc: &Document, patterns: Vec<PatternMention>) -> Vec<Entity> {
    let mut by_text: FastMap<(EntityKind, String), usize> = FastMap::default();
    let mut pattern_groups: Vec<(EntityKind, Vec<Span>)> = Vec::new();
    for p in patterns {
        let text = doc.text.get(p.span.start..p.span.end).unwrap_or("");
        let key = (p.kind, super::fold::key(text));
        let slot = *by_text.entry(key).or_insert_with(|| {
            pattern_groups.push((p.kind, Vec::new()));
            pattern_groups.len() - 1
        });
        if let Some((_, spans)) = pattern_groups.get_mut(slot) {
            spans.push(p.span);
        }
    }
    pattern_groups.into_iter().map(|(kind, spans)| entity(doc.text, spans, kind)).collect()
}

/// Whether a title before a name says the person is a woman (`Some(true)`), a man, or nothing.
fn title_says_female(key: &str) -> Option<bool> {
    match key {
        "mrs." | "mrs" | "ms." | "ms" | "miss" | "lady" | "madam" | "mme." | "queen" | "princess" | "duchess" => {
            Some(true)
        }
        "mr." | "mr" | "sir" | "lord" | "king" | "prince" | "duke" => Some(false),
        _ => None,
    }
}

/// How a place opening an organization's name is written: its letters, and whether that is
/// an abbreviation ("u.s." -> "us") or the initials of its words ("united states" -> "us").
#[derive(Clone, Copy, PartialEq, Eq)]
struct PlaceWritten {
    letters: [u8; 4],
    abbreviated: bool,
}

impl PlaceWritten {
    fn of(parts: &[&str]) -> PlaceWritten {
        let (written, abbreviated): (Vec<u8>, bool) = match parts {
            [one] if one.contains('.') || one.len() <= 3 => {
                (one.bytes().filter(u8::is_ascii_alphabetic).collect(), true)
            }
            _ => (parts.iter().filter_map(|p| p.bytes().next()).collect(), false),
        };
        // Two to four letters; any other place is never taken for another.
        let mut letters = [0u8; 4];
        if let Some(slots) = letters.get_mut(..written.len()).filter(|_| written.len() >= 2) {
            slots.copy_from_slice(&written);
        }
        PlaceWritten { letters, abbreviated }
    }

    /// Whether one is the other abbreviated ("u.s." and "united states"; not "new york" and
    /// "north yorkshire", both in full).
    fn same_place(&self, other: &PlaceWritten) -> bool {
        self.abbreviated != other.abbreviated && self.letters[0] != 0 && self.letters == other.letters
    }
}

/// "new york police department" -> "nypd"; "department of justice" -> "dj" and "doj"; and
/// the initials without a country that qualifies the name ("u.s. food and drug administration"
/// is also "fda") or without the words it gained last ("centers for disease control and
/// prevention" is still "cdc").
fn initials(parts: &[&str]) -> Vec<String> {
    let mut out = initials_of(parts);
    let country = parts.len() >= 3 && parts.first().is_some_and(|p| p.contains('.') && gazetteer::lists(p).place());
    if let Some(rest) = parts.get(1..).filter(|_| country) {
        out.extend(initials_of(rest));
    }
    let from = usize::from(country);
    let and_more = parts.len() >= from + 5 && parts.get(parts.len() - 2) == Some(&"and");
    if let Some(before) = parts.get(from..parts.len().saturating_sub(2)).filter(|_| and_more) {
        out.extend(initials_of(before));
    }
    out
}

fn initials_of(parts: &[&str]) -> Vec<String> {
    let mut short = String::new();
    let mut long = String::new();
    // "GM" is General Motors Co. as "TSMC" is Taiwan Semiconductor Manufacturing Co.: the
    // short initials before a legal form that ends the name.
    let mut before_form = None;
    for (n, &part) in parts.iter().enumerate() {
        if n > 1 && n + 1 == parts.len() && among(&LEGAL_FORMS, part) {
            before_form = Some(short.clone());
        }
        for p in part.split('-') {
            let Some(c) = p.chars().next() else { continue };
            if !c.is_alphanumeric() {
                continue;
            }
            long.push(c);
            if !matches!(p, "of" | "for" | "and" | "the" | "on" | "in") && !among(&PARTICLES, p) {
                short.push(c);
            }
        }
    }
    let mut out = vec![short];
    if long != out[0] {
        out.push(long);
    }
    out.extend(before_form);
    out.retain(|s| s.chars().count() >= 2);
    out
}

#[inline(never)]
fn entity(text: &str, mut spans: Vec<Span>, kind: EntityKind) -> Entity {
    crate::order::sort_by_key(&mut spans, |s| crate::order::pair(s.start, s.end));
    spans.dedup();
    let forms = || spans.iter().filter_map(|s| text.get(s.start..s.end));
    // The fullest form: the longest mention (in characters), the earliest of equals.
    let characters = |t: &str| t.bytes().filter(|&b| (b as i8) >= -0x40).count();
    let (longest, _) = forms().fold(("", 0), |(best, n), t| match characters(t) {
        c if c > n => (t, c),
        _ => (best, n),
    });
    // In capitals ("FARGO, N.D. (AP) —", a dateline), it is written as the text writes it
    // elsewhere ("Fargo"), if it does.
    let shouted = !longest.chars().any(char::is_lowercase);
    let written = match shouted {
        true => forms().find(|t| t.chars().any(char::is_lowercase) && same_words(t, longest)),
        false => None,
    };
    let name = single_spaced(written.unwrap_or(longest));
    Entity { name, kind, count: spans.len(), mentions: spans }
}

/// `t` with each run of white space one space ("New\nYork" is "New York"); most names have
/// only single spaces, and are copied as they are.
fn single_spaced(t: &str) -> String {
    let plain = t.is_ascii()
        && t.bytes().zip(t.bytes().skip(1).chain([b'x'])).all(|(b, next)| match b {
            b' ' => next != b' ',
            _ => !b.is_ascii_whitespace(),
        });
    match plain {
        true => t.trim().to_owned(),
        false => t.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Whether two forms of a name are the same words but for case and spacing.
fn same_words(a: &str, b: &str) -> bool {
    let folded = |t| str::split_whitespace(t).flat_map(|w| w.chars().chain([' '])).flat_map(char::to_lowercase);
    folded(a).eq(folded(b))
}

#[cfg(test)]
mod tests {
    use super::PlaceWritten;

    #[test]
    fn a_place_is_the_same_only_abbreviated_against_in_full() {
        let written = |parts: &[&str]| PlaceWritten::of(parts);
        assert!(written(&["u.s."]).same_place(&written(&["united", "states"])));
        assert!(written(&["new", "york"]).same_place(&written(&["ny"])));
        assert!(!written(&["new", "york"]).same_place(&written(&["north", "yorkshire"])));
        assert!(!written(&["u.s."]).same_place(&written(&["u.k."])));
        assert!(!written(&["texas"]).same_place(&written(&["tx"])), "a one-word place is no initials");
    }
}
