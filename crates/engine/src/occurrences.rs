//! Where a term occurs: the spans behind a line of a frequency table, for keyword-in-context
//! views and dispersion plots.
//!
//! The text is cut into words exactly as for the report, so a term found here is the term
//! counted there ("Trump’s" is an occurrence of "trump"). Matching is decided once per distinct
//! term, never per word, so a search costs one pass over the text whatever the query.

use std::cell::OnceCell;

use crate::span::Span;
use crate::spellings::Spellings;
use crate::stem::stem;
use crate::tokens::tokenize;
use crate::words::{fold, words, TermId};

/// A phrase longer than this is not a term of any report.
const MAX_PHRASE_WORDS: usize = 8;

/// Every occurrence of `term` in `text`, in order. `term` is a word or a phrase of words
/// separated by spaces, as the report spells them; with `stem`, any form with the same English
/// stem matches ("election" finds "elections" too).
pub fn occurrences(text: &str, term: &str, stem: bool) -> Vec<Span> {
    occurrences_of_each(text, &[term], stem).pop().unwrap_or_default()
}

/// The occurrences of several terms in one pass over the text: one list per term, in order.
pub fn occurrences_of_each(text: &str, terms: &[&str], stem: bool) -> Vec<Vec<Span>> {
    WordIndex::new(text).occurrences_of_each(terms, stem)
}

/// A text cut into words once, to find the occurrences of one term after another: a page that
/// answers each click on a word of a long text with its occurrences keeps one of these rather
/// than cut the whole text again at every click.
///
/// ```
/// use textlens_engine::WordIndex;
///
/// let text = "The election, two elections, an Elected official.";
/// let index = WordIndex::new(text);
/// let spans = index.occurrences_of_each(&["election", "official"], true);
/// let found: Vec<&str> = spans[0].iter().map(|s| s.of(text)).collect();
/// assert_eq!(found, ["election", "elections", "Elected"]);
/// assert_eq!(spans[1].len(), 1);
/// ```
pub struct WordIndex {
    /// Each word's span and term, in text order. u32 offsets (a text under 4 GB; a word past
    /// that is not indexed) keep the index of a 10 MB text to some 25 MB.
    words: Vec<IndexedWord>,
    /// The text of each term, by `TermId`.
    terms: Vec<Box<str>>,
    /// The stem of each term, worked out on the first search by stem.
    stems: OnceCell<Vec<String>>,
}

struct IndexedWord {
    start: u32,
    end: u32,
    term: TermId,
}

impl WordIndex {
    /// Cuts `text` into words exactly as [`analyze`](crate::analyze) does.
    pub fn new(text: &str) -> WordIndex {
        let tokens = tokenize(text);
        let (words, vocabulary) = words(text, &tokens, &Spellings::new(text, &tokens));
        let words = words
            .iter()
            .filter_map(|w| {
                let span = w.span(&tokens);
                Some(IndexedWord { start: span.start.try_into().ok()?, end: span.end.try_into().ok()?, term: w.term })
            })
            .collect();
        let terms = (0..vocabulary.len() as TermId).map(|id| Box::from(vocabulary.term(id))).collect();
        WordIndex { words, terms, stems: OnceCell::new() }
    }

    /// The occurrences of each of `terms` (see [`occurrences`]): one list per term, in order.
    pub fn occurrences_of_each(&self, terms: &[&str], stem: bool) -> Vec<Vec<Span>> {
        // The key of every distinct term of the text, computed once.
        let keys: Vec<&str> = if stem {
            self.stems
                .get_or_init(|| self.terms.iter().map(|t| stem_key(t)).collect())
                .iter()
                .map(String::as_str)
                .collect()
        } else {
            self.terms.iter().map(|t| &**t).collect()
        };
        let key = |term: &str| if stem { stem_key(term) } else { term.to_owned() };
        terms
            .iter()
            .map(|term| {
                let mut folded = String::new();
                fold(term, &mut folded);
                let wanted: Vec<String> = folded.split_whitespace().take(MAX_PHRASE_WORDS + 1).map(key).collect();
                if wanted.is_empty() || wanted.len() > MAX_PHRASE_WORDS {
                    return Vec::new();
                }
                // For each position in the phrase, which terms of the text fit it.
                let fits: Vec<Vec<bool>> = wanted.iter().map(|w| keys.iter().map(|k| k == w).collect()).collect();
                self.words
                    .windows(wanted.len())
                    .filter(|window| window.iter().zip(&fits).all(|(w, fit)| fit[w.term as usize]))
                    .map(|window| Span::new(window[0].start as usize, window[window.len() - 1].end as usize))
                    .collect()
            })
            .collect()
    }
}

/// The stem of a term; a possessive "'s" is no part of it.
fn stem_key(term: &str) -> String {
    stem(term.strip_suffix("'s").unwrap_or(term))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(text: &'t str, term: &str, stem: bool) -> Vec<&'t str> {
        occurrences(text, term, stem).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn words_are_found_as_they_are_counted() {
        let text = "Trump’s plan: TRUMP said the plan, the trumpet and trump.";
        assert_eq!(found(text, "trump", false), ["Trump’s", "TRUMP", "trump"]);
        let spans = occurrences(text, "plan", false);
        assert_eq!(spans, [Span::new(10, 14), Span::new(31, 35)]);
        assert!(found(text, "elephant", false).is_empty());
        assert!(found(text, "", false).is_empty());
    }

    #[test]
    fn stems_and_phrases() {
        let text = "The election, two elections, an Elected official. Climate change and climate Change.";
        assert_eq!(found(text, "election", true), ["election", "elections", "Elected"]);
        assert_eq!(found(text, "election", false), ["election"]);
        assert_eq!(found(text, "climate change", false), ["Climate change", "climate Change"]);
        let each = occurrences_of_each(text, &["climate", "official"], false);
        assert_eq!(each.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
    }

    #[test]
    fn one_index_answers_search_after_search_as_a_fresh_one_does() {
        let text = "The election, two elections, an Elected official. Climate change and climate Change.";
        let index = WordIndex::new(text);
        for (terms, stem) in
            [(&["election"][..], true), (&["election", "climate change"][..], false), (&["elected"][..], true)]
        {
            assert_eq!(
                index.occurrences_of_each(terms, stem),
                occurrences_of_each(text, terms, stem),
                "{terms:?} {stem}"
            );
        }
        assert_eq!(index.occurrences_of_each(&["elected"], true).len(), 1);
        assert_eq!(index.occurrences_of_each(&["elected"], true)[0].len(), 3);
    }
}
