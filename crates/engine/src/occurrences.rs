//! Where a term occurs: the spans behind a line of a frequency table, for keyword-in-context
//! views and dispersion plots.
//!
//! The text is cut into words exactly as for the report, so a term found here is the term
//! counted there ("Trump’s" is an occurrence of "trump"). Matching is decided once per distinct
//! term, never per word, so a search costs one pass over the text whatever the query.

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
    let tokens = tokenize(text);
    let (words, vocabulary) = words(text, &tokens, &Spellings::new(text, &tokens));
    let key = |term: &str| if stem { stem_key(term) } else { term.to_owned() };
    // The key of every distinct term of the text, computed once.
    let keys: Vec<String> = (0..vocabulary.len() as TermId).map(|id| key(vocabulary.term(id))).collect();
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
            words
                .windows(wanted.len())
                .filter(|window| window.iter().zip(&fits).all(|(w, fit)| fit[w.term as usize]))
                .map(|window| Span::new(window[0].start, window[window.len() - 1].end))
                .collect()
        })
        .collect()
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
}
