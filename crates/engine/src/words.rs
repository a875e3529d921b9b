//! Words and their frequencies.
//!
//! A term is a word folded to lower case with its apostrophes made straight. A possessive "’s"
//! folds into its word ("Trump’s" counts towards "trump"); other contractions stay whole
//! ("can't", "who've"). Numbers, URLs and emails are not terms.

use std::sync::OnceLock;

use crate::hash::{FastMap, FastSet};
use crate::report::Frequency;
use crate::stopwords;
use crate::tokens::{is_apostrophe, Token, TokenKind};

/// A term's number in the [`Vocabulary`]: terms are numbered in order of first appearance.
pub(crate) type TermId = u32;

/// One word of running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// The token the word starts at.
    pub token: usize,
    /// Byte span of the whole word in the text, clitic included.
    pub start: usize,
    pub end: usize,
    pub term: TermId,
    pub kind: TokenKind,
}

/// The distinct terms of a text, each stored once.
#[derive(Default, Debug)]
pub(crate) struct Vocabulary {
    index: FastMap<Box<str>, TermId>,
    terms: Vec<Box<str>>,
    /// The kind of the first word with this term.
    kinds: Vec<TokenKind>,
}

impl Vocabulary {
    fn intern(&mut self, term: &str, kind: TokenKind) -> TermId {
        if let Some(&id) = self.index.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.into());
        self.kinds.push(kind);
        self.index.insert(term.into(), id);
        id
    }

    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether a term belongs in a frequency table at all (not a number, URL or email).
    fn is_countable(&self, id: TermId) -> bool {
        matches!(self.kinds[id as usize], TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle)
            && self.term(id).chars().any(char::is_alphabetic)
    }
}

/// Pronouns and adverbs whose "’s" is "is" or "us", not a possessive.
const KEEPS_S: &[&str] =
    &["it", "that", "he", "she", "what", "there", "here", "let", "who", "where", "how", "when", "why", "this"];

/// Lower case, straight apostrophes: how a word becomes a term.
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

/// The words of the text, in order, and their vocabulary. A clitic joins the word it hangs on:
/// "who’ve" is the term "who've", while a possessive "’s" folds away ("Trump’s" is "trump").
pub(crate) fn words(text: &str, tokens: &[Token]) -> (Vec<Word>, Vocabulary) {
    let mut vocabulary = Vocabulary::default();
    let mut out = Vec::with_capacity(tokens.len());
    let mut term = String::new();
    let mut clitic = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.kind.is_wordlike() {
            continue;
        }
        term.clear();
        fold(t.text(text), &mut term);
        let mut end = t.end;
        if let Some(next) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Clitic && n.start == t.end) {
            if t.kind == TokenKind::Word {
                clitic.clear();
                fold(next.text(text), &mut clitic);
                if clitic != "'s" || KEEPS_S.contains(&term.as_str()) {
                    term.push_str(&clitic);
                }
                end = next.end;
            }
        }
        let id = vocabulary.intern(&term, t.kind);
        out.push(Word { token: i, start: t.start, end, term: id, kind: t.kind });
    }
    (out, vocabulary)
}

fn default_stop_words() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| stopwords::ENGLISH.iter().copied().collect())
}

/// How terms are counted.
#[derive(Clone, Debug)]
pub(crate) struct Counting<'a> {
    pub stop_words: &'a [String],
    pub use_default_stop_words: bool,
    pub min_count: usize,
}

impl Counting<'_> {
    fn is_stop(&self, term: &str) -> bool {
        (self.use_default_stop_words && default_stop_words().contains(term))
            || self.stop_words.iter().any(|s| s == term)
    }

    /// For each term of the vocabulary: may it be counted (a word, not a stop word)?
    fn counted(&self, vocabulary: &Vocabulary) -> Vec<bool> {
        (0..vocabulary.len() as TermId)
            .map(|id| vocabulary.is_countable(id) && !self.is_stop(vocabulary.term(id)))
            .collect()
    }
}

/// Term frequencies, most frequent first; ties keep the order of first appearance.
pub(crate) fn frequencies(words: &[Word], vocabulary: &Vocabulary, counting: &Counting) -> Vec<Frequency> {
    let counted = counting.counted(vocabulary);
    let mut counts = vec![0usize; vocabulary.len()];
    for w in words {
        counts[w.term as usize] += 1;
    }
    let entries = counts
        .into_iter()
        .enumerate()
        .filter(|&(id, count)| counted[id] && count > 0)
        .map(|(id, count)| (vocabulary.term(id as TermId).to_owned(), count))
        .collect();
    ranked(entries, counting.min_count, words.len())
}

