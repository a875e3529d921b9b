//! Quote marks and how they pair up.
//!
//! Each mark token is judged by its glyph and by what touches it: a mark with space (or an
//! opening bracket or dash) before it and text after it opens, one with text before it and
//! space or punctuation after it closes. Marks pair on a small stack, one entry per family
//! (double, single, guillemets), so a quote nested in another with the other kind of mark stays
//! inside the outer one and only the outer quote is reported.
//!
//! Paragraphs bound the damage of a lost mark: a double quote still open at the end of its
//! paragraph either continues (the next paragraph opens with the same family of mark, the
//! convention for a quote running over several paragraphs) or ends there. A single quote still
//! open at the end of its paragraph was an apostrophe after all and is dropped.

use crate::tokens::{Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
    SingleAngle,
}

impl Family {
    /// Families whose marks are also apostrophes: an unclosed one is not a quote.
    fn is_single(self) -> bool {
        matches!(self, Family::Single | Family::SingleAngle)
    }
}

/// Which way a glyph points when its surroundings do not tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Leaning {
    Opens,
    Closes,
    Either,
}

fn glyph(c: char) -> Option<(Family, Leaning)> {
    Some(match c {
        '“' | '„' | '‟' => (Family::Double, Leaning::Opens),
        '”' => (Family::Double, Leaning::Closes),
        '"' | '＂' => (Family::Double, Leaning::Either),
        '‘' | '‚' | '‛' => (Family::Single, Leaning::Opens),
        '’' => (Family::Single, Leaning::Closes),
        '\'' => (Family::Single, Leaning::Either),
        '«' => (Family::Angle, Leaning::Opens),
        '»' => (Family::Angle, Leaning::Closes),
        '‹' => (Family::SingleAngle, Leaning::Opens),
        '›' => (Family::SingleAngle, Leaning::Closes),
        _ => return None,
    })
}

pub(crate) fn is_quote_char(c: char) -> bool {
    glyph(c).is_some()
}

/// Whether `token` is a quote mark (of any family, whatever its role).
pub(crate) fn is_mark_token(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punctuation
        && token.end - token.start <= 3
        && text[token.start..token.end].chars().next().is_some_and(is_quote_char)
}

/// A quote found by pairing, in tokens and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// The quoted text, marks excluded, white space trimmed.
    pub start: usize,
    pub end: usize,
    pub open_token: usize,
    /// `None` when the quote was never closed and ends with its paragraph.
    pub close_token: Option<usize>,
    /// The tokens between the marks.
    pub first_token: usize,
    pub end_token: usize,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    token: usize,
}

/// Which paragraph each token starts, found from the white space between tokens. A text with
/// blank lines uses them as paragraph breaks; a text without any takes every line break.
#[inline(never)]
pub(crate) fn paragraph_starts(text: &str, tokens: &[Token]) -> Vec<usize> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    // White space is never part of a token, so a blank line, if the text has one, lies in the
    // white space before the first token, after the last, or in a gap of two or more line
    // breaks: the text itself need not be read again to know.
    let bytes = text.as_bytes();
    let mut blank_lines =
        has_blank_line(bytes.get(..first.start).unwrap_or(&[])) || has_blank_line(bytes.get(last.end..).unwrap_or(&[]));
    // Token by token, the gap before each, with whether it holds more than one line break.
    // (Looking for the line breaks with `str::find` instead is fewer instructions natively but
    // slower in WebAssembly, where the standard library's search reads four bytes at a time.)
    let mut breaks = Vec::new();
    for (i, pair) in tokens.windows(2).enumerate() {
        let newlines = crate::tokens::line_breaks_between(text, &pair[0], &pair[1]);
        if newlines > 0 {
            let many = newlines > 1;
            blank_lines = blank_lines || (many && has_blank_line(bytes.get(pair[0].end..pair[1].start).unwrap_or(&[])));
            breaks.push((i + 1, many));
        }
    }
    let mut starts = vec![0];
    starts.extend(breaks.into_iter().filter(|&(_, many)| many || !blank_lines).map(|(i, _)| i));
    starts
}

fn has_blank_line(bytes: &[u8]) -> bool {
    let mut seen_newline = false;
    for &b in bytes {
        match b {
            b'\n' if seen_newline => return true,
            b'\n' => seen_newline = true,
            b' ' | b'\t' | b'\r' => {}
            _ => seen_newline = false,
        }
    }
    false
}

