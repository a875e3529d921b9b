//! Who a quote is attributed to, read off the words around it: the reporting verb and the
//! noun phrase that is its subject, before the quote (`X said: “…”`, `X said that “…”`) or
//! after it (`“…,” X said`, `“…,” said X`, `“…” — X`, `according to X`).
//!
//! Everything here looks at a window of a few dozen tokens next to one quote, bounded by the
//! neighbouring quotes and the paragraph, so the whole stage stays linear in the text.

use super::lexicon::{self, Gender};
use super::marks::{is_mark_token, RawQuote};
use crate::tokens::{Token, TokenKind};

/// The longest noun phrase, in tokens, taken as a speaker.
const MAX_NOUN_PHRASE: usize = 8;
/// The longest appositive ("Jane Doe, a spokeswoman for the campaign, said").
const MAX_APPOSITIVE: usize = 16;
/// How far a prepositional tail may push the verb after the subject ("the mayor of New York
/// City said").
const MAX_TAIL: usize = 6;
/// How long a parenthesis after a name may be ("(D-N.Y.)", "(R-Texas)", "(pictured)").
const MAX_PARENTHESIS: usize = 8;
/// How many tokens a dateline may take before its dash ("SAN JUAN, Puerto Rico (AP) —").
const MAX_DATELINE: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name: the capitalised words after any title.
    Name,
    Pronoun(Option<Gender>),
    /// A description ("the mayor"); `head` is its last word, lowercased.
    Nominal {
        head: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first_token: usize,
    pub end_token: usize,
    pub kind: MentionKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub mention: Option<Mention>,
    pub cue: Option<String>,
    /// The last token the attribution uses, so that a quote right after it can continue it.
    pub last_token: usize,
    /// The role noun of an appositive after a named speaker ("spokeswoman").
    pub role: Option<String>,
    /// A participle with no subject of its own (`…, adding: “…”`): same speaker as the quote
    /// before.
    pub continues_previous: bool,
}

#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Titles of works in quote marks, in text order: their marks are read as plain
    /// punctuation ("who starred in “Unforgiven,” said").
    pub titles: &'a [RawQuote],
}

