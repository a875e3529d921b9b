//! From the words that point at a speaker to the speaker's canonical name.
//!
//! A name takes the name of the entity whose mention overlaps it (or, with no entities, the
//! fullest form of it seen so far: "Schumer" after "Chuck Schumer"). A pronoun goes to the
//! subject of the last sentence before the quote that names a compatible person; a description
//! ("the mayor") to the last person written with that title ("Mayor Zohran Mamdani"), or else
//! to the organization last named with that head noun ("the jury": "Fulton County Grand Jury");
//! "it" to the organization quoted in the last few sentences.
//!
//! The people are gathered once into a timeline sorted by position, walked forward together
//! with the quotes; entity mentions are found by binary search. Nothing here loops over all
//! quotes times all mentions.

use std::rc::Rc;

use crate::hash::FastMap;

use super::attribution::{Attribution, Context, MentionKind};
use super::lexicon::{self, Gender};
use super::marks::RawQuote;
use crate::report::{Entity, EntityKind};
use crate::sentences::SentenceSpan;
use crate::span::Span;
use crate::spellings::Spellings;

/// How many people back a pronoun may look.
const PRONOUN_REACH: usize = 30;

/// How many sentences before a pronoun's quote are searched for someone reported but not
/// named (see `Resolver::unnamed_reporter`).
const UNNAMED_REACH: usize = 3;

/// How many sentences back "the prime minister said" may look for the person just named.
const OFFICE_SENTENCES: usize = 3;
/// How many entity mentions back "the jury" may look for the jury named before.
const ORGANIZATION_REACH: usize = 40;
/// How many sentences after an organization is quoted "it said" may still be that organization.
const ORGANIZATION_SENTENCES: usize = 6;
/// How many sentences back the text's main organization must have been named for "the
/// company" to be it; past that, the organization named last.
const MAIN_ORGANIZATION_SENTENCES: usize = 20;

/// The speaker of one quote as far as its own attribution tells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Speaker {
    pub name: Option<String>,
    pub mention: Option<Span>,
}

/// Every mention of every entity, sorted by start, for overlap look-ups.
struct EntityIndex<'a> {
    entities: &'a [Entity],
    mentions: Vec<(Span, usize)>,
}

impl<'a> EntityIndex<'a> {
    fn new(entities: &'a [Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> =
            entities.iter().enumerate().flat_map(|(e, entity)| entity.mentions.iter().map(move |&m| (m, e))).collect();
        // Equal spans keep the entities' order, which they were gathered in.
        crate::order::sort_by_key(&mut mentions, |&(m, _)| crate::order::pair(m.start, m.end));
        EntityIndex { entities, mentions }
    }

    /// The organization last named before byte `position` whose name ends in `head` ("the
    /// jury" after "the Fulton County Grand Jury", "the committee" after "the City Executive
    /// Committee"), looking back over a few dozen mentions at most.
    fn organization_before(&self, position: usize, head: &str) -> Option<&'a str> {
        let upto = self.mentions.partition_point(|(m, _)| m.start < position);
        self.mentions[..upto].iter().rev().take(ORGANIZATION_REACH).find_map(|&(m, e)| {
            let entity = &self.entities[e];
            let last = entity.name.rsplit(' ').next()?;
            (m.end <= position && entity.kind == EntityKind::Organization && last.eq_ignore_ascii_case(head))
                .then_some(entity.name.as_str())
        })
    }

    /// The entity mention overlapping `span`, people first, then the one ending last.
    fn overlapping(&self, span: Span) -> Option<(Span, &'a Entity)> {
        let upto = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|(m, _)| m.end > span.start)
            .map(|&(m, e)| (m, &self.entities[e]))
            .max_by_key(|(m, e)| (e.kind == EntityKind::Person, m.end, std::cmp::Reverse(m.start)))
    }
}