/// Two- and three-word phrases within a sentence that neither start nor end with a stop word,
/// seen at least twice. Phrases are counted by term numbers; only the survivors are spelled out.
pub(crate) fn phrases(
    words: &[Word],
    vocabulary: &Vocabulary,
    sentence_of: &[usize],
    counting: &Counting,
) -> Vec<Frequency> {
    let counted = counting.counted(vocabulary);
    let countable: Vec<bool> = (0..vocabulary.len() as TermId).map(|id| vocabulary.is_countable(id)).collect();
    // Key: the term numbers packed into a u128 (up to three 32-bit numbers, plus the length).
    let mut index: FastMap<u128, usize> = FastMap::default();
    let mut counts: Vec<(u128, usize)> = Vec::new();
    for n in [2usize, 3] {
        for (i, window) in words.windows(n).enumerate() {
            let (first, last) = (window[0].term as usize, window[n - 1].term as usize);
            if !counted[first] || !counted[last] || sentence_of[i] != sentence_of[i + n - 1] {
                continue;
            }
            if !window.iter().all(|w| countable[w.term as usize]) {
                continue;
            }
            let key = window.iter().fold(n as u128, |k, w| (k << 32) | u128::from(w.term));
            match index.get(&key) {
                Some(&k) => counts[k].1 += 1,
                None => {
                    index.insert(key, counts.len());
                    counts.push((key, 1));
                }
            }
        }
    }
    let min = counting.min_count.max(2);
    let entries =
        counts.into_iter().filter(|&(_, c)| c >= min).map(|(key, count)| (spell(key, vocabulary), count)).collect();
    ranked(entries, min, words.len())
}

fn spell(mut key: u128, vocabulary: &Vocabulary) -> String {
    let mut ids = Vec::with_capacity(3);
    while key >> 32 != 0 {
        ids.push((key & 0xFFFF_FFFF) as TermId);
        key >>= 32;
    }
    ids.reverse();
    ids.iter().map(|&id| vocabulary.term(id)).collect::<Vec<_>>().join(" ")
}

fn ranked(mut counts: Vec<(String, usize)>, min_count: usize, total_words: usize) -> Vec<Frequency> {
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
        let share = if total_words == 0 { 0.0 } else { count as f64 / total_words as f64 };
        out.push(Frequency { term, count, share, rank });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn terms(text: &str) -> Vec<String> {
        let (words, vocabulary) = words(text, &tokenize(text));
        words.into_iter().map(|w| vocabulary.term(w.term).to_owned()).collect()
    }

    fn counting() -> Counting<'static> {
        Counting { stop_words: &[], use_default_stop_words: true, min_count: 1 }
    }

    #[test]
    fn possessives_fold_contractions_stay() {
        assert_eq!(terms("Trump’s plan, Trump's dog"), ["trump", "plan", "trump", "dog"]);
        assert_eq!(terms("It’s who’ve can't"), ["it's", "who've", "can't"]);
        assert_eq!(terms("Rodríguez ÉCOLE"), ["rodríguez", "école"]);
    }

    #[test]
    fn counts_rank_and_skip_stop_words() {
        let text = "The cat saw the dog. The dog ran, 42 times.";
        let (ws, vocabulary) = words(text, &tokenize(text));
        let f = frequencies(&ws, &vocabulary, &counting());
        let got: Vec<_> = f.iter().map(|f| (f.term.as_str(), f.count, f.rank)).collect();
        assert_eq!(got, [("dog", 2, 1), ("cat", 1, 2), ("saw", 1, 2), ("ran", 1, 2), ("times", 1, 2)]);
        let extra = ["dog".to_string()];
        let custom = Counting { stop_words: &extra, ..counting() };
        assert_eq!(frequencies(&ws, &vocabulary, &custom)[0].term, "cat");
    }

    #[test]
    fn phrases_within_sentences() {
        let text = "Climate change matters. Climate change is real. Change climate.";
        let (ws, vocabulary) = words(text, &tokenize(text));
        let sentence_of: Vec<usize> = ws.iter().map(|w| text[..w.start].matches('.').count()).collect();
        let p = phrases(&ws, &vocabulary, &sentence_of, &counting());
        let got: Vec<_> = p.iter().map(|f| (f.term.as_str(), f.count)).collect();
        assert_eq!(got, [("climate change", 2)]);
    }
}