impl<'a> Context<'a> {
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn lower(&self, i: usize) -> lexicon::Lower<'a> {
        lexicon::lower(self.word(i))
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub(crate) fn is_lowercase_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    // Inlined: asked about every token of the text.
    #[inline(always)]
    pub fn is_capitalised_word(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Word) else {
            return false;
        };
        // An ASCII first byte answers without decoding the word (most words).
        match self.text.as_bytes().get(token.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        }
    }

    fn is_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| is_mark_token(self.text, t)) && !self.marks_a_title(i)
    }

    /// Whether token `i` is a quote mark around a title of a work.
    fn marks_a_title(&self, i: usize) -> bool {
        let k = self.titles.partition_point(|t| t.open_token <= i);
        k.checked_sub(1).and_then(|k| self.titles.get(k)).is_some_and(|t| t.open_token == i || t.close_token == Some(i))
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punctuation) && self.word(i) == s
    }

    pub fn is_period(&self, i: usize) -> bool {
        self.is(i, ".")
    }

    fn ends_clause(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punctuation)
            && matches!(self.word(i), "." | "!" | "?" | ";" | "…" | "(" | ")" | "...")
            // The period of "R-S.D.," that the tokenizer leaves apart ends nothing.
            && !(self.word(i) == "." && self.is(i + 1, ","))
    }

    /// A dash, or a hyphen standing alone as one.
    fn is_dash(&self, i: usize) -> bool {
        self.is_long_dash(i) || (self.kind(i) == Some(TokenKind::Punctuation) && self.word(i) == "-")
    }

    /// A dash between words, not a hyphen: no appositive runs across one ("KYIV, Ukraine —
    /// Mayor Vitali Klitschko toured the site, adding" is no "KYIV" described at length).
    fn is_long_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punctuation) && matches!(self.word(i), "—" | "–" | "--" | "―" | "——")
    }

    /// The last token of the attribution clause that token `from` is in: up to the next
    /// sentence end or quote mark (`“…,” Schumer said on the Senate floor.`), before `limit`.
    fn clause_end(&self, from: usize, limit: usize) -> usize {
        let mut i = from;
        while i + 1 < limit.min(from + MAX_APPOSITIVE) && !self.is_mark(i + 1) {
            if matches!(self.word(i), "." | "!" | "?") && self.kind(i) == Some(TokenKind::Punctuation) {
                break;
            }
            i += 1;
        }
        i
    }

    /// A reporting verb as written in running text (a capitalised "State" or "Post" is a name).
    pub fn is_cue(&self, i: usize) -> bool {
        self.is_lowercase_word(i) && lexicon::is_cue(&self.lower(i))
    }

    /// A reporting verb, or a verb that introduces a partial quote ("accused", "called").
    pub fn is_any_cue(&self, i: usize) -> bool {
        self.is_lowercase_word(i) && {
            let w = self.lower(i);
            lexicon::is_any_cue(&w)
        }
    }

    /// A reporting verb used as a verb, not below `floor`: not after words that make it a noun
    /// or an infinitive ("to investigate reports of"), nor right after another reporting verb,
    /// whose object it is ("Huang said demand for Blackwell “is staggering”").
    fn is_cue_verb(&self, i: usize, floor: usize) -> bool {
        self.is_any_cue(i)
            && !(i > floor && (lexicon::makes_cue_a_noun(&self.lower(i - 1)) || self.is_cue(i - 1)))
            && !self.continues_to(i)
            && !self.names_a_post(i, floor)
    }

    /// "In an Instagram post, Swift thanked …": a cue that is a noun too, after a determiner
    /// and a name, is a noun ("the Democrats said" still reports).
    fn names_a_post(&self, i: usize, floor: usize) -> bool {
        i > floor + 1
            && lexicon::is_cue_noun(&self.lower(i))
            && self.is_capitalised_word(i - 1)
            && lexicon::makes_cue_a_noun(&self.lower(i - 2))
    }

    /// "would continue to support Ukraine “…”": "continue" before "to" goes on doing, and
    /// reports nothing unless what goes on is reporting ("continued to proclaim that").
    fn continues_to(&self, i: usize) -> bool {
        self.lower(i).starts_with("continu") && self.word(i + 1) == "to" && !self.is_any_cue(i + 2)
    }

    fn is_according_to(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && self.word(i).eq_ignore_ascii_case("according")
            && self.word(i + 1) == "to"
    }

    /// "in the words of Coach John Benington, “…”": a credit like "according to".
    fn is_in_the_words_of(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && self.word(i).eq_ignore_ascii_case("in")
            && (1..4).all(|k| self.kind(i + k) == Some(TokenKind::Word))
            && self.word(i + 1) == "the"
            && self.word(i + 2) == "words"
            && self.word(i + 3) == "of"
    }

    /// A capitalised word that can be part of a person's name (not a title, office or
    /// function word).
    pub fn is_name_token(&self, i: usize) -> bool {
        if !self.is_capitalised_word(i) {
            return false;
        }
        let w = self.lower(i);
        let bare = w.strip_suffix('.').unwrap_or(&w);
        !lexicon::is_title_word(bare) && lexicon::pronoun(bare).is_none()
    }

    /// Whether a lowercase word ends a noun phrase.
    fn stops_noun_phrase(&self, i: usize) -> bool {
        if !self.is_lowercase_word(i) {
            return false;
        }
        let w = self.lower(i);
        lexicon::stops_noun_phrase(&w)
    }

    /// A preposition that opens a phrase describing a subject: "Smith of Reuters", "officials
    /// at the agency", "a spokesman for the campaign", "Jones from Ohio", "officials in Kyiv".
    fn is_subject_preposition(&self, i: usize) -> bool {
        self.is_lowercase_word(i) && matches!(self.lower(i).as_ref(), "of" | "at" | "for" | "from" | "in" | "with")
    }

    /// "a No 10 spokesman" (Downing Street, in British copy): a number that goes on a noun
    /// phrase after "No".
    fn is_no_before(&self, i: usize) -> bool {
        i > 0 && self.kind(i - 1) == Some(TokenKind::Word) && matches!(self.lower(i - 1).as_ref(), "no" | "no.")
    }

    /// Whether token `i` is a number that describes a person's age: "the 37-year-old said".
    pub(crate) fn is_age(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number) && self.word(i).ends_with("-year-old")
    }

    fn is_filler(&self, i: usize) -> bool {
        self.is_lowercase_word(i) && lexicon::is_verb_filler(&self.lower(i))
    }

    /// A noun phrase starting at `from`, before `limit`.
    fn noun_phrase_after(&self, from: usize, limit: usize) -> Option<(usize, usize)> {
        let mut j = from;
        while j < limit && j - from < MAX_NOUN_PHRASE {
            // After a determiner a reporting verb's spelling is a noun: "said the post".
            let after_determiner = j > from && lexicon::is_determiner(&self.lower(j - 1));
            match self.kind(j) {
                Some(TokenKind::Word) if !self.stops_noun_phrase(j) || after_determiner => {}
                Some(TokenKind::Clitic) if j > from => {}
                Some(TokenKind::Number) if self.is_no_before(j) || self.is_age(j) => {}
                _ => break,
            }
            // A pronoun is a whole noun phrase.
            if j == from && lexicon::pronoun(&self.lower(j)).is_some() {
                return Some((j, j + 1));
            }
            j += 1;
        }
        (j > from).then_some((from, j))
    }

    /// A noun phrase ending just before `end`, not reaching below `floor`.
    fn noun_phrase_before(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut j = end;
        while j > floor && end - j < MAX_NOUN_PHRASE {
            let i = j - 1;
            match self.kind(i) {
                Some(TokenKind::Word) if !self.stops_noun_phrase(i) => {}
                Some(TokenKind::Clitic) => {}
                Some(TokenKind::Number) if i > floor && self.is_no_before(i) || self.is_age(i) => {}
                _ => break,
            }
            j = i;
            let w = self.lower(i);
            if lexicon::is_determiner(&w) || lexicon::pronoun(&w).is_some() {
                break;
            }
        }
        // "The report's authors say": a possessive ending takes its possessor along, even a word
        // that would end a noun phrase ("report"), and the possessor's determiner.
        if j < end && j > floor && self.kind(j) == Some(TokenKind::Clitic) && self.kind(j - 1) == Some(TokenKind::Word)
        {
            j -= 1;
            if j > floor && lexicon::is_determiner(&self.lower(j - 1)) {
                j -= 1;
            }
        }
        (j < end).then_some((j, end))
    }

    /// What kind of speaker the noun phrase `[a, b)` names, and which of its words name it.
    fn mention(&self, a: usize, b: usize) -> Option<Mention> {
        if b <= a {
            return None;
        }
        let first = self.lower(a);
        if b - a == 1 {
            if let Some(gender) = lexicon::pronoun(&first) {
                return Some(Mention { first_token: a, end_token: b, kind: MentionKind::Pronoun(gender) });
            }
        }
        let mut k = b;
        while k > a && b - k < 4 && self.is_name_token(k - 1) {
            k -= 1;
        }
        let head = self.lower(b - 1);
        if k < b && !(b - k == 1 && lexicon::is_common_speaker_noun(&head)) {
            return Some(Mention { first_token: k, end_token: b, kind: MentionKind::Name });
        }
        // A determiner alone ("said the post by ..." cut short at "post") names no one.
        if self.kind(b - 1) != Some(TokenKind::Word) && !self.is_age(b - 1) || lexicon::is_determiner(&head) {
            return None;
        }
        let determiner = (a..b).rev().find(|&i| lexicon::is_determiner(&self.lower(i)));
        // A possessive is a determiner too, its possessor part of the description ("Filippo
        // Grandi's successor").
        let possessive = (a..b).any(|i| self.kind(i) == Some(TokenKind::Clitic));
        // Without a determiner only a plural or a known group noun is a speaker ("officials").
        if determiner.is_none() && !possessive && !(head.ends_with('s') || lexicon::is_common_speaker_noun(&head)) {
            return None;
        }
        let start = if possessive { a } else { determiner.unwrap_or(a) };
        Some(Mention { first_token: start, end_token: b, kind: MentionKind::Nominal { head: head.into_owned() } })
    }

    /// The name that is all of `[a, b)` ("Andrew Bates"), with no determiner before it.
    fn name_filling(&self, a: usize, b: usize) -> Option<Mention> {
        let (start, end) = self.noun_phrase_after(a, b)?;
        if end != b || lexicon::is_determiner(&self.lower(start)) {
            return None;
        }
        self.mention(start, end).filter(|m| matches!(m.kind, MentionKind::Name) && m.first_token == start)
    }

    /// The name after a role in an appositive `[a, b)` ("economist Laura Chen of the
    /// University of Chicago"): lower-case words with no determiner among them, then a name of
    /// two words or more ("a Democrat" is no name).
    fn role_then_name(&self, a: usize, b: usize) -> Option<Mention> {
        let name = (a..b).find(|&i| !self.is_lowercase_word(i) || lexicon::is_determiner(&self.lower(i)))?;
        if name == a || !self.is_name_token(name) {
            return None;
        }
        let words = (name..b).take(4).take_while(|&k| self.is_name_token(k)).count();
        (words >= 2).then_some(Mention { first_token: name, end_token: name + words, kind: MentionKind::Name })
    }

    /// The role noun of an appositive `[a, b)` ("a spokeswoman for the campaign" ->
    /// "spokeswoman").
    fn appositive_role(&self, a: usize, b: usize) -> Option<String> {
        let (_, end) = self.noun_phrase_after(a, b)?;
        self.is_lowercase_word(end - 1).then(|| self.lower(end - 1).into_owned())
    }

    /// Past a short parenthesis opening at `from` ("Chuck Schumer (D-N.Y.) told"): the token
    /// after it, or `from` if there is none.
    fn past_parenthesis(&self, from: usize, limit: usize) -> usize {
        if !self.is(from, "(") {
            return from;
        }
        (from + 1..limit.min(from + MAX_PARENTHESIS)).find(|&i| self.is(i, ")")).map_or(from, |close| close + 1)
    }

    /// Before a short parenthesis ending just before `end` ("Schumer (D-N.Y.) said"): where it
    /// opens, or `end` if there is none.
    fn before_parenthesis(&self, end: usize, floor: usize) -> usize {
        if end <= floor || !self.is(end - 1, ")") {
            return end;
        }
        (floor.max(end.saturating_sub(MAX_PARENTHESIS))..end - 1).rev().find(|&i| self.is(i, "(")).unwrap_or(end)
    }

    /// The next comma after `from` within an appositive's reach, if no clause ends first.
    fn closing_comma(&self, from: usize, limit: usize) -> Option<usize> {
        (from..limit.min(from + MAX_APPOSITIVE))
            .take_while(|&i| !self.ends_clause(i) && !self.is_mark(i) && !self.is_long_dash(i))
            .find(|&i| self.is(i, ","))
    }

    /// The comma before `before` that opens an appositive ending there.
    fn opening_comma(&self, before: usize, floor: usize) -> Option<usize> {
        (floor.max(before.saturating_sub(MAX_APPOSITIVE))..before)
            .rev()
            .take_while(|&i| !self.ends_clause(i) && !self.is_mark(i) && !self.is_long_dash(i))
            .find(|&i| self.is(i, ","))
    }
}