/// Elided letters or digits after an apostrophe that looks like an opening mark: ’90s, ’em,
/// rock ’n’ roll, ’til.
fn is_elision(word: &str, kind: TokenKind) -> bool {
    if kind == TokenKind::Number {
        return true;
    }
    matches!(
        word.to_ascii_lowercase().as_str(),
        "em" | "n" | "til" | "tis" | "twas" | "cause" | "bout" | "nuff" | "ol" | "cept" | "s" | "round" | "ye" | "im"
    )
}

/// How many glued quote marks a mark looks past to find its surroundings.
const GLUED_MARKS: usize = 3;

/// The character just outside a mark on one side, looking past a few quote marks glued to it
/// (so that both marks of “‘ or ’” read their surroundings alike). Past that it reports the
/// mark itself, so a wall of marks costs constant time per mark.
fn neighbour_before(text: &str, at: usize) -> Option<char> {
    let mut chars = text[..at].chars().rev().take(GLUED_MARKS + 1).peekable();
    let first = *chars.peek()?;
    Some(chars.find(|&c| !is_quote_char(c)).unwrap_or(first))
}

fn neighbour_after(text: &str, at: usize) -> Option<char> {
    let mut chars = text[at..].chars().take(GLUED_MARKS + 1).peekable();
    let first = *chars.peek()?;
    Some(chars.find(|&c| !is_quote_char(c)).unwrap_or(first))
}

fn spacing_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '…' | ':'))
}

fn spacing_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…' | '/')
    })
}

/// What a mark may do where it stands.
struct Role {
    family: Family,
    opens: bool,
    closes: bool,
}

fn role(text: &str, tokens: &[Token], i: usize) -> Option<Role> {
    let token = &tokens[i];
    if !is_mark_token(text, token) {
        return None;
    }
    let c = text[token.start..].chars().next()?;
    let (family, leaning) = glyph(c)?;
    // Walk past a run of glued marks by looking at the raw neighbours of the run.
    let before = neighbour_before(text, token.start);
    let after = neighbour_after(text, token.end);
    let space_before = spacing_before(before);
    let space_after = spacing_after(after);
    let (mut opens, closes) = match (space_before, space_after) {
        (true, false) => (true, false),
        (false, true) => (false, true),
        // Inside a word (6'2", O"Neil): not a quote mark at all.
        (false, false) if leaning == Leaning::Either => return None,
        // Free-standing or wedged: trust the glyph; a straight mark may do either.
        _ => (leaning != Leaning::Closes, leaning != Leaning::Opens),
    };
    if family == Family::Single && opens {
        // A right single mark before text is nearly always an elision (’90s, ’em, ’Tis), and
        // so is any single mark glued to elided letters or digits.
        let elided = c == '’'
            || tokens.get(i + 1).is_some_and(|t| t.start == token.end && is_elision(&text[t.start..t.end], t.kind));
        if elided {
            opens = false;
        }
    }
    if !opens && !closes {
        return None;
    }
    Some(Role { family, opens, closes })
}

/// The stack of open marks may hold at most this many; deeper nesting is noise.
const MAX_DEPTH: usize = 4;

/// Pairs the quote marks of the text into quotes, in text order.
#[inline(never)]
pub(crate) fn pair(text: &str, tokens: &[Token], paragraph_starts: &[usize]) -> Vec<RawQuote> {
    let mut pairing =
        Pairing { text, tokens, stack: Vec::with_capacity(MAX_DEPTH), nested: Vec::new(), out: Vec::new() };
    let mut next_paragraph = 1;
    for i in 0..tokens.len() {
        if paragraph_starts.get(next_paragraph) == Some(&i) {
            next_paragraph += 1;
            if pairing.continues_into(i) {
                continue;
            }
        }
        // Only punctuation may be a quote mark: words are passed over here, inline.
        if tokens[i].kind != TokenKind::Punctuation {
            continue;
        }
        let Some(role) = role(text, tokens, i) else {
            continue;
        };
        pairing.mark(i, role);
    }
    pairing.end_paragraph(tokens.len());
    pairing.out
}

struct Pairing<'a> {
    text: &'a str,
    tokens: &'a [Token],
    stack: Vec<Open>,
    /// Quotes closed inside a still-open single quote: reported only if that outer quote
    /// turns out to be an apostrophe.
    nested: Vec<(usize, usize)>,
    out: Vec<RawQuote>,
}

