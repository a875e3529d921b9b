//! Counts over the whole text: characters, words, paragraphs, syllables, times, and the
//! figures of sentence length.

use crate::readability::Counts;
use crate::report::{Sentence, SentenceLengths, Stats};
use crate::syllables::syllables;
use crate::words::{Vocabulary, Word};

const READING_WORDS_PER_MINUTE: f64 = 238.0;
const SPEAKING_WORDS_PER_MINUTE: f64 = 150.0;

pub(crate) struct Counted {
    pub stats: Stats,
    pub readability: Counts,
}

#[inline(never)]
pub(crate) fn count(text: &str, words: &[Word], vocabulary: &Vocabulary, sentences: usize) -> Counted {
    let (characters, spaces) = characters_and_spaces(text);
    // Syllables and letters are properties of the term: count them once per distinct term.
    let per_term: Vec<(usize, usize)> = (0..vocabulary.len())
        .map(|id| {
            let term = vocabulary.term(id as u32);
            // Most terms are ASCII: their bytes are their characters.
            let (letters, alphabetic) = if term.is_ascii() {
                let b = term.as_bytes();
                (b.iter().filter(|b| b.is_ascii_alphanumeric()).count(), b.iter().any(u8::is_ascii_alphabetic))
            } else {
                (term.chars().filter(|c| c.is_alphanumeric()).count(), term.chars().any(char::is_alphabetic))
            };
            let n = if alphabetic { syllables(term) } else { 1 };
            (n, letters)
        })
        .collect();
    let mut total_syllables = 0;
    let mut polysyllables = 0;
    let mut letters = 0;
    for w in words {
        let (n, l) = per_term[w.term as usize];
        total_syllables += n;
        polysyllables += usize::from(n >= 3);
        letters += l;
    }
    let n_words = words.len();
    Counted {
        stats: Stats {
            characters,
            characters_no_spaces: characters - spaces,
            words: n_words,
            unique_words: vocabulary.len(),
            sentences,
            paragraphs: paragraphs(text),
            syllables: total_syllables,
            reading_time_seconds: round1(n_words as f64 * 60.0 / READING_WORDS_PER_MINUTE),
            speaking_time_seconds: round1(n_words as f64 * 60.0 / SPEAKING_WORDS_PER_MINUTE),
        },
        readability: Counts {
            words: n_words,
            sentences,
            syllables: total_syllables,
            polysyllables,
            characters: letters,
        },
    }
}

/// Characters and white-space characters of `text`, counted on its bytes eight at a time (one
/// 64-bit word: WebAssembly has no wider registers without SIMD): a character is a byte that
/// does not continue one; the ASCII spaces are counted by comparing all eight bytes at once;
/// only the lead bytes of the few multi-byte spaces (U+0085, U+00A0, U+1680, U+2000..U+205F,
/// U+3000) need the character decoded, and only in words that are not all ASCII.
fn characters_and_spaces(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut continuations = 0;
    let mut spaces = 0;
    let mut words = bytes.chunks_exact(8);
    for (k, chunk) in (&mut words).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        continuations += (w & !(w << 1) & HIGH_BITS).count_ones() as usize;
        spaces += ascii_spaces(w).count_ones() as usize;
        if w & HIGH_BITS != 0 {
            spaces += other_spaces(text, k * 8, chunk);
        }
    }
    let rest = words.remainder();
    let at = bytes.len() - rest.len();
    continuations += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    spaces += rest.iter().filter(|&&b| b == b' ' || (b'\t'..=b'\r').contains(&b)).count();
    spaces += other_spaces(text, at, rest);
    (bytes.len() - continuations, spaces)
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// A word with every byte `b`.
const fn splat(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// The high bit of each byte of `w` that is an ASCII space (' ' or '\t'..='\r'), no other bit.
/// Bytes are compared without carries from one to the next: the low seven bits of a byte plus
/// at most 0x77 stay below 0x100.
fn ascii_spaces(w: u64) -> u64 {
    let low = w & !HIGH_BITS;
    // ' ': the bytes of `w ^ splat(b' ')` that are zero.
    let x = w ^ splat(b' ');
    let blank = !(((x & !HIGH_BITS) + !HIGH_BITS) | x) & HIGH_BITS;
    // '\t'..='\r': at least 9 and not at least 14, and below 0x80.
    let control = (low + splat(0x80 - 9)) & !(low + splat(0x80 - 14)) & !w & HIGH_BITS;
    blank | control
}

/// The white space beyond ASCII among `bytes`, which start at byte `at` of `text`.
fn other_spaces(text: &str, at: usize, bytes: &[u8]) -> usize {
    (0..bytes.len())
        .filter(|&j| matches!(bytes[j], 0xC2 | 0xE1 | 0xE2 | 0xE3))
        .filter(|&j| text.get(at + j..).and_then(|rest| rest.chars().next()).is_some_and(char::is_whitespace))
        .count()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Paragraphs are separated by blank lines; a text with no blank line but several lines has a
/// paragraph per line.
pub(crate) fn paragraphs(text: &str) -> usize {
    let mut blocks = 0;
    let mut lines = 0;
    let mut in_block = false;
    let mut blank_line = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            in_block = false;
            blank_line = true;
        } else {
            lines += 1;
            if !in_block {
                blocks += 1;
                in_block = true;
            }
        }
    }
    let has_blank_line = blank_line && blocks > 1;
    if has_blank_line {
        blocks
    } else {
        lines.min(blocks.max(lines))
    }
}

