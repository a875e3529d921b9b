//! Dates, amounts of money, percentages and the web things the tokenizer already knows
//! (hashtags, handles, URLs, emails): fixed patterns over the tokens.

use crate::report::EntityKind;
use crate::span::Span;
use crate::tokens::{Token, TokenKind};

use super::keys::{self, Keys};
use super::lexicon::{Words, AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS};

/// One mention found by a pattern.
pub(super) struct PatternMention {
    pub span: Span,
    pub kind: EntityKind,
}

const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₹", "₽", "US$", "A$", "C$"];
pub(super) static CURRENCY_WORDS: Words = Words::new(
    18,
    &[
        "dollars", "dollar", "euros", "euro", "pounds", "yen", "cents", "yuan", "rupees", "francs", "marks", "pesos",
        "rubles", "roubles", "won", "pence", "rupee", "dinars", "shekels", "lira", "kronor", "krona",
    ],
);
pub(super) static SCALES: Words =
    Words::new(19, &["thousand", "million", "billion", "trillion", "bn", "m", "mln", "bln", "k"]);
pub(super) static PERCENT_WORDS: Words = Words::new(20, &["percent", "pct", "pct.", "percentage"]);
pub(super) static YEAR_CUES: Words = Words::new(21, &["in", "since", "by", "until", "of", "from", "before", "after"]);
pub(super) static RELATIVE: Words = Words::new(22, &["last", "next", "this", "past"]);
pub(super) static PERIODS: Words = Words::new(23, &["week", "month", "year", "weekend"]);

struct Cursor<'a> {
    text: &'a str,
    tokens: &'a [Token],
    keys: &'a Keys<'a>,
}

impl<'a> Cursor<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }
    fn key(&self, i: usize) -> &'a str {
        self.keys.key(i)
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }
    fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }
    /// A day of the month: a number of one or two digits, perhaps "21st".
    fn is_day(&self, i: usize) -> bool {
        let w = self.word(i);
        // Checked on every token: no allocation. ASCII digits are one byte each.
        let n = w.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = w.split_at(n);
        (1..=2).contains(&digits.len())
            && matches!(rest, "" | "st" | "nd" | "rd" | "th")
            && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    }
    fn is_year(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_number(i) && w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1000..=2199).contains(&y))
    }
    fn span(&self, first: usize, last: usize) -> Option<Span> {
        let start = self.tokens.get(first)?.start;
        let end = self.tokens.get(last)?.end;
        (start < end).then(|| Span::new(start, end))
    }
}

