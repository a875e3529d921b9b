//! The tokenizer: one left-to-right pass that cuts the text into tokens with byte spans.
//!
//! It works like spaCy's: the text is cut at white space into chunks, and each chunk is
//! cut further into a word-like core and the punctuation around it. The conventions are
//! those of news text and of Universal Dependencies:
//! - curly and straight apostrophes are the same; a clitic ("’s", "n't", "'ve") is a token of
//!   its own (`Clitic`), so "Trump’s" counts towards "Trump" (the report's list of tokens
//!   joins it back to its word: [`with_clitics_joined`]);
//! - hyphenated compounds stay whole ("large-scale", "Mar-a-Lago"); dashes separate words;
//! - numbers, amounts and times are `Number`s ("3.14", "1,000", "10:30");
//! - abbreviations and initials keep their period ("U.S.", "Sen.", "J.");
//! - #hashtags, @handles, URLs and emails are single tokens of their own kinds;
//! - Han, Hiragana and Katakana, which have no spaces, give one token per ideograph and one per
//!   kana run.

use serde::{Deserialize, Serialize};

use crate::abbreviations;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    /// A contraction or possessive ending split from its word: "’s", "n't", "'ll".
    Clitic,
    Number,
    Punctuation,
    Symbol,
    Hashtag,
    Handle,
    Url,
    Email,
    Emoji,
}

impl TokenKind {
    /// Whether a token of this kind counts as a word of running text.
    pub fn is_wordlike(self) -> bool {
        matches!(
            self,
            TokenKind::Word
                | TokenKind::Number
                | TokenKind::Hashtag
                | TokenKind::Handle
                | TokenKind::Url
                | TokenKind::Email
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// The tokens as the report lists them: a clitic joined to the word it ends ("Trump’s",
/// "won't" are one token, of their word's kind), as `stats.words` counts words. The engine's
/// own stages keep the clitic apart, so that "Trump’s" counts towards "Trump".
pub(crate) fn with_clitics_joined(mut tokens: Vec<Token>) -> Vec<Token> {
    let mut kept = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let joins = kept > 0 && t.kind == TokenKind::Clitic && tokens[kept - 1].end == t.start;
        if joins {
            tokens[kept - 1].end = t.end;
        } else {
            tokens[kept] = t;
            kept += 1;
        }
    }
    tokens.truncate(kept);
    tokens
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// How many line breaks stand in the white space before token `i` (none before the first).
/// Counted on bytes: the gap is white space, no character needs decoding.
pub(crate) fn line_breaks_before(text: &str, tokens: &[Token], i: usize) -> usize {
    let (Some(prev), Some(this)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) else {
        return 0;
    };
    line_breaks_between(text, prev, this)
}

/// How many line breaks stand in the white space between two tokens, `prev` before `this`.
#[inline(always)]
pub(crate) fn line_breaks_between(text: &str, prev: &Token, this: &Token) -> usize {
    match text.as_bytes().get(prev.end..this.start) {
        // Most gaps are one space or none.
        Some([]) | None => 0,
        Some([b]) => usize::from(*b == b'\n'),
        Some(gap) => gap.iter().filter(|&&b| b == b'\n').count(),
    }
}

/// Cuts `text` into tokens. White space is never part of a token.
#[inline(never)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chunk_start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most characters are ASCII and are looked at as bytes: a printable one only starts or
        // continues a chunk. Only the others are decoded.
        let (c, width) = if b.is_ascii() {
            if b.is_ascii_graphic() {
                if chunk_start.is_none() {
                    if let Some(next) = plain_word(text, i, &mut tokens) {
                        i = next;
                        continue;
                    }
                }
                chunk_start.get_or_insert(i);
                let rest = bytes.get(i + 1..).unwrap_or(&[]);
                i += 1 + rest.iter().position(|b| !b.is_ascii_graphic()).unwrap_or(rest.len());
                continue;
            }
            (char::from(b), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if c.is_whitespace() || is_invisible(c) {
            if let Some(s) = chunk_start.take() {
                Chunker { text, end: i, out: &mut tokens }.run(s);
            }
        } else {
            chunk_start.get_or_insert(i);
        }
        i += width;
    }
    if let Some(s) = chunk_start {
        Chunker { text, end: text.len(), out: &mut tokens }.run(s);
    }
    tokens
}

/// Most chunks of a text are a word of ASCII letters, alone between spaces ("said") or with
/// one mark after it ("said," "said." "them)"): nothing about them is left to decide but
/// whether a period is an abbreviation's (no URL, no clitic, no joiner, no number), so they are
/// cut at once, without the chunker (1 MB of news: 7 % fewer instructions for the whole
/// analysis). Pushes the tokens of such a chunk starting at byte `i` and returns where it
/// ends; `None` for any other chunk.
#[inline(always)]
fn plain_word(text: &str, i: usize, tokens: &mut Vec<Token>) -> Option<usize> {
    let rest = text.as_bytes().get(i..)?;
    // Letters only, not digits too: one comparison less for every byte of the text.
    let len = rest.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
    let ends = |k: usize| rest.get(k).is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C));
    if len == 0 {
        return None;
    }
    let end = i + len;
    let word = Token { start: i, end, kind: TokenKind::Word };
    if ends(len) {
        tokens.push(word);
        return Some(end);
    }
    if !matches!(rest.get(len), Some(b',' | b';' | b':' | b'?' | b'!' | b')' | b'.')) || !ends(len + 1) {
        return None;
    }
    if rest.get(len) == Some(&b'.') {
        let next = text.get(end + 1..).and_then(|after| after.chars().find(|c| !c.is_whitespace()));
        if abbreviations::takes_period(text.get(i..end)?, next) {
            tokens.push(Token { end: end + 1, ..word });
            return Some(end + 1);
        }
    }
    tokens.push(word);
    tokens.push(Token { start: end, end: end + 1, kind: TokenKind::Punctuation });
    Some(end + 1)
}

/// Format characters that separate nothing and show nothing; they are skipped like spaces
/// when they stand alone between tokens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Letters, digits and combining marks: what the core of a word is made of.
fn is_word_char(c: char) -> bool {
    // Curly quotes, apostrophes and dashes (most characters beyond ASCII in English copy) are
    // in the General Punctuation block, none of whose characters is a letter or digit: told
    // apart here without the Unicode tables.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '\u{200C}' | '\u{200D}');
    }
    c.is_alphanumeric() || is_mark(c) || c == '_'
}