pub(crate) fn sentence_lengths(sentences: &[Sentence]) -> SentenceLengths {
    if sentences.is_empty() {
        return SentenceLengths { bucket: 5, ..SentenceLengths::default() };
    }
    let mut lengths: Vec<usize> = sentences.iter().map(|s| s.words).collect();
    lengths.sort_unstable();
    let n = lengths.len() as f64;
    let mean = lengths.iter().sum::<usize>() as f64 / n;
    let median = if lengths.len() % 2 == 1 {
        lengths[lengths.len() / 2] as f64
    } else {
        (lengths[lengths.len() / 2 - 1] + lengths[lengths.len() / 2]) as f64 / 2.0
    };
    let variance = lengths.iter().map(|&l| (l as f64 - mean).powi(2)).sum::<f64>() / n;
    let bucket = 5;
    let longest = *lengths.last().unwrap_or(&0);
    let mut histogram = vec![0; longest / bucket + 1];
    for &l in &lengths {
        histogram[l / bucket] += 1;
    }
    SentenceLengths {
        mean: round1(mean),
        median,
        shortest: lengths[0],
        longest,
        spread: round1(variance.sqrt()),
        histogram,
        bucket,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_counts() {
        assert_eq!(paragraphs(""), 0);
        assert_eq!(paragraphs("One.\nStill one.\n\nTwo.\n\n\n  \nThree."), 3);
        assert_eq!(paragraphs("Line one.\nLine two.\nLine three."), 3);
        assert_eq!(paragraphs("Just one."), 1);
    }

    #[test]
    fn characters_and_spaces_match_the_char_definitions() {
        for text in
            ["", "a b", "x\u{00A0}y\u{2003}z\u{3000}\u{0085}", "héllo wörld\t\n", "日本 語\u{1680}", "\u{FEFF}é\r\n"]
        {
            let chars = text.chars().count();
            let spaces = text.chars().filter(|c| c.is_whitespace()).count();
            assert_eq!(characters_and_spaces(text), (chars, spaces), "{text:?}");
        }
    }

    #[test]
    fn characters_and_spaces_in_every_position_of_a_word() {
        // Each kind of character at each of the eight places of a 64-bit word, and across two.
        let pieces = [
            "a", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{8}", "\u{e}", "\u{1f}", "!", "\u{7f}", "é", "\u{a0}",
            "\u{2003}", "\u{3000}", "€", "😀", "\u{85}", "\u{1680}",
        ];
        for (n, a) in pieces.iter().enumerate() {
            for b in &pieces[n..] {
                for pad in 0..9 {
                    let text = format!("{}{a}{}{b}{}", "x".repeat(pad), "y".repeat(pad % 3), "z".repeat(8 - pad));
                    let chars = text.chars().count();
                    let spaces = text.chars().filter(|c| c.is_whitespace()).count();
                    assert_eq!(characters_and_spaces(&text), (chars, spaces), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn lengths() {
        let s = |words| Sentence { start: 0, end: 0, words };
        let l = sentence_lengths(&[s(4), s(10), s(1)]);
        assert_eq!((l.mean, l.median, l.shortest, l.longest), (5.0, 4.0, 1, 10));
        assert_eq!(l.histogram, [2, 0, 1]);
    }
}