/// The attribution written after a quote whose closing mark is token `close`; `limit` bounds
/// the search (the next quote, the end of the paragraph).
pub(crate) fn after(cx: &Context, close: usize, limit: usize) -> Option<Attribution> {
    let mut i = close + 1;
    if cx.is(i, ",") || cx.is(i, ";") {
        i += 1;
    }
    if i >= limit {
        return None;
    }
    if cx.is_dash(i) {
        // “…” — Jane Doe (a pull-quote credit), or “…” — Jane Doe said.
        let (a, b) = cx.noun_phrase_after(i + 1, limit)?;
        let mention = cx.mention(a, b)?;
        let cue = cx.is_cue(b).then(|| cx.word(b).to_string());
        let last_token = cx.clause_end(b - 1, limit);
        return Some(Attribution { mention: Some(mention), cue, last_token, ..Attribution::default() });
    }
    if cx.is_according_to(i) {
        return according_to(cx, i, 2, limit);
    }
    if cx.is_cue(i) {
        // “…,” said Jane Doe, a spokeswoman for the campaign.
        let (a, b) = cx.noun_phrase_after(i + 1, limit)?;
        let mut mention = cx.mention(a, b)?;
        let role = if cx.is(b, ",") { cx.appositive_role(b + 1, limit) } else { None };
        // “…,” said Filippo Grandi's successor, High Commissioner Barham Salih: a description,
        // then the name of the one it describes.
        if matches!(mention.kind, MentionKind::Nominal { .. }) && cx.is(b, ",") {
            let end = cx
                .closing_comma(b + 1, limit)
                .unwrap_or_else(|| (b + 1..limit).find(|&k| cx.kind(k) != Some(TokenKind::Word)).unwrap_or(limit));
            if let Some(name) = cx.mention(b + 1, end).filter(|m| matches!(m.kind, MentionKind::Name)) {
                mention = name;
            }
        }
        return Some(Attribution {
            mention: Some(mention),
            cue: Some(cx.word(i).to_string()),
            last_token: cx.clause_end(b - 1, limit),
            role,
            continues_previous: false,
        });
    }
    // “…,” Jane Doe, a spokeswoman, said / “…,” he later said / “…,” the mayor of X said.
    let (a, mut b) = cx.noun_phrase_after(i, limit)?;
    let mut mention = cx.mention(a, b);
    // “…,” Secretary of State Mike Pompeo said, “…,” President of Baseball Operations John
    // Mozeliak said: a title, "of" and the office before the name.
    let named = mention.as_ref().is_some_and(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_)));
    if !named && b == a + 1 && cx.is_capitalised_word(a) && cx.lower(b) == "of" {
        let names = (b + 1..limit).take(6).take_while(|&k| cx.is_capitalised_word(k)).count();
        let name = cx.mention(b + 1, b + 1 + names).filter(|m| names >= 2 && matches!(m.kind, MentionKind::Name));
        if name.is_some() {
            mention = name;
            b += 1 + names;
        }
    }
    let mention = mention?;
    let mut j = cx.past_parenthesis(b, limit);
    let mut role = None;
    if cx.is(j, ",") {
        let comma = cx.closing_comma(j + 1, limit)?;
        role = cx.appositive_role(j + 1, comma);
        j = comma + 1;
    }
    while j < limit && j < b + MAX_APPOSITIVE && cx.is_filler(j) {
        j += 1;
    }
    let verb = (j..limit.min(j + MAX_TAIL))
        .take_while(|&k| matches!(cx.kind(k), Some(TokenKind::Word | TokenKind::Clitic | TokenKind::Number)))
        .find(|&k| cx.is_cue(k) && !cx.names_a_post(k, a))?;
    Some(Attribution {
        mention: Some(mention),
        cue: Some(cx.word(verb).to_string()),
        last_token: cx.clause_end(verb, limit),
        role,
        continues_previous: false,
    })
}