fn is_mark(c: char) -> bool {
    // Combining marks and joiners continue the character before them. (Most vowel signs of
    // the Indic scripts are already alphabetic for `char::is_alphabetic`.)
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F)
}

/// Scripts written without spaces, cut one ideograph at a time.
fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F | 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF)
}

/// Emoji modifiers and joiners that continue an emoji sequence.
fn continues_emoji(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3) || is_emoji(c)
}

pub(crate) fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '¢'
            | '₹'
            | '₽'
            | '%'
            | '‰'
            | '+'
            | '='
            | '<'
            | '>'
            | '^'
            | '|'
            | '~'
            | '©'
            | '®'
            | '™'
            | '°'
            | '±'
            | '×'
            | '÷'
            | '&'
            | '#'
            | '@'
            | '*'
            | '§'
            | '¶'
            | '•'
            | '⁃'
            | '◦'
            | '▪'
            | '■'
            | '→'
            | '←'
            | '№'
    )
}

const URL_STARTS: [&str; 3] = ["https://", "http://", "www."];

/// Top-level domains that make "example.com" an address rather than two words.
const DOMAINS: [&str; 14] =
    ["com", "org", "net", "gov", "edu", "io", "co", "uk", "de", "fr", "info", "int", "mil", "us"];

/// What a byte is to `Chunker::word`: part of a word as it stands (ASCII letters, digits, '_'),
/// a character that may join two parts of a word ("large-scale", "U.S", "1,000", "10:30",
/// "AT&T", "jane@example.com", "don't") or any other ASCII character, which ends the word; or
/// part of a character beyond ASCII, to be decoded.
const WORD_BYTE: u8 = 0;
const JOINER: u8 = 1;
const OTHER_ASCII: u8 = 2;
const NOT_ASCII: u8 = 3;