/// A person taken in, by the sentence that names them.
struct Recent {
    sentence: usize,
    name: Rc<str>,
    gender: Option<Gender>,
    span: Span,
    /// Named in the possessive ("Reyes' lawyer, Michael Feldman, said"): not the sentence's
    /// subject when another person follows closely.
    possessive: bool,
}

/// How close (in bytes) after a possessive a person must follow to be the subject instead:
/// "Reyes' lawyer, Michael Feldman, said", but not "Rector's next stop was at the schoolroom,
/// where Mavis was".
const POSSESSIVE_REACH: usize = 30;

/// A person met in the text outside quotes. Names are shared (`Rc<str>`): one person is met
/// many times, and each meeting used to copy the name three or four times.
struct Person {
    span: Span,
    name: Rc<str>,
    gender: Option<Gender>,
    title: Option<&'static str>,
}

pub(crate) struct Resolver<'a> {
    cx: Context<'a>,
    sentences: &'a [SentenceSpan],
    index: EntityIndex<'a>,
    timeline: Vec<Person>,
    cursor: usize,
    /// The people already passed, in order.
    recent: Vec<Recent>,
    by_title: FastMap<&'static str, Rc<str>>,
    /// By office ("minister", "manager"): how far the text was searched for it, and whether it
    /// was found there (see `office_written_before`).
    /// An office qualified by a name ("the Arsenal manager") is searched for with it.
    offices_read: Vec<(&'static str, String, usize, bool)>,
    by_surname: FastMap<Rc<str>, Rc<str>>,
    genders: FastMap<Rc<str>, Gender>,
    /// The organization last given as a speaker, and the sentence it was given in: "it said"
    /// soon after is most likely the same one.
    last_organization: Option<(usize, String)>,
    /// Who "the company" is, from the organizations named so far.
    organizations: OrganizationTally,
}

/// The organizations named so far, for "the company said": in a story about a company it is
/// that company. Taken in as the resolver moves through the text, so linear in it.
struct OrganizationTally {
    /// How many of the index's mentions have been read.
    read: usize,
    /// By entity: how often it was named, and the sentence it was last named in.
    named: Vec<(u32, usize)>,
    /// The most named (the first to get there on a tie), and the one named last.
    main: Option<usize>,
    last: Option<usize>,
}

impl OrganizationTally {
    fn new(entities: usize) -> Self {
        OrganizationTally { read: 0, named: vec![(0, 0); entities], main: None, last: None }
    }

    /// Reads the organizations' mentions before byte `position`.
    fn take_in(&mut self, index: &EntityIndex, sentences: &[SentenceSpan], position: usize) {
        while let Some(&(m, e)) = index.mentions.get(self.read) {
            if m.start >= position {
                break;
            }
            self.read += 1;
            if index.entities[e].kind != EntityKind::Organization {
                continue;
            }
            let Some((count, sentence)) = self.named.get_mut(e) else {
                continue;
            };
            *count += 1;
            *sentence = sentences.partition_point(|s| s.end <= m.start);
            let count = *count;
            self.last = Some(e);
            if self.main.and_then(|b| self.named.get(b)).is_none_or(|&(best, _)| count > best) {
                self.main = Some(e);
            }
        }
    }

    /// The company of "the company said" in sentence `sentence`: the most named organization
    /// if it was named in the last [`MAIN_ORGANIZATION_SENTENCES`], else the one named last.
    fn company(&self, sentence: usize) -> Option<usize> {
        let lately =
            |e: &usize| self.named.get(*e).is_some_and(|&(_, at)| sentence <= at + MAIN_ORGANIZATION_SENTENCES);
        self.main.filter(lately).or(self.last)
    }
}