/// The credit whose `words` words start at token `at` ("according to", "in the words of"),
/// with the speaker named after it.
fn according_to(cx: &Context, at: usize, words: usize, limit: usize) -> Option<Attribution> {
    let (a, b) = cx.noun_phrase_after(at + words, limit)?;
    let cue = (at..at + words).map(|i| cx.word(i)).collect::<Vec<_>>().join(" ");
    Some(Attribution {
        mention: Some(cx.mention(a, b)?),
        cue: Some(cue),
        last_token: cx.clause_end(b - 1, limit),
        ..Attribution::default()
    })
}

/// "in Mr. Kennedy's own words, “…”", "in her words": the speaker named before "words".
fn in_own_words(cx: &Context, at: usize, open: usize) -> Option<Attribution> {
    if !(cx.kind(at) == Some(TokenKind::Word) && cx.word(at).eq_ignore_ascii_case("in")) {
        return None;
    }
    let words = (at + 1..open.min(at + 8)).find(|&i| cx.kind(i) == Some(TokenKind::Word) && cx.word(i) == "words")?;
    let mut end = words;
    if cx.word(end - 1) == "own" {
        end -= 1;
    }
    let mention = match cx.kind(end - 1) {
        // "in Mr. Kennedy's own words": the name before the possessive.
        Some(TokenKind::Clitic) => cx.mention(at + 1, end - 1)?,
        // "in her own words", "in his words".
        _ if end == at + 2 => {
            let gender = lexicon::possessive_gender(&cx.lower(at + 1))?;
            Mention { first_token: at + 1, end_token: at + 2, kind: MentionKind::Pronoun(gender) }
        }
        _ => return None,
    };
    if !matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun(_)) {
        return None;
    }
    Some(Attribution {
        mention: Some(mention),
        // As written: "Kennedy’s" is two tokens with nothing between.
        cue: Some(super::speakers::token_span(cx, at, words + 1).of(cx.text).to_string()),
        last_token: open.saturating_sub(1),
        ..Attribution::default()
    })
}

