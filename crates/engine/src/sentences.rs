//! Sentence boundaries, decided over the tokens in one pass.
//!
//! A sentence ends after terminal punctuation ('.', '!', '?', '…', runs of them) and the closing
//! quote marks and brackets that follow it, when the next token can open a sentence (a capital,
//! a digit, an opening mark). Abbreviations keep their period in the tokenizer; whether such a
//! period also ends the sentence depends on the abbreviation ("Sen." never does, "U.S." does
//! before "He" but not before "Government"). A blank line always ends a sentence, and so does a
//! single line break after a heading or list item. Sentences inside quotations are sentences
//! like any other: `“It works. It is fast,” she said.` is two.

use std::ops::Range;

use crate::abbreviations::{self, Abbreviation};
use crate::tokens::{Token, TokenKind};

/// One sentence: the tokens it holds (by index) and its span in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SentenceSpan {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

#[inline(never)]
pub(crate) fn split(text: &str, tokens: &[Token]) -> Vec<SentenceSpan> {
    Splitter { text, tokens, out: Vec::new(), first: 0, line_words: 0, last_marker: None }.run()
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    out: Vec<SentenceSpan>,
    /// The first token of the sentence being built.
    first: usize,
    /// Words on the current line so far.
    line_words: usize,
    /// The value of the last list marker seen in this paragraph ("1", "b").
    last_marker: Option<u32>,
}

fn is_terminal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…' | '‽' | '。' | '！' | '？'))
}

fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "’" | "»" | "›" | ")" | "]" | "}" | "\"" | "'" | "」" | "』")
}

fn is_opening_mark(s: &str) -> bool {
    matches!(s, "“" | "‘" | "«" | "‹" | "„" | "(" | "[" | "\"" | "'" | "「" | "¿" | "¡")
}

#[inline(always)]
/// The words that introduce a picture's credit ("Image: Reuters").
fn is_credit(s: &str) -> bool {
    matches!(s, "Image" | "Photo" | "Photograph" | "Picture" | "Credit" | "Video")
}

fn is_bullet(s: &str) -> bool {
    // Every bullet is beyond ASCII: a word or a comma is ruled out by its first byte.
    s.as_bytes().first().is_some_and(|b| !b.is_ascii()) && matches!(s, "•" | "⁃" | "◦" | "▪" | "■" | "‣" | "∙")
}

impl<'a> Splitter<'a> {
    fn text_of(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    fn gap(&self, i: usize) -> &'a str {
        let start = if i == 0 { 0 } else { self.tokens[i - 1].end };
        &self.text[start..self.tokens[i].start]
    }

    fn close(&mut self, last: usize) {
        if last >= self.first && last < self.tokens.len() {
            let (start, end) = (self.tokens[self.first].start, self.tokens[last].end);
            self.out.push(SentenceSpan { start, end, tokens: self.first..last + 1 });
        }
        self.first = last + 1;
    }