impl<'a> Resolver<'a> {
    /// Gathers the people of the text. Attributions whose name is a date, an amount or an
    /// address are dropped from `attributions` first: they name no speaker.
    #[inline(never)]
    pub fn new(
        cx: Context<'a>,
        spellings: &Spellings,
        sentences: &'a [SentenceSpan],
        entities: &'a [Entity],
        quotes: &[RawQuote],
        attributions: &mut [Option<Attribution>],
    ) -> Self {
        let index = EntityIndex::new(entities);
        // A date, an amount or an address speaks for no one ("last Friday emphasized the
        // “informal” nature"): an attribution to one is none, and its quote may be a fragment.
        for slot in attributions.iter_mut() {
            let mention = slot.as_ref().and_then(|a| a.mention.as_ref()).filter(|m| m.kind == MentionKind::Name);
            let names_no_speaker = mention.is_some_and(|m| {
                let span = token_span(&cx, m.first_token, m.end_token);
                index.overlapping(span).is_some_and(|(_, entity)| !can_speak(entity.kind))
            });
            if names_no_speaker {
                *slot = None;
            }
        }
        let mut timeline = Vec::new();
        let outside = |span: Span| !inside_quote(quotes, span);
        for entity in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            let gender = first_name_gender(&entity.name);
            let name: Rc<str> = Rc::from(entity.name.as_str());
            for &m in entity.mentions.iter().filter(|&&m| outside(m)) {
                timeline.push(Person { span: m, name: name.clone(), gender, title: None });
            }
        }
        titled_names(&cx, spellings, &index, quotes, &mut timeline);
        for attribution in attributions.iter().flatten() {
            let Some(mention) = &attribution.mention else {
                continue;
            };
            if mention.kind != MentionKind::Name {
                continue;
            }
            let span = token_span(&cx, mention.first_token, mention.end_token);
            let (span, name) = match index.overlapping(span) {
                Some((m, e)) => (m, Rc::from(e.name.as_str())),
                // "the Serb said" names the person just named, not a person "Serb".
                None if mention.end_token == mention.first_token + 1
                    && lexicon::person_demonym(&cx.lower(mention.first_token)) =>
                {
                    continue
                }
                None => (span, Rc::from(span.of(cx.text))),
            };
            let role = attribution.role.as_deref();
            timeline.push(Person {
                span,
                gender: role.and_then(lexicon::title_gender).or_else(|| first_name_gender(&name)),
                title: role.and_then(lexicon::person_title).filter(|t| !t.is_empty()),
                name,
            });
        }
        crate::order::sort_by_key(&mut timeline, |p| crate::order::pair(p.span.start, p.span.end));
        Resolver {
            cx,
            sentences,
            index,
            timeline,
            cursor: 0,
            recent: Vec::new(),
            by_title: FastMap::default(),
            offices_read: Vec::new(),
            by_surname: FastMap::default(),
            genders: FastMap::default(),
            last_organization: None,
            organizations: OrganizationTally::new(entities.len()),
        }
    }

    /// The speaker for `attribution` of a quote starting at byte `quote_start`. Calls must come
    /// in text order.
    #[inline(never)]
    pub fn resolve(&mut self, attribution: &Attribution, quote_start: usize) -> Speaker {
        let Some(mention) = &attribution.mention else {
            return Speaker::default();
        };
        let span = token_span(&self.cx, mention.first_token, mention.end_token);
        self.advance_to(span.start.min(quote_start));
        let sentence = self.sentences.partition_point(|s| s.end <= span.start);
        match &mention.kind {
            MentionKind::Name => match self.index.overlapping(span) {
                Some((m, entity)) => {
                    if entity.kind == EntityKind::Organization {
                        self.last_organization = Some((sentence, entity.name.clone()));
                    }
                    Speaker { name: Some(entity.name.clone()), mention: Some(m) }
                }
                None => {
                    let written = span.of(self.cx.text);
                    // "the Dutchman said", "the Spaniard added": sports and wire copy's way to name
                    // the person just named again, by nationality.
                    // (An age may come between: "the 37-year-old Serb".)
                    let before = mention.first_token.checked_sub(1);
                    let before = before.filter(|&t| self.cx.is_age(t)).map_or(before, |t| t.checked_sub(1));
                    let demonym = mention.end_token == mention.first_token + 1
                        && before.is_some_and(|t| self.cx.lower(t) == "the")
                        && lexicon::person_demonym(&self.cx.lower(mention.first_token));
                    let named_before = demonym.then(|| self.last_person(None, usize::MAX)).flatten();
                    let name = named_before.unwrap_or_else(|| {
                        self.by_surname.get(written).map_or_else(|| written.to_string(), |n| n.to_string())
                    });
                    Speaker { name: Some(name), mention: Some(span) }
                }
            },
            // "It said", "it urged": the organization just quoted, if it was quoted lately.
            MentionKind::Pronoun(None) if self.cx.lower(mention.first_token) == "it" => {
                let recent = self.last_organization.as_ref().filter(|(at, _)| sentence <= at + ORGANIZATION_SENTENCES);
                Speaker { name: recent.map(|(_, name)| name.clone()), mention: Some(span) }
            }
            MentionKind::Pronoun(gender) => {
                // "Asked whether tariffs imposed by President Donald Trump would raise prices, he
                // said": the people of a question put to the speaker are not the speaker.
                let opener = self.sentences.get(sentence).map(|s| s.tokens.start);
                let asked = opener.is_some_and(|t| lexicon::puts_a_question(&self.cx.lower(t)));
                let before = if asked { sentence } else { usize::MAX };
                let name = gender.and_then(|g| {
                    let (name, named_in) = self.last_person_at(Some(g), before)?;
                    // "The owner of the nightclub, who asked not to be named, said …": someone
                    // reported since, not named, is whom the pronoun stands for.
                    let since = (named_in + 1).max(sentence.saturating_sub(UNNAMED_REACH))..sentence;
                    (!since.into_iter().any(|n| self.unnamed_reporter(n, g))).then_some(name)
                });
                Speaker { name, mention: Some(span) }
            }
            // "The New York Democrat", "the England winger", "the 23-year-old": news style for
            // the person just named. (Not "the Italian": in fiction, and for "the French", a
            // nationality is as often someone else; only a noun that names one person, "the
            // Dutchman", is taken as a name for the person just named, above.)
            MentionKind::Nominal { head } if lexicon::is_party_noun(head) || lexicon::is_role_noun(head) => {
                // "A winger said" is someone else, not named.
                let definite = !lexicon::is_indefinite(&self.cx.lower(mention.first_token));
                Speaker { name: definite.then(|| self.last_person(None, usize::MAX)).flatten(), mention: Some(span) }
            }
            MentionKind::Nominal { head } => {
                // "The White House said": a description whose head is an entity that can speak
                // is that entity ("the New York mayor" is not New York).
                let named = self.index.overlapping(span).filter(|(m, e)| m.end == span.end && can_speak(e.kind));
                // "a spokesperson for Apple": whom a spokesperson speaks for is the speaker.
                let represented = || {
                    let (of, mut next) = (mention.end_token, mention.end_token + 1);
                    if !lexicon::is_spokesperson(head) || !matches!(self.cx.lower(of).as_ref(), "for" | "of" | "at") {
                        return None;
                    }
                    if self.cx.lower(next) == "the" {
                        next += 1;
                    }
                    let after = token_span(&self.cx, next, next + 1);
                    self.index
                        .overlapping(after)
                        .filter(|(m, e)| m.start == after.start && e.kind == EntityKind::Organization)
                };
                // "a Pentagon spokesman", "a Downing Street spokeswoman": the name just before.
                let named_before = || {
                    let last = mention.end_token.checked_sub(1)?;
                    if !lexicon::is_spokesperson(head) || last <= mention.first_token {
                        return None;
                    }
                    let before = token_span(&self.cx, last - 1, last);
                    self.index.overlapping(before).filter(|(m, e)| {
                        m.end == before.end && matches!(e.kind, EntityKind::Organization | EntityKind::Place)
                    })
                };
                if let Some((m, entity)) = named.or_else(represented).or_else(named_before) {
                    if entity.kind == EntityKind::Organization {
                        self.last_organization = Some((sentence, entity.name.clone()));
                    }
                    return Speaker { name: Some(entity.name.clone()), mention: Some(m) };
                }
                let titled = lexicon::office(head).and_then(|t| self.by_title.get(t).map(|n| n.to_string()));
                let name = titled.or_else(|| {
                    let organization = self.index.organization_before(span.start, head).or_else(|| {
                        let company =
                            self.organizations.company(sentence).filter(|_| lexicon::is_company_noun(head))?;
                        Some(self.index.entities[company].name.as_str())
                    })?;
                    let organization = organization.to_owned();
                    self.last_organization = Some((sentence, organization.clone()));
                    Some(organization)
                });
                let name = name.or_else(|| self.office_holder(head, mention.first_token, mention.end_token, sentence));
                Speaker { name, mention: Some(span) }
            }
        }
    }

    /// Takes in the people and organizations mentioned before byte `position`.
    fn advance_to(&mut self, position: usize) {
        self.organizations.take_in(&self.index, self.sentences, position);
        while let Some(person) = self.timeline.get(self.cursor) {
            if person.span.start >= position {
                break;
            }
            self.cursor += 1;
            let name = if person.name.contains(' ') {
                person.name.clone()
            } else {
                self.by_surname.get(&person.name).cloned().unwrap_or_else(|| person.name.clone())
            };
            if let Some((_, surname)) = name.rsplit_once(' ') {
                match self.by_surname.get_mut(surname) {
                    Some(full) => *full = name.clone(),
                    None => {
                        self.by_surname.insert(Rc::from(surname), name.clone());
                    }
                }
            }
            if let Some(g) = person.gender {
                self.genders.insert(name.clone(), g);
            }
            let gender = person.gender.or_else(|| self.genders.get(&name).copied());
            if let Some(title) = person.title {
                self.by_title.insert(title, name.clone());
            }
            let sentence = self.sentences.partition_point(|s| s.end <= person.span.start);
            let possessive = is_possessive(self.cx.text, person.span);
            self.recent.push(Recent { sentence, name, gender, span: person.span, possessive });
        }
    }

    /// Who "the prime minister" or "the City manager" (tokens `first..end`, head noun `head`,
    /// in sentence `sentence`) is when no one was named with that title: news copy's way to
    /// name again the person just named ("Rishi Sunak urged calm. [...] the prime minister
    /// said"). Taken only when nothing says it may be someone else: "the" in lower case, not
    /// opening the sentence; the office not written before (not even as "manager Pep
    /// Guardiola", of whom the lists know no title); no "of" after it ("the president of the
    /// union"); and one person, by full name, in the last sentence naming anyone, one of the
    /// last [`OFFICE_SENTENCES`]. The office keeps that person after.
    fn office_holder(&mut self, head: &str, first: usize, end: usize, sentence: usize) -> Option<String> {
        let office = lexicon::office(head)?;
        // "The mayor, a Democrat, said" opening a sentence brings someone in as often as not.
        if self.cx.word(first) != "the" || matches!(self.cx.lower(end).as_ref(), "of" | "at" | "for" | "to") {
            return None;
        }
        let mut named = self.recent.iter().rev().filter(|r| r.sentence < sentence);
        let last = named.next()?;
        let alone = named.take_while(|r| r.sentence == last.sentence).all(|r| r.name == last.name);
        let recent = sentence <= last.sentence + OFFICE_SENTENCES;
        let name = last.name.clone();
        // "the Arsenal manager" is not "City manager Pep Guardiola", written before.
        let qualifier = end.checked_sub(2).filter(|&q| q > first && self.cx.is_capitalised_word(q));
        let qualifier = qualifier.map_or(String::new(), |q| self.cx.lower(q).into_owned());
        if !alone || !recent || !name.contains(' ') || self.office_written_before(office, &qualifier, head, first) {
            return None;
        }
        // The office alone keeps its holder; one of a named side is only that side's.
        if qualifier.is_empty() {
            self.by_title.insert(office, name.clone());
        }
        Some(name.to_string())
    }

    /// Whether word `head`, the noun of `office` in this description, stands before token
    /// `before`, after the word `qualifier` if it is not empty ("Arsenal manager"). Each
    /// office's search goes on from where the last one ended: the quotes come in text order, so
    /// the text is read at most once per office and qualifier.
    fn office_written_before(&mut self, office: &'static str, qualifier: &str, head: &str, before: usize) -> bool {
        let is_it = |(o, q, _, _): &&mut (&'static str, String, usize, bool)| *o == office && q == qualifier;
        if !self.offices_read.iter_mut().any(|entry| is_it(&entry)) {
            self.offices_read.push((office, qualifier.to_string(), 0, false));
        }
        let cx = &self.cx;
        let Some((_, _, read, found)) = self.offices_read.iter_mut().find(is_it) else {
            return false;
        };
        if !*found && *read < before {
            let qualified = |i: usize| qualifier.is_empty() || i > 0 && cx.word(i - 1).eq_ignore_ascii_case(qualifier);
            let written = (*read..before).find(|&i| cx.word(i).eq_ignore_ascii_case(head) && qualified(i));
            *found = written.is_some();
            *read = written.unwrap_or(before);
        }
        *found
    }

    /// The subject of the last sentence before sentence `before` naming a person of `gender`
    /// (any, for `None`): the first such person in that sentence, passing one named in the
    /// possessive just before another ("Reyes' lawyer, Michael Feldman, said" is Feldman's).
    fn last_person(&self, gender: Option<Gender>, before: usize) -> Option<String> {
        self.last_person_at(gender, before).map(|(name, _)| name)
    }

    /// [`Self::last_person`], and the sentence that names them.
    fn last_person_at(&self, gender: Option<Gender>, before: usize) -> Option<(String, usize)> {
        let compatible = |g: &Option<Gender>| g.is_none_or(|g| gender.is_none_or(|w| w == g));
        // "Asked about Salah's contract, Slot smiled.": in a sentence that opens with a
        // question put to its subject, the subject is the person named last.
        let asked = |sentence: usize| {
            let opener = self.sentences.get(sentence).map(|s| s.tokens.start);
            opener.is_some_and(|t| lexicon::puts_a_question(&self.cx.lower(t)))
        };
        let mut best: Option<&Recent> = None;
        for entry in self.recent.iter().rev().take(PRONOUN_REACH) {
            if !compatible(&entry.gender) || entry.sentence >= before {
                continue;
            }
            match best {
                Some(b) if b.sentence != entry.sentence || asked(b.sentence) => break,
                Some(b)
                    if entry.possessive
                        && !b.possessive
                        && b.span.start.saturating_sub(entry.span.end) <= POSSESSIVE_REACH => {}
                _ => best = Some(entry),
            }
        }
        best.map(|b| (b.name.to_string(), b.sentence))
    }

    /// Whether sentence `n` reports what someone said whom it does not name, and who may be
    /// of `gender`: it opens with "the" or "a" and a noun for such a person ("The owner of the
    /// nightclub, who asked not to be named because she feared for her safety, said"), and
    /// has a reporting verb.
    fn unnamed_reporter(&self, n: usize, gender: Gender) -> bool {
        let Some(tokens) = self.sentences.get(n).map(|s| s.tokens.clone()) else {
            return false;
        };
        let start = tokens.start;
        if !matches!(self.cx.lower(start).as_ref(), "the" | "a" | "an") {
            return false;
        }
        // The noun: the last of a few lower-case words ("the bar's longtime owner").
        let head = (start + 1..tokens.end)
            .take(3)
            .take_while(|&i| {
                self.cx.is_lowercase_word(i)
                    && !self.cx.is_cue(i)
                    && !matches!(self.cx.lower(i).as_ref(), "of" | "who" | "at" | "for" | "in" | "from")
            })
            .last();
        let Some(head) = head else {
            return false;
        };
        let noun = self.cx.lower(head);
        let compatible = lexicon::title_gender(&noun).is_none_or(|g| g == gender);
        compatible
            && lexicon::is_unnamed_person_noun(&noun)
            && (head + 1..tokens.end).take(super::attribution::CLAUSE_REACH).any(|i| self.cx.is_cue(i))
    }
}