static BYTE_CLASS: [u8; 256] = {
    let mut table = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            WORD_BYTE
        } else if matches!(c, b'-' | b'\'' | b'.' | b',' | b':' | b'/' | b'&' | b'@') {
            JOINER
        } else {
            OTHER_ASCII
        };
        b += 1;
    }
    table
};

struct Chunker<'a> {
    text: &'a str,
    end: usize,
    out: &'a mut Vec<Token>,
}

impl Chunker<'_> {
    fn peek(&self, i: usize) -> Option<char> {
        if i < self.end {
            self.text[i..].chars().next()
        } else {
            None
        }
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if start < end {
            self.out.push(Token { start, end, kind });
        }
    }

    fn run(&mut self, mut i: usize) {
        let bytes = self.text.as_bytes();
        while i < self.end {
            // ASCII (most of a text) is told apart by its byte, with no character decoded: a
            // letter or digit starts a word (or an address), and every other ASCII character
            // but '_', '#' and '@' is punctuation or a symbol.
            match bytes.get(i) {
                Some(&b) if b.is_ascii_alphanumeric() => {
                    let rest = &self.text[i..self.end];
                    let url = matches!(b, b'h' | b'H' | b'w' | b'W')
                        && rest.len() > 8
                        && URL_STARTS.iter().any(|p| starts_with_ignore_case(rest, p));
                    i = if url { self.url(i) } else { self.word(i, i) };
                    continue;
                }
                Some(&b) if b.is_ascii() && !matches!(b, b'_' | b'#' | b'@') => {
                    i = self.punctuation(i, char::from(b));
                    continue;
                }
                _ => {}
            }
            let c = self.peek(i).unwrap_or(' ');
            let rest = &self.text[i..self.end];
            let may_be_url = matches!(rest.as_bytes().first(), Some(b'h' | b'H' | b'w' | b'W')) && rest.len() > 8;
            if may_be_url && URL_STARTS.iter().any(|p| starts_with_ignore_case(rest, p)) {
                i = self.url(i);
            } else if is_word_char(c) && !is_ideograph(c) && !is_kana(c) {
                i = self.word(i, i);
            } else if (c == '#' || c == '@') && self.peek(i + 1).is_some_and(|n| n.is_alphanumeric() || n == '_') {
                i = self.word(i, i + 1);
            } else if is_ideograph(c) {
                self.push(i, i + c.len_utf8(), TokenKind::Word);
                i += c.len_utf8();
            } else if is_kana(c) {
                let mut j = i;
                while let Some(k) = self.peek(j).filter(|&k| is_kana(k) || k == 'ー') {
                    j += k.len_utf8();
                }
                self.push(i, j, TokenKind::Word);
                i = j;
            } else if is_emoji(c) {
                let mut j = i + c.len_utf8();
                while let Some(k) = self.peek(j).filter(|&k| continues_emoji(k)) {
                    j += k.len_utf8();
                }
                self.push(i, j, TokenKind::Emoji);
                i = j;
            } else {
                i = self.punctuation(i, c);
            }
        }
    }

    /// Runs of dots are one token ("...", "...."), and so are runs of dashes ("--", "——").
    fn punctuation(&mut self, i: usize, c: char) -> usize {
        let mut j = i + c.len_utf8();
        if c == '.' || c == '-' || c == '—' || c == '–' {
            while self.peek(j) == Some(c) {
                j += c.len_utf8();
            }
        } else if is_mark(c) {
            // A stray combining mark or joiner is kept with what follows it.
            while let Some(k) = self.peek(j).filter(|&k| is_mark(k)) {
                j += k.len_utf8();
            }
        }
        let kind = if is_symbol(c) { TokenKind::Symbol } else { TokenKind::Punctuation };
        self.push(i, j, kind);
        j
    }

    fn url(&mut self, i: usize) -> usize {
        let mut end = self.end;
        // Trailing punctuation belongs to the sentence, not the address; a closing bracket
        // stays when the address opened one ("wiki/Foo_(bar)"). The brackets are counted once
        // and kept up to date as marks are stripped: recounting per mark was quadratic in a
        // run of trailing punctuation ("https://x" and a megabyte of dots).
        let opens = self.text[i..end].matches('(').count();
        let mut closes = self.text[i..end].matches(')').count();
        while let Some(last) = self.text[i..end].chars().next_back() {
            let strip =
                matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | ']' | '}' | '>')
                    || (last == ')' && closes > opens);
            if !strip || end - i <= 8 {
                break;
            }
            // '(' is never stripped, so only the count of ')' changes.
            closes -= usize::from(last == ')');
            end -= last.len_utf8();
        }
        self.push(i, end, TokenKind::Url);
        end
    }

    /// A word-like core starting at `start` (whose letters start at `body`), then its clitics
    /// and its abbreviation period.
    fn word(&mut self, start: usize, body: usize) -> usize {
        let mut j = body;
        let mut has_at = false;
        let mut has_dot = false;
        let bytes = self.text.as_bytes();
        // Whether the word so far is ASCII letters, digits and '_' only: most words, which then
        // need no search for an apostrophe.
        let mut plain = true;
        loop {
            // ASCII letters and digits first: they need no decoding and no Unicode tables.
            let run = bytes.get(j..self.end).unwrap_or(&[]);
            j += run.iter().position(|&b| BYTE_CLASS[usize::from(b)] != WORD_BYTE).unwrap_or(run.len());
            // An ASCII character that never joins two parts of a word ends it at once; so does
            // a joiner with no word character after it ("said," "U.S." "end."): every joiner
            // joins only a letter or digit that follows it.
            let class = |k: usize| bytes.get(k).map(|&b| BYTE_CLASS[usize::from(b)]);
            match class(j) {
                _ if j >= self.end => break,
                Some(OTHER_ASCII) => break,
                Some(JOINER) if j + 1 >= self.end || matches!(class(j + 1), Some(JOINER | OTHER_ASCII)) => break,
                _ => plain = false,
            }
            let Some(c) = self.peek(j) else { break };
            if is_word_char(c) && !is_ideograph(c) && !is_kana(c) {
                j += c.len_utf8();
                continue;
            }
            let prev = self.text[..j].chars().next_back().unwrap_or(' ');
            let next = self.peek(j + c.len_utf8());
            let next_word = next.is_some_and(|n| is_word_char(n) && !is_ideograph(n));
            let joins = match c {
                _ if is_hyphen(c) => next_word && is_word_char(prev),
                _ if is_apostrophe(c) => next.is_some_and(char::is_alphabetic) && prev.is_alphanumeric(),
                '.' => next_word && prev.is_alphanumeric(),
                ',' => next.is_some_and(|n| n.is_ascii_digit()) && prev.is_ascii_digit() && self.thousands(j + 1),
                ':' | '/' => next.is_some_and(|n| n.is_ascii_digit()) && prev.is_ascii_digit(),
                '&' => next.is_some_and(char::is_uppercase) && prev.is_uppercase(),
                '@' => !has_at && start == body && next_word && prev.is_alphanumeric(),
                _ => false,
            };
            if !joins {
                break;
            }
            has_at |= c == '@';
            has_dot |= c == '.';
            j += c.len_utf8();
        }
        let core = &self.text[start..j];
        let first = core.chars().next().unwrap_or(' ');
        let kind = if first == '#' {
            TokenKind::Hashtag
        } else if first == '@' {
            TokenKind::Handle
        } else if has_at && has_dot {
            TokenKind::Email
        } else if first.is_ascii_digit() {
            TokenKind::Number
        } else if has_dot && is_domain(core) {
            TokenKind::Url
        } else {
            TokenKind::Word
        };
        // The period of an abbreviation or initial is part of it.
        if kind == TokenKind::Word && bytes.get(j) == Some(&b'.') && j < self.end && self.keeps_period(core, j + 1) {
            j += 1;
        }
        if kind == TokenKind::Word && !plain {
            self.push_with_clitic(start, j);
        } else if kind == TokenKind::Word {
            self.push(start, j, TokenKind::Word);
        } else {
            self.push(start, j, kind);
        }
        j
    }

    /// "1,000" but not "1,2" (a list): a thousands group is exactly three digits.
    fn thousands(&self, i: usize) -> bool {
        let digits = self.text[i..self.end].bytes().take_while(u8::is_ascii_digit).count();
        digits == 3
    }

    fn keeps_period(&self, core: &str, after: usize) -> bool {
        let next = self.text[after..].chars().find(|c| !c.is_whitespace());
        abbreviations::takes_period(core, next)
    }

    /// Splits a contraction or possessive ending off a word: "Trump’s" -> "Trump" + "’s",
    /// "can't" -> "ca" + "n't", "who’ve" -> "who" + "’ve".
    fn push_with_clitic(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        if let Some(cut) = clitic_start(word) {
            self.push(start, start + cut, TokenKind::Word);
            self.push(start + cut, end, TokenKind::Clitic);
        } else {
            self.push(start, end, TokenKind::Word);
        }
    }
}