/// Finds the pattern mentions, in text order; returns them and, for each token, whether a
/// pattern took it.
#[inline(never)]
pub(super) fn find(text: &str, tokens: &[Token], keys: &Keys) -> (Vec<PatternMention>, Vec<bool>) {
    let c = Cursor { text, tokens, keys };
    let mut out = Vec::new();
    let mut taken = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        // A word in lower case (most tokens) can only open "last week" and the like; a
        // punctuation mark or a clitic opens no pattern (currency signs are symbols).
        // A word opens no web thing, amount or percentage either (those open with a symbol,
        // a number or a web token): a capitalised one is asked only about dates.
        let found = match c.kind(i) {
            Some(TokenKind::Punctuation | TokenKind::Clitic) => None,
            Some(TokenKind::Word) if !keys.has(i, keys::STARTS_UPPER) => relative_date(&c, i),
            Some(TokenKind::Word) => date(&c, i),
            _ => web(&c, i).or_else(|| money(&c, i)).or_else(|| percent(&c, i)).or_else(|| date(&c, i)),
        };
        match found {
            Some((last, kind)) => {
                if let Some(span) = c.span(i, last) {
                    out.push(PatternMention { span, kind });
                }
                for t in taken.iter_mut().take(last + 1).skip(i) {
                    *t = true;
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    (out, taken)
}

fn web(c: &Cursor, i: usize) -> Option<(usize, EntityKind)> {
    let kind = match c.kind(i)? {
        TokenKind::Hashtag => EntityKind::Hashtag,
        TokenKind::Handle => EntityKind::Handle,
        TokenKind::Url => EntityKind::Url,
        TokenKind::Email => EntityKind::Email,
        _ => return None,
    };
    Some((i, kind))
}

/// "$1.5 million", "€20", "US$ 3bn", "5 million dollars".
fn money(c: &Cursor, i: usize) -> Option<(usize, EntityKind)> {
    let mut last;
    if CURRENCY_SYMBOLS.contains(&c.word(i)) && c.is_number(i + 1) {
        last = i + 1;
    } else if c.is_number(i) {
        last = i;
        if c.keys.is(last + 1, &SCALES) {
            last += 1;
        }
        if !c.keys.is(last + 1, &CURRENCY_WORDS) {
            return None;
        }
        return Some((last + 1, EntityKind::Money));
    } else {
        return None;
    }
    if c.keys.is(last + 1, &SCALES) {
        last += 1;
    }
    Some((last, EntityKind::Money))
}

/// "50%", "12 percent", "3 per cent".
fn percent(c: &Cursor, i: usize) -> Option<(usize, EntityKind)> {
    if !c.is_number(i) {
        return None;
    }
    let next = c.key(i + 1);
    if next == "%" || c.keys.is(i + 1, &PERCENT_WORDS) {
        return Some((i + 1, EntityKind::Percent));
    }
    if next == "per" && c.key(i + 2) == "cent" {
        return Some((i + 2, EntityKind::Percent));
    }
    None
}

fn is_month(c: &Cursor, i: usize) -> bool {
    c.keys.has(i, keys::STARTS_UPPER) && c.keys.is(i, &MONTHS)
}

/// "Tuesday", "July 21, 2017", "21 July 2017", "March 2016", "in 2017", "last week".
fn date(c: &Cursor, i: usize) -> Option<(usize, EntityKind)> {
    if c.keys.has(i, keys::STARTS_UPPER) && c.keys.is(i, &WEEKDAYS) {
        // "Tuesday, July 21" is one date.
        if c.word(i + 1) == "," && is_month(c, i + 2) {
            if let Some((last, kind)) = date(c, i + 2) {
                return Some((last, kind));
            }
        }
        return Some((i, EntityKind::Date));
    }
    if is_month(c, i) {
        let mut last = i;
        if c.is_day(i + 1) {
            last = i + 1;
            if c.word(last + 1) == "," && c.is_year(last + 2) {
                last += 2;
            } else if c.is_year(last + 1) {
                last += 1;
            }
        } else if c.is_year(i + 1) {
            last = i + 1;
        }
        if last == i && c.keys.is(i, &AMBIGUOUS_MONTHS) && !lone_month_is_date(c, i) {
            return None;
        }
        return Some((last, EntityKind::Date));
    }
    if c.is_day(i) && is_month(c, i + 1) {
        let last = if c.is_year(i + 2) { i + 2 } else { i + 1 };
        return Some((last, EntityKind::Date));
    }
    if c.is_year(i) && i > 0 && c.keys.is(i - 1, &YEAR_CUES) {
        return Some((i, EntityKind::Date));
    }
    relative_date(c, i)
}

/// A month that is also a word or a name ("March", "May"), alone: a date after a word that
/// takes one ("in March", "since May", "last June"), unless a name or a possessive follows
/// ("in May's cabinet", "in June Carter's songs").
fn lone_month_is_date(c: &Cursor, i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |b| c.key(b));
    matches!(
        before,
        "in" | "since" | "until" | "till" | "from" | "through" | "early" | "late" | "mid" | "last" | "next" | "this"
    ) && c.key(i + 1) != "'s"
        && !c.keys.has(i + 1, keys::STARTS_UPPER)
}

/// "last week", "next month".
fn relative_date(c: &Cursor, i: usize) -> Option<(usize, EntityKind)> {
    (c.keys.has(i, keys::RELATIVE) && c.keys.is(i + 1, &PERIODS)).then_some((i + 1, EntityKind::Date))
}