/// Whether the name at `span` is in the possessive: "Biden's", "Reyes' lawyer".
fn is_possessive(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    let name = text.get(span.start..span.end).unwrap_or("");
    let Some(rest) = after.strip_prefix('\'').or_else(|| after.strip_prefix('\u{2019}')) else {
        return false;
    };
    rest.starts_with('s') || (rest.starts_with(' ') && name.ends_with('s'))
}

fn first_name_gender(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?;
    lexicon::given_name_gender(&lexicon::lower(first.trim_end_matches('.')))
}

pub(crate) fn token_span(cx: &Context, first: usize, end: usize) -> Span {
    let start = cx.tokens.get(first).map_or(0, |t| t.start);
    let stop = end.checked_sub(1).and_then(|last| cx.tokens.get(last)).map_or(start, |t| t.end);
    Span::new(start, stop.max(start))
}

/// Whether an entity of this kind can be a quote's speaker: people, and organizations and
/// places standing for the people in them ("Moscow said"), and social-media handles.
fn can_speak(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place | EntityKind::Handle)
}

/// Whether `span` lies inside one of the (sorted) quotes.
fn inside_quote(quotes: &[RawQuote], span: Span) -> bool {
    let after = quotes.partition_point(|q| q.start <= span.start);
    after > 0 && quotes[after - 1].end >= span.end
}