/// The attribution written before a quote opening at token `open`, in the same sentence and
/// not below `floor` (`X said: “…”`, `X said that “…”`, `X called it “…”`). A participle cue
/// (`…, adding: “…”`) may take the subject that opens the sentence at `sentence_start`.
pub(crate) fn before(cx: &Context, open: usize, floor: usize, sentence_start: usize) -> Option<Attribution> {
    let mut j = open;
    while j > floor {
        j -= 1;
        if cx.is_mark(j) {
            return None;
        }
        if cx.is_according_to(j) {
            return according_to(cx, j, 2, open);
        }
        if cx.is_in_the_words_of(j) {
            return according_to(cx, j, 4, open);
        }
        if let Some(attribution) = in_own_words(cx, j, open) {
            return Some(attribution);
        }
        if !cx.is_cue_verb(j, floor) {
            continue;
        }
        let cue = Some(cx.word(j).to_string());
        if let Some((mention, role)) = subject_before(cx, j, floor) {
            return Some(Attribution {
                mention: Some(mention),
                cue,
                last_token: open.saturating_sub(1),
                role,
                continues_previous: false,
            });
        }
        if cx.word(j).ends_with("ing") {
            if let Some(mention) = clause_subject(cx, sentence_start, j) {
                return Some(Attribution {
                    mention: Some(mention),
                    cue,
                    last_token: open.saturating_sub(1),
                    role: None,
                    continues_previous: false,
                });
            }
            return Some(Attribution {
                mention: None,
                cue,
                last_token: open.saturating_sub(1),
                role: None,
                continues_previous: true,
            });
        }
        return None;
    }
    None
}