    fn run(mut self) -> Vec<SentenceSpan> {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            if let Some(kind) = self.plain_kind(i) {
                self.line_words += usize::from(kind.is_wordlike());
                i += 1;
                continue;
            }
            self.break_before(i);
            let kind = self.tokens[i].kind;
            let word = self.text_of(i);
            if kind.is_wordlike() {
                self.line_words += 1;
            }
            // "... in Washington D.C. Image: United States Navy.": a picture's credit, run on
            // after its caption or the text, opens a sentence of its own.
            if word == ":" && i >= 2 && i - 1 > self.first && is_credit(self.text_of(i - 1)) && self.gap(i).is_empty() {
                self.close(i - 2);
            }
            let terminal = kind == TokenKind::Punctuation && is_terminal(word);
            let abbreviation = if kind == TokenKind::Word { abbreviations::classify(word) } else { None };
            if !terminal && abbreviation.is_none() {
                i += 1;
                continue;
            }
            // Take in the rest of a "?!" run and the closing marks glued to it.
            let mut last = i;
            while last + 1 < n && self.gap(last + 1).is_empty() {
                let next = self.text_of(last + 1);
                if is_terminal(next) || is_closing(next) {
                    last += 1;
                } else {
                    break;
                }
            }
            let ends = if last > i && self.tokens[i + 1..=last].iter().any(|t| is_terminal(t.text(self.text))) {
                self.ends_after_terminal(last)
            } else if let Some(kind) = abbreviation {
                self.ends_after_abbreviation(kind, last)
            } else if self.is_list_marker(i.wrapping_sub(1)) && self.list_marker_opens(i - 1) {
                false
            } else {
                self.ends_after_terminal(last)
            };
            if ends {
                self.close(last);
            }
            i = last + 1;
        }
        if self.first < n {
            self.close(n - 1);
        }
        self.out
    }

    /// The kind of token `i` if it can neither end a sentence nor start one of its own: a word
    /// with no period at its end (no abbreviation), a mark that is no terminal, a number, with
    /// no line break before it, not a bullet and not a list marker. Most tokens are such, told
    /// here from a few bytes without slicing the text.
    #[inline(always)]
    fn plain_kind(&self, i: usize) -> Option<TokenKind> {
        let bytes = self.text.as_bytes();
        // The first token opens the text's first sentence: the splitter's own path.
        if i == 0 {
            return None;
        }
        let t = self.tokens.get(i)?;
        let gap_has_no_break = crate::tokens::line_breaks_before(self.text, self.tokens, i) == 0;
        let first = *bytes.get(t.start)?;
        let plain = match t.kind {
            TokenKind::Word => t.end.checked_sub(1).and_then(|last| bytes.get(last)) != Some(&b'.'),
            TokenKind::Punctuation => !matches!(first, b'.' | b'!' | b'?' | b':'),
            _ => true,
        };
        (plain && gap_has_no_break && first.is_ascii() && !self.may_be_list_marker(i)).then_some(t.kind)
    }

    /// Line breaks, bullets and numbered list items that start a new sentence at token `i`.
    fn break_before(&mut self, i: usize) {
        if i == 0 {
            if self.is_list_marker(0) {
                self.last_marker = marker_value(self.text_of(0));
            }
            return;
        }
        let newlines = crate::tokens::line_breaks_before(self.text, self.tokens, i);
        if newlines > 0 {
            let blank = newlines > 1;
            let prev = self.text_of(i - 1);
            let next = self.text_of(i);
            let heading = self.line_words <= 3
                || (next.chars().next().is_some_and(|c| !c.is_lowercase()) && self.line_is_shorter(i - 1, 60));
            if i > self.first && (blank || heading || is_terminal(prev) || is_closing(prev)) {
                self.close(i - 1);
            }
            self.line_words = 0;
            if blank {
                self.last_marker = None;
            }
        }
        let marker = self.is_list_marker(i);
        if i > self.first {
            let word = self.text_of(i);
            if is_bullet(word) || (marker && self.continues_list(i)) {
                self.close(i - 1);
            }
        }
        if marker {
            self.last_marker = marker_value(self.text_of(i));
        }
    }

    /// Whether the line that token `i` ends is shorter than `limit` bytes (from its start to
    /// the end of the token). Only the last `limit` bytes are looked at: finding where a long
    /// line starts would read the whole line, at every line break of a text.
    fn line_is_shorter(&self, i: usize, limit: usize) -> bool {
        let end = self.tokens.get(i).map_or(0, |t| t.end);
        let tail = self.text.as_bytes().get(end.saturating_sub(limit)..end).unwrap_or(&[]);
        end < limit || tail.contains(&b'\n')
    }

    /// "1." "2)" "b.)": a number or a letter, then a period or bracket, then a capitalised word.
    #[inline(always)]
    fn is_list_marker(&self, i: usize) -> bool {
        self.may_be_list_marker(i) && self.is_list_marker_after_all(i)
    }

    /// A marker is one to three digits or one lower-case letter: most tokens are ruled out by
    /// their length and first byte, here, inline.
    #[inline(always)]
    fn may_be_list_marker(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let first = self.text.as_bytes().get(t.start).copied().unwrap_or(0);
            let len = t.end - t.start;
            (len <= 3 && first.is_ascii_digit()) || (len == 1 && first.is_ascii_lowercase())
        })
    }

    fn is_list_marker_after_all(&self, i: usize) -> bool {
        if marker_value(self.text_of(i)).is_none() {
            return false;
        }
        let starts_chunk = i == 0 || !self.gap(i).is_empty() || is_bullet(self.text_of(i - 1));
        let mut j = i + 1;
        let mut closers = 0;
        while j < self.tokens.len() && self.gap(j).is_empty() && matches!(self.text_of(j), "." | ")") {
            j += 1;
            closers += 1;
        }
        let opens_item = j < self.tokens.len()
            && !self.gap(j).is_empty()
            && self.text_of(j).chars().next().is_some_and(char::is_uppercase);
        starts_chunk && closers > 0 && opens_item
    }

    /// A marker at the start of its sentence (or after a bullet) opens a list item.
    fn list_marker_opens(&self, i: usize) -> bool {
        i == self.first || (i == self.first + 1 && is_bullet(self.text_of(self.first)))
    }

    /// A marker mid-sentence starts a new item when it follows on from the previous one.
    fn continues_list(&self, i: usize) -> bool {
        match (self.last_marker, marker_value(self.text_of(i))) {
            (Some(previous), Some(value)) => value == previous + 1,
            _ => false,
        }
    }

    fn next_opens_sentence(&self, last: usize) -> bool {
        let Some(next) = self.tokens.get(last + 1) else {
            return true;
        };
        let gap = self.gap(last + 1);
        if gap.is_empty() {
            return false;
        }
        let word = next.text(self.text);
        let c = word.chars().next().unwrap_or(' ');
        if gap.contains('\n') {
            return true;
        }
        if c.is_lowercase() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '%' | '.' | '…') {
            return false;
        }
        c.is_uppercase()
            || c.is_numeric()
            || is_opening_mark(word)
            || is_bullet(word)
            || matches!(next.kind, TokenKind::Symbol | TokenKind::Hashtag | TokenKind::Handle | TokenKind::Emoji)
            || (c.is_alphabetic() && !c.is_lowercase())
    }

    fn ends_after_terminal(&self, last: usize) -> bool {
        self.next_opens_sentence(last)
    }

    fn ends_after_abbreviation(&self, kind: Abbreviation, last: usize) -> bool {
        let Some(next) = self.tokens.get(last + 1) else {
            return true;
        };
        let gap = self.gap(last + 1);
        if gap.contains('\n') {
            return kind != Abbreviation::Title || gap.matches('\n').count() > 1;
        }
        if gap.is_empty() {
            return false;
        }
        let word = next.text(self.text);
        match kind {
            Abbreviation::Title => false,
            Abbreviation::Initial => abbreviations::is_opener(word),
            Abbreviation::Other => {
                abbreviations::is_opener(word)
                    || matches!(word, "“" | "\"" | "‘" | "«")
                    || (is_time_of_day(self.text_of(last)) && next.kind == TokenKind::Word && !goes_on_a_time(word))
                    // "Prices rose, etc. Nobody was surprised.": a list's end is a sentence's.
                    || (self.text_of(last).eq_ignore_ascii_case("etc.")
                        && next.kind == TokenKind::Word
                        && word.chars().next().is_some_and(char::is_uppercase))
            }
        }
    }
}