/// People written with a title outside quotes: "Mayor Zohran Mamdani", "Sen. Chuck Schumer",
/// "Mr. Smith". They tell later descriptions ("the mayor") and pronouns who is meant.
fn titled_names(cx: &Context, spellings: &Spellings, index: &EntityIndex, quotes: &[RawQuote], out: &mut Vec<Person>) {
    let n = cx.tokens.len();
    // The title a spelling is, looked up once per spelling: a text repeats its capitalised
    // words, and lower-casing each to look it up was most of this stage's time.
    let mut title_of: Vec<Option<Option<&'static str>>> = vec![None; spellings.len()];
    let mut title_at = |i: usize| {
        let slot = spellings.of(i).and_then(|s| title_of.get_mut(s as usize));
        if let Some(Some(known)) = slot.as_deref() {
            return *known;
        }
        let word = cx.lower(i);
        let title = lexicon::person_title(word.strip_suffix('.').unwrap_or(&word));
        if let Some(slot) = slot {
            *slot = Some(title);
        }
        title
    };
    let mut i = 0;
    while i + 1 < n {
        if !cx.is_capitalised_word(i) {
            i += 1;
            continue;
        }
        let Some(title) = title_at(i) else {
            i += 1;
            continue;
        };
        let word = cx.lower(i);
        let bare = word.strip_suffix('.').unwrap_or(&word);
        let mut end = i + 1;
        while end < n && end - i <= 3 && cx.is_name_token(end) {
            end += 1;
        }
        if end == i + 1 {
            i += 1;
            continue;
        }
        let span = token_span(cx, i + 1, end);
        if !inside_quote(quotes, span) {
            let (span, name) = match index.overlapping(span) {
                Some((m, e)) => (m, Rc::from(e.name.as_str())),
                None => (span, Rc::from(span.of(cx.text))),
            };
            out.push(Person {
                span,
                gender: lexicon::title_gender(bare).or_else(|| first_name_gender(&name)),
                title: (!title.is_empty()).then_some(title),
                name,
            });
        }
        i = end;
    }
}