impl Pairing<'_> {
    /// At the first token `i` of a paragraph: whether the open quote carries on (the token is
    /// the same family's opening mark, which is then consumed). Otherwise the paragraph before
    /// is closed off.
    fn continues_into(&mut self, i: usize) -> bool {
        let Some(outer) = self.stack.first().copied() else {
            return false;
        };
        if !outer.family.is_single() {
            if let Some(role) = role(self.text, self.tokens, i) {
                if role.family == outer.family && role.opens {
                    self.stack.truncate(1);
                    self.nested.clear();
                    return true;
                }
            }
        }
        self.end_paragraph(i);
        false
    }

    /// Closes off whatever is open before token `i`, the first token of the next paragraph.
    fn end_paragraph(&mut self, i: usize) {
        let Some(outer) = self.stack.first().copied() else {
            return;
        };
        if outer.family.is_single() {
            for (open, close) in std::mem::take(&mut self.nested) {
                self.emit(open, Some(close), close);
            }
        } else if i > outer.token + 1 {
            self.emit(outer.token, None, i);
        }
        self.stack.clear();
        self.nested.clear();
    }

    fn mark(&mut self, i: usize, role: Role) {
        if role.closes {
            if let Some(level) = self.stack.iter().rposition(|o| o.family == role.family) {
                let open = self.stack[level].token;
                if level == 0 {
                    self.emit(open, Some(i), i);
                    self.nested.clear();
                } else if self.stack[0].family.is_single() && self.nested.len() < 64 {
                    // Quotes that closed earlier but opened after this one are nested in it:
                    // only the outer one is reported, so the list stays in order (‘ “ « » ”).
                    self.nested.retain(|&(o, _)| o < open);
                    self.nested.push((open, i));
                }
                self.stack.truncate(level);
                return;
            }
            if !role.opens {
                // A stray closing mark: ignored, it must not open anything.
                return;
            }
        }
        if let Some(outer) = self.stack.first().copied() {
            if outer.family == role.family {
                // The same family opens again while the outer quote is open: the outer one
                // lost its closing mark; it ends here.
                self.emit(outer.token, None, i);
                self.stack.clear();
                self.nested.clear();
            } else if let Some(level) = self.stack.iter().position(|o| o.family == role.family) {
                self.stack.truncate(level);
            }
        }
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(Open { family: role.family, token: i });
        }
    }

    /// Reports the quote opened by token `open` whose text ends before token `end_token`.
    fn emit(&mut self, open: usize, close: Option<usize>, end_token: usize) {
        let first_token = open + 1;
        if end_token <= first_token {
            return;
        }
        let tokens = &self.tokens[first_token..end_token];
        if !tokens.iter().any(|t| t.kind.is_wordlike() || t.kind == TokenKind::Emoji) {
            return;
        }
        let start = self.tokens[open].end;
        let end = match close {
            Some(c) => self.tokens[c].start,
            None => self.tokens[end_token - 1].end,
        };
        let quoted = &self.text[start..end];
        let start = start + (quoted.len() - quoted.trim_start().len());
        let end = end - (quoted.len() - quoted.trim_end().len());
        if start >= end {
            return;
        }
        self.out.push(RawQuote { start, end, open_token: open, close_token: close, first_token, end_token });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The first word of each paragraph.
    fn paragraphs(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        paragraph_starts(text, &tokens).iter().map(|&i| tokens[i].text(text)).collect()
    }

    #[test]
    fn blank_lines_part_paragraphs_when_a_text_has_them() {
        let text = "\n\nOne line\nstill one.\n \t\r\nTwo here.\r\n\r\nThree.\n\n\n\nFour\n";
        assert_eq!(paragraphs(text), ["One", "Two", "Three", "Four"]);
    }

    #[test]
    fn every_line_break_parts_them_when_a_text_has_no_blank_line() {
        assert_eq!(paragraphs("One.\nTwo, “three”\r\nFour \n five\n"), ["One", "Two", "Four", "five"]);
        assert_eq!(paragraphs("No break at all."), ["No"]);
        assert!(paragraphs("\n \n").is_empty());
    }

    #[test]
    fn a_blank_line_anywhere_counts_even_before_the_first_word_or_after_the_last() {
        // Then a single line break parts nothing.
        assert_eq!(paragraphs("\n\nOne.\nTwo."), ["One"]);
        assert_eq!(paragraphs("One.\nTwo.\n \n"), ["One"]);
        assert_eq!(paragraphs("One.\nTwo.\n\u{200B}\n"), ["One", "Two"]);
        // Two line breaks with something unseen between them make no blank line.
        assert_eq!(paragraphs("One.\n\u{200B}\nTwo.\nThree."), ["One", "Two", "Three"]);
    }
}