/// "a.m.", "p.m.": after a time of day, a capitalised word that does not go on with the time
/// ("5 p.m. Tuesday", "5 p.m. ET") opens the next sentence ("ended at 5 p.m. Reporters were").
fn is_time_of_day(word: &str) -> bool {
    word.eq_ignore_ascii_case("a.m.") || word.eq_ignore_ascii_case("p.m.")
}

/// A word that may follow a time of day in its sentence: a day, a month, a time zone.
fn goes_on_a_time(word: &str) -> bool {
    let c = word.chars().next().unwrap_or(' ');
    !c.is_uppercase() || abbreviations::classify(word) == Some(Abbreviation::Title) || AFTER_A_TIME.contains(&word)
}

/// Capitalised words that go on with a time of day ("5 p.m. ET", "8 a.m. Tuesday").
const AFTER_A_TIME: &[&str] = &[
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "BST",
    "UTC",
    "CET",
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "Greenwich",
    "Moscow",
    "Beijing",
    "Tokyo",
    "London",
    "Local",
    "Today",
    "Tonight",
    "Tomorrow",
    "Yesterday",
    "Daylight",
    "Standard",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The number a list marker stands for: "3" -> 3, "c" -> 3.
fn marker_value(word: &str) -> Option<u32> {
    if (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c as u32 - 'a' as u32 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &tokenize(text)).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn titles_and_abbreviations() {
        assert_eq!(sentences("Sen. Chuck Schumer spoke. He left."), ["Sen. Chuck Schumer spoke.", "He left."]);
        assert_eq!(sentences("It was made in the U.S. He said so."), ["It was made in the U.S.", "He said so."]);
        assert_eq!(
            sentences("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(sentences("J. R. R. Tolkien wrote it."), ["J. R. R. Tolkien wrote it."]);
        assert_eq!(sentences("See No. 5 on Jan. 3 at 5 p.m. today."), ["See No. 5 on Jan. 3 at 5 p.m. today."]);
        // After a time of day, a capitalised word that does not go on with the time opens a
        // sentence.
        assert_eq!(
            sentences("It ended at 5 p.m. Reporters left. It starts at 8 a.m. Tuesday, or 9 a.m. ET, on Jan. 3."),
            ["It ended at 5 p.m.", "Reporters left.", "It starts at 8 a.m. Tuesday, or 9 a.m. ET, on Jan. 3."]
        );
        assert_eq!(
            sentences("Prices rose, etc. Nobody was surprised. Fruit, etc. are sold."),
            ["Prices rose, etc.", "Nobody was surprised.", "Fruit, etc. are sold."]
        );
        // "St." is a saint's or a city's, and a street's, which may end a sentence.
        assert_eq!(sentences("He flew to St. Louis on Monday."), ["He flew to St. Louis on Monday."]);
        assert_eq!(
            sentences("It opens at 828 Davis St. It runs all month."),
            ["It opens at 828 Davis St.", "It runs all month."]
        );
    }

    #[test]
    fn a_pictures_credit_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("It was held in Washington D.C. Image: United States Navy. It ended."),
            ["It was held in Washington D.C.", "Image: United States Navy.", "It ended."]
        );
        assert_eq!(
            sentences("Obama tweets to Ahmed Mohamed Image: Twitter / Barack Obama."),
            ["Obama tweets to Ahmed Mohamed", "Image: Twitter / Barack Obama."]
        );
        // A colon elsewhere, or a credit word at a sentence's start, changes nothing.
        assert_eq!(sentences("Photo: Reuters. He said: yes."), ["Photo: Reuters.", "He said: yes."]);
    }

    #[test]
    fn numbers_and_ellipses() {
        assert_eq!(
            sentences("It cost $1.5 million. Version 2.0 is out."),
            ["It cost $1.5 million.", "Version 2.0 is out."]
        );
        assert_eq!(sentences("Wait... what? No?! Yes."), ["Wait... what?", "No?!", "Yes."]);
    }

    #[test]
    fn closing_marks_belong_to_the_sentence() {
        assert_eq!(sentences("“It was war.” He left."), ["“It was war.”", "He left."]);
        assert_eq!(sentences("“Is it?” he asked."), ["“Is it?” he asked."]);
        assert_eq!(sentences("(He left.) Then"), ["(He left.)", "Then"]);
    }

    #[test]
    fn headlines_and_lists() {
        assert_eq!(sentences("Big news today\nThe mayor spoke."), ["Big news today", "The mayor spoke."]);
        assert_eq!(sentences("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
        assert_eq!(sentences("1. The first item 2. The second item"), ["1. The first item", "2. The second item"]);
        assert_eq!(sentences("a. The first b. The second"), ["a. The first", "b. The second"]);
        // A line of four words or more is a heading if it is short: under 60 bytes, counted
        // from the line's start, not the text's.
        let heading = "Mayor opens the new bridge over the river at last"; // 49 bytes
        let long = "Mayor opens the new bridge over the river at last after years of delay";
        for before in ["", "Earlier.\n", &"x".repeat(200), &format!("{}\n", "y".repeat(200))] {
            let text = format!("{before}{heading}\nThe mayor spoke.");
            let parts = sentences(&text);
            if before.is_empty() || before.ends_with('\n') {
                assert_eq!(parts[parts.len() - 2..], [heading, "The mayor spoke."], "{text}");
            } else {
                assert_eq!(parts.len(), 1, "{text}");
            }
            let text = format!("{before}{long}\nThe mayor spoke.");
            assert!(sentences(&text).last().is_some_and(|s| s.ends_with("delay\nThe mayor spoke.")), "{text}");
        }
    }

    #[test]
    fn urls_and_emails_do_not_end_sentences() {
        assert_eq!(
            sentences("Mail jane.doe@example.com. See https://example.org/x.html. Done."),
            ["Mail jane.doe@example.com.", "See https://example.org/x.html.", "Done."]
        );
    }
}