/// The attribution of a quote after a colon at token `colon` (in the sentence starting at
/// `start`) that no reporting verb next to the quote gave: the subject of the sentence's
/// reporting verb, past any quotes between ("…, Nunzio Galantino, has called the sentence
/// “dangerous” and “ideological”: “…”"), or else the subject that opens the sentence ("Sunak
/// defended the record, promising a “formal update” is forthcoming: “…”"). A name or a
/// pronoun after a reporting verb; a name only when there is none ("He heard the words: “…”"
/// is no one's statement).
pub(crate) fn after_colon(cx: &Context, colon: usize, start: usize) -> Option<Attribution> {
    let cue = (start..colon).rev().take(CLAUSE_REACH).find(|&i| cx.is_cue_verb(i, start));
    let named = |m: &Mention| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_));
    let mention = match cue {
        // A participle ("…, promising a “formal update” is forthcoming:") takes the subject
        // that opens the sentence.
        Some(cue) => subject_before(cx, cue, start)
            .map(|(m, _)| m)
            .filter(named)
            .or_else(|| cx.word(cue).ends_with("ing").then(|| clause_subject(cx, start, cue)).flatten().filter(named)),
        // "The mayor, Ann Lee, was less sure: “…”": a description's appositive names it.
        None => clause_subject(cx, start, colon).and_then(|m| match m.kind {
            MentionKind::Name => Some(m),
            MentionKind::Nominal { .. } if cx.is(m.end_token, ",") => {
                let end = cx.closing_comma(m.end_token + 1, colon)?;
                cx.mention(m.end_token + 1, end).filter(|name| matches!(name.kind, MentionKind::Name))
            }
            _ => None,
        }),
    }?;
    Some(Attribution {
        mention: Some(mention),
        cue: cue.map(|c| cx.word(c).to_string()),
        last_token: colon,
        ..Attribution::default()
    })
}

/// The speaker of a reporting verb in the sentence `start..=last` (the one before a quote):
/// the first such verb with a name or a pronoun for its subject ("Heald noted the findings show
/// …", "As Heald told The Huffington Post, …").
pub(crate) fn reported_in(cx: &Context, start: usize, last: usize) -> Option<Attribution> {
    (start..=last).take(CLAUSE_REACH).filter(|&i| cx.is_cue(i)).find_map(|cue| {
        let (mention, _) = subject_before(cx, cue, start)?;
        matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun(_)).then(|| Attribution {
            mention: Some(mention),
            cue: Some(cx.word(cue).to_string()),
            last_token: last,
            ..Attribution::default()
        })
    })
}

/// How many tokens of a sentence are searched for its reporting verb (before a colon, or in
/// the sentence before a quote).
pub(crate) const CLAUSE_REACH: usize = 40;