/// Where a clitic ending starts in `word`, if it has one.
pub(crate) fn clitic_start(word: &str) -> Option<usize> {
    // Most words have no apostrophe: the bytes that can start one (', and the lead bytes of ’
    // and ʼ) rule it out without decoding the word.
    if !word.bytes().any(|b| matches!(b, b'\'' | 0xE2 | 0xCA)) {
        return None;
    }
    let (apos, _) = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let tail = &word[apos..];
    let after: String = tail.chars().skip(1).flat_map(char::to_lowercase).collect();
    if apos == 0 {
        return None;
    }
    match after.as_str() {
        "s" | "m" | "d" | "ll" | "re" | "ve" => Some(apos),
        "t" => {
            let before = &word[..apos];
            let n = before.chars().next_back()?;
            if (n == 'n' || n == 'N') && before.len() > 1 {
                Some(apos - 1)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn is_domain(core: &str) -> bool {
    let tld = core.rsplit('.').next().unwrap_or("");
    core.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && core.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && DOMAINS.contains(&tld)
        && core.split('.').all(|p| !p.is_empty())
        && core.split('.').next().is_some_and(|p| p.len() > 1)
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).into_iter().map(|t| (t.text(text), t.kind)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn possessives_and_contractions_are_clitics() {
        assert_eq!(words("Trump’s plan"), ["Trump", "’s", "plan"]);
        assert_eq!(words("who’ve can't"), ["who", "’ve", "ca", "n't"]);
        assert_eq!(toks("it's")[1], ("'s", TokenKind::Clitic));
        assert_eq!(words("O'Brien rock ’n’ roll"), ["O'Brien", "rock", "’", "n", "’", "roll"]);
    }

    #[test]
    fn the_reports_tokens_join_a_clitic_to_its_word() {
        let text = "Trump’s plan won't work.";
        let joined: Vec<(&str, TokenKind)> =
            with_clitics_joined(tokenize(text)).into_iter().map(|t| (t.text(text), t.kind)).collect();
        assert_eq!(
            joined,
            [
                ("Trump’s", TokenKind::Word),
                ("plan", TokenKind::Word),
                ("won't", TokenKind::Word),
                ("work", TokenKind::Word),
                (".", TokenKind::Punctuation),
            ]
        );
    }

    #[test]
    fn compounds_stay_whole_and_dashes_separate() {
        assert_eq!(words("a large-scale visit to Mar-a-Lago"), ["a", "large-scale", "visit", "to", "Mar-a-Lago"]);
        assert_eq!(words("war—and peace–time"), ["war", "—", "and", "peace", "–", "time"]);
        assert_eq!(words("yes -- no"), ["yes", "--", "no"]);
    }

    #[test]
    fn numbers_amounts_and_times() {
        assert_eq!(
            toks("$1.5 million, 3.14, 1,000 at 10:30 or 50%"),
            [
                ("$", TokenKind::Symbol),
                ("1.5", TokenKind::Number),
                ("million", TokenKind::Word),
                (",", TokenKind::Punctuation),
                ("3.14", TokenKind::Number),
                (",", TokenKind::Punctuation),
                ("1,000", TokenKind::Number),
                ("at", TokenKind::Word),
                ("10:30", TokenKind::Number),
                ("or", TokenKind::Word),
                ("50", TokenKind::Number),
                ("%", TokenKind::Symbol),
            ]
        );
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("the U.S. Sen. Chuck Schumer."), ["the", "U.S.", "Sen.", "Chuck", "Schumer", "."]);
        assert_eq!(words("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(words("No. 5 said no."), ["No.", "5", "said", "no", "."]);
    }

    #[test]
    fn a_plain_word_and_the_mark_after_it() {
        // The shortcut for words of ASCII letters agrees with the chunker at its edges.
        assert_eq!(
            words("He said. Gen. Smith left at noon. (Then) why? Yes! Said: no; it\u{a0}is, etc."),
            [
                "He", "said", ".", "Gen.", "Smith", "left", "at", "noon", ".", "(", "Then", ")", "why", "?", "Yes",
                "!", "Said", ":", "no", ";", "it", "is", ",", "etc."
            ]
        );
        assert_eq!(
            words("Dr. Jekyll, Mr. Hyde and J. Doe."),
            ["Dr.", "Jekyll", ",", "Mr.", "Hyde", "and", "J.", "Doe", "."]
        );
        assert_eq!(words("end.. www. http: t.co"), ["end", "..", "www", ".", "http", ":", "t.co"]);
        assert_eq!(toks("a.\n")[0], ("a", TokenKind::Word));
    }

    #[test]
    fn general_punctuation_is_no_word_character_but_the_joiners() {
        for c in '\u{2000}'..='\u{206F}' {
            let expected = c.is_alphanumeric() || is_mark(c) || c == '_';
            assert_eq!(is_word_char(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn web_things_are_whole() {
        assert_eq!(
            toks("#MeToo @jack_d jane.doe@example.com https://example.org/a_(b). example.com"),
            [
                ("#MeToo", TokenKind::Hashtag),
                ("@jack_d", TokenKind::Handle),
                ("jane.doe@example.com", TokenKind::Email),
                ("https://example.org/a_(b)", TokenKind::Url),
                (".", TokenKind::Punctuation),
                ("example.com", TokenKind::Url),
            ]
        );
    }

    #[test]
    fn quotes_and_brackets_are_separate() {
        assert_eq!(words("“War.” (Yes)"), ["“", "War", ".", "”", "(", "Yes", ")"]);
        assert_eq!(words("students’ rights"), ["students", "’", "rights"]);
    }

    #[test]
    fn other_scripts() {
        assert_eq!(words("Rodríguez Москва Αθήνα"), ["Rodríguez", "Москва", "Αθήνα"]);
        assert_eq!(words("東京タワーです"), ["東", "京", "タワーです"]);
        assert_eq!(toks("hi 👍🏽!")[1], ("👍🏽", TokenKind::Emoji));
    }

    #[test]
    fn spans_cover_no_space() {
        let text = " a\u{200B}b \t\n c ";
        for t in tokenize(text) {
            assert!(!t.text(text).trim().is_empty());
            assert!(!t.text(text).contains(char::is_whitespace));
        }
    }
}
