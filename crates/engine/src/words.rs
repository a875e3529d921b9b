//! Words and their frequencies.
//!
//! A term is a word folded to lower case with its apostrophes made straight. A possessive "’s"
//! folds into its word ("Trump’s" counts towards "trump"); other contractions stay whole
//! ("can't", "who've"). Numbers, URLs and emails are not terms.

use std::collections::HashMap;

use crate::report::Frequency;
use crate::stopwords;
use crate::tokens::{is_apostrophe, Token, TokenKind};

/// One word of running text: the token it starts at and its term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub token: usize,
    /// Byte span of the whole word in the text, clitic included.
    pub start: usize,
    pub end: usize,
    pub term: String,
    pub kind: TokenKind,
}

/// Pronouns and adverbs whose "’s" is "is" or "us", not a possessive.
const KEEPS_S: &[&str] = &[
    "it", "that", "he", "she", "what", "there", "here", "let", "who", "where", "how", "when",
    "why", "this",
];

pub(crate) fn fold(word: &str, out: &mut String) {
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The words of the text, in order. Clitics are joined to the word they hang on.
pub(crate) fn words(text: &str, tokens: &[Token]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Clitic => {
                if let Some(w) = out
                    .last_mut()
                    .filter(|w| w.end == t.start && w.kind == TokenKind::Word)
                {
                    let mut clitic = String::new();
                    fold(t.text(text), &mut clitic);
                    if clitic != "'s" || KEEPS_S.contains(&w.term.as_str()) {
                        w.term.push_str(&clitic);
                    }
                    w.end = t.end;
                }
            }
            kind if kind.is_wordlike() => {
                let mut term = String::with_capacity(t.end - t.start);
                fold(t.text(text), &mut term);
                out.push(Word {
                    token: i,
                    start: t.start,
                    end: t.end,
                    term,
                    kind,
                });
            }
            _ => {}
        }
    }
    out
}

/// Whether a word's term belongs in a frequency table at all.
fn is_term(word: &Word) -> bool {
    matches!(
        word.kind,
        TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle
    ) && word.term.chars().any(char::is_alphabetic)
}

/// How terms are counted.
#[derive(Clone, Debug)]
pub(crate) struct Counting<'a> {
    pub stop_words: &'a [String],
    pub use_default_stop_words: bool,
    pub stem: bool,
    pub min_count: usize,
}

impl Counting<'_> {
    fn is_stop(&self, term: &str) -> bool {
        let term = term.trim_end_matches('.');
        (self.use_default_stop_words && stopwords::ENGLISH.contains(&term))
            || self.stop_words.iter().any(|s| s == term)
    }
}

/// Term frequencies, most frequent first; ties keep the order of first appearance.
pub(crate) fn frequencies(
    words: &[Word],
    counting: &Counting,
    total_words: usize,
) -> Vec<Frequency> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for w in words.iter().filter(|w| is_term(w)) {
        if counting.is_stop(&w.term) {
            continue;
        }
        let key = w.term.as_str();
        match index.get(key) {
            Some(&k) => counts[k].1 += 1,
            None => {
                index.insert(key, counts.len());
                counts.push((w.term.clone(), 1));
            }
        }
    }
    ranked(counts, counting.min_count, total_words)
}

/// Two- and three-word phrases within a sentence that neither start nor end with a stop word,
/// seen at least twice.
pub(crate) fn phrases(
    words: &[Word],
    sentence_of: &[usize],
    counting: &Counting,
    total_words: usize,
) -> Vec<Frequency> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for n in [2, 3] {
        for (i, window) in words.windows(n).enumerate() {
            if sentence_of[i] != sentence_of[i + n - 1] || !window.iter().all(is_term) {
                continue;
            }
            if counting.is_stop(&window[0].term) || counting.is_stop(&window[n - 1].term) {
                continue;
            }
            let phrase = window
                .iter()
                .map(|w| w.term.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            match index.get(&phrase) {
                Some(&k) => counts[k].1 += 1,
                None => {
                    index.insert(phrase.clone(), counts.len());
                    counts.push((phrase, 1));
                }
            }
        }
    }
    ranked(counts, counting.min_count.max(2), total_words)
}

fn ranked(
    mut counts: Vec<(String, usize)>,
    min_count: usize,
    total_words: usize,
) -> Vec<Frequency> {
    counts.retain(|(_, c)| *c >= min_count);
    // A stable sort keeps first appearance among equal counts.
    counts.sort_by(|a, b| b.1.cmp(&a.1));
    let mut out = Vec::with_capacity(counts.len());
    let mut rank = 0;
    let mut previous = usize::MAX;
    for (term, count) in counts {
        if count != previous {
            rank = out.len() + 1;
            previous = count;
        }
        let share = if total_words == 0 {
            0.0
        } else {
            count as f64 / total_words as f64
        };
        out.push(Frequency {
            term,
            count,
            share,
            rank,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn terms(text: &str) -> Vec<String> {
        words(text, &tokenize(text))
            .into_iter()
            .map(|w| w.term)
            .collect()
    }

    #[test]
    fn possessives_fold_contractions_stay() {
        assert_eq!(
            terms("Trump’s plan, Trump's dog"),
            ["trump", "plan", "trump", "dog"]
        );
        assert_eq!(terms("It’s who’ve can't"), ["it's", "who've", "can't"]);
        assert_eq!(terms("Rodríguez ÉCOLE"), ["rodríguez", "école"]);
    }

    #[test]
    fn counts_rank_and_skip_stop_words() {
        let text = "The cat saw the dog. The dog ran, 42 times.";
        let ws = words(text, &tokenize(text));
        let counting = Counting {
            stop_words: &[],
            use_default_stop_words: true,
            stem: false,
            min_count: 1,
        };
        let f = frequencies(&ws, &counting, ws.len());
        let got: Vec<_> = f
            .iter()
            .map(|f| (f.term.as_str(), f.count, f.rank))
            .collect();
        assert_eq!(
            got,
            [
                ("dog", 2, 1),
                ("cat", 1, 2),
                ("saw", 1, 2),
                ("ran", 1, 2),
                ("times", 1, 2)
            ]
        );
    }
}