/// The subject that opens the sentence of a participle cue at token `cue`, at `start` or after
/// an opening phrase and its comma: "She accused them of cowardice, adding: “…”", "In a post,
/// the congresswoman wrote …, adding". Only a pronoun, "the" and a speaker's noun, or a name
/// (a title before it is passed over), each followed by a lower-case word, its verb; a single
/// capitalised word at the sentence's start may be any word ("Officials", "In"), so it is not
/// taken. `None` leaves the quote to the speaker of the quote before it.
fn clause_subject(cx: &Context, start: usize, cue: usize) -> Option<Mention> {
    let after_dateline = dateline_end(cx, start, cue);
    let after_opening = (after_dateline.unwrap_or(start)..cue).find(|&i| cx.is(i, ",")).map(|comma| comma + 1);
    [Some(start), after_dateline, after_opening].into_iter().flatten().find_map(|s| {
        if s >= cue || cx.is_mark(s) {
            return None;
        }
        let first = cx.lower(s);
        let end = if lexicon::pronoun(&first).is_some() {
            s + 1
        } else if lexicon::is_determiner(&first) {
            let noun = cx.lower(s + 1);
            let speaker = cx.is_lowercase_word(s + 1)
                && (lexicon::person_title(&noun).is_some() || lexicon::is_common_speaker_noun(&noun));
            if !speaker {
                return None;
            }
            s + 2
        } else {
            // "But Morgan did not leave …", "Rep. Mac Barber is asking …": a conjunction or a
            // title before the name is not part of it.
            let conjunction = matches!(first.as_ref(), "but" | "and" | "or" | "so" | "yet" | "then" | "still");
            // A title, of one word or several, ends at its last title word ("Rep. Mac Barber",
            // "Finance Minister Nirmala Sitharaman").
            let title_end = (s..cue)
                .take(4)
                .take_while(|&i| cx.is_capitalised_word(i))
                .filter(|&i| lexicon::is_title_word(cx.lower(i).trim_end_matches('.')))
                .last();
            let from = match title_end {
                Some(title) => title + 1,
                None if cx.is_capitalised_word(s) && conjunction => s + 1,
                None => s,
            };
            let names = (from..cue).take(4).take_while(|&i| cx.is_name_token(i)).count();
            // A single capitalised word opening the sentence (or the text after its dateline)
            // may be any word.
            if names == 0 || (names == 1 && (from == start || Some(from) == after_dateline)) {
                return None;
            }
            from + names
        };
        // The verb may come after an appositive ("Sen. Maria Cantwell, D-Wash., pressed"), or
        // the name may be the appositive, after the description it names ("Her husband, Luis,
        // was less sure").
        let verb = match cx.is(end, ",").then(|| cx.closing_comma(end + 1, cue)).flatten() {
            Some(comma) => comma + 1,
            None if cx.is(end, ",") && Some(s) == after_opening && s >= start + 3 => end + 1,
            None => end,
        };
        // A second clause between the subject and the cue may have a subject of its own ("he
        // would sit … and a girl would come running, calling out"): no subject is better then.
        // A second verb of the same subject is fine ("Rourke gulped it down and joined him,
        // asking").
        let second_clause = (verb..cue).any(|i| {
            let next = cx.lower(i + 1);
            let new_subject =
                !cx.is_lowercase_word(i + 1) || lexicon::is_determiner(&next) || lexicon::pronoun(&next).is_some();
            cx.is_lowercase_word(i)
                && match cx.lower(i).as_ref() {
                    "and" | "but" | "or" => new_subject,
                    "while" | "who" | "which" | "whom" | "whose" => true,
                    _ => false,
                }
        });
        if verb >= cue || !cx.is_lowercase_word(verb) || second_clause {
            return None;
        }
        cx.mention(s, end).filter(|m| !matches!(m.kind, MentionKind::Nominal { .. }) || lexicon::is_determiner(&first))
    })
}

/// Where the sentence starting at token `start` begins after a wire story's dateline ("WASHINGTON
/// (AP) —", "KYIV, Ukraine —"): a word in capitals, then a dash within a few tokens.
fn dateline_end(cx: &Context, start: usize, cue: usize) -> Option<usize> {
    let first = cx.word(start);
    let shouted = first.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !first.chars().any(char::is_lowercase);
    if !shouted {
        return None;
    }
    (start + 1..cue.min(start + MAX_DATELINE)).find(|&i| cx.is_long_dash(i)).map(|dash| dash + 1)
}

/// The subject of the verb at token `verb`: a noun phrase before it, past fillers ("he later
/// said") and an appositive ("Schumer, the minority leader, said").
fn subject_before(cx: &Context, verb: usize, floor: usize) -> Option<(Mention, Option<String>)> {
    let mut j = verb;
    let mut fillers = 0;
    while j > floor && fillers < 3 && cx.is_filler(j - 1) {
        j -= 1;
        fillers += 1;
    }
    let mut role = None;
    let mut appositive = None;
    j = cx.before_parenthesis(j, floor);
    // "who starred in “Unforgiven,” said": the comma before a title's closing mark is the
    // clause's.
    if j > floor + 1 && cx.marks_a_title(j - 1) && cx.is(j - 2, ",") {
        j -= 1;
    }
    if j > floor && cx.is(j - 1, ",") {
        let comma = cx.opening_comma(j - 1, floor)?;
        role = cx.appositive_role(comma + 1, j - 1);
        appositive = Some((comma + 1, j - 1));
        // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino,".
        j = cx.before_parenthesis(comma, floor);
    }
    let (mut a, mut b) = cx.noun_phrase_before(j, floor)?;
    // "Matthew Ingram of The Globe and Mail dubbed it": a name with "and" inside, after a
    // preposition, hangs from the name before it like any other.
    if a > floor + 2 && cx.lower(a - 1) == "and" && cx.is_capitalised_word(a) && cx.is_capitalised_word(a - 2) {
        if let Some((joined, _)) = cx.noun_phrase_before(a - 1, floor) {
            if joined > floor + 1 && cx.is_subject_preposition(joined - 1) {
                a = joined;
            }
        }
    }
    // "Rep. Charles E. Hughes of Sherman said", "Jones of the State Department said": the
    // subject is the name the prepositional phrases hang from, not the last noun phrase. Only a
    // name: "the former secretary of labor" would be resolved by its title alone, often to
    // someone else. Not past a possessive ("the Museum of Modern Art's Alfred Barr"), nor to
    // "One of the reporters", nor through "The Declaration of Independence", "the Son of God"
    // (a determiner before "of" and none after it: one name with "of" inside).
    let mut described = false;
    for _ in 0..MAX_PREPOSITIONS {
        let Some(before) = a.checked_sub(1).filter(|&p| p > floor && cx.is_subject_preposition(p)) else {
            break;
        };
        // Nor past an honorific: "Undersecretary for Education Mr. Toccafondi says" is
        // Toccafondi.
        let titled = (a..b)
            .any(|i| matches!(cx.lower(i).trim_end_matches('.'), "mr" | "mrs" | "ms" | "dr" | "prof" | "sir" | "dame"));
        if titled || (a..b).any(|i| cx.kind(i) == Some(TokenKind::Clitic)) {
            break;
        }
        let Some((a2, b2)) = cx.noun_phrase_before(cx.before_parenthesis(before, floor), floor) else {
            break;
        };
        let is_name =
            |m: &Mention| matches!(m.kind, MentionKind::Name) && !lexicon::is_determiner(&cx.lower(m.first_token));
        let one_name = cx.lower(before) == "of"
            && lexicon::is_determiner(&cx.lower(a2))
            && cx.is_capitalised_word(b2 - 1)
            && !lexicon::is_determiner(&cx.lower(a));
        if one_name || !cx.mention(a2, b2).is_some_and(|m| is_name(&m)) {
            // "The secretary general of CEI, Nunzio Galantino, said": the name is what the
            // description's preposition reaches, and the appositive names the speaker.
            described = !one_name && cx.is_lowercase_word(b2 - 1);
            break;
        }
        (a, b) = (a2, b2);
    }
    let subject = cx.mention(a, b);
    let named = subject.as_ref().is_some_and(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_)));
    if !named || described {
        // "Biden's spokesman, Andrew Bates, said": the appositive names the described subject
        // (not "The mayor, a Democrat, said": a name with a determiner is a description too).
        // "The study's author, economist Laura Chen of the University of Chicago, said": a role
        // before the name.
        let name = appositive.and_then(|(from, to)| cx.name_filling(from, to).or_else(|| cx.role_then_name(from, to)));
        if let Some(name) = name {
            let role = cx.is_lowercase_word(b - 1).then(|| cx.lower(b - 1).into_owned());
            return Some((name, role));
        }
    }
    Some((subject?, role))
}

/// How many prepositional phrases a subject may carry before its verb ("Smith of the office of
/// the mayor said").
const MAX_PREPOSITIONS: usize = 3;
