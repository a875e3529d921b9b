//! Distinctive words: the words a text uses far more often than ordinary English does.
//!
//! The reference is the ~7,000 commonest English words with their frequencies (from wordfreq, see
//! `data/SOURCES.md`). A word outside that list is rarer than all of them; it is given a frequency
//! a little below the list's last entry. Each word's keyness is Dunning's log-likelihood G² of
//! its count against the count ordinary English would lead one to expect in a text this long;
//! since the reference corpus is vastly larger than any text, G² reduces to
//! `2 (o ln(o/e) - (o - e))` for an observed count `o` and expected count `e`.

use std::sync::OnceLock;

use crate::hash::FastMap;
use crate::report::Distinctive;

/// How many distinctive words a report lists.
const MAX: usize = 50;

/// The reference frequencies: term → share of running English text.
fn reference() -> &'static FastMap<&'static str, f64> {
    static MAP: OnceLock<FastMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| {
        // The file lists words from the most frequent down, under "#N" headers: the words after
        // "#N" have frequency 10^(-N/100) (wordfreq's centibel buckets).
        let data = include_str!("../data/words/english-frequencies.txt");
        let mut map = FastMap::default();
        // Room for every line at once (counted on bytes, not by splitting): no rehashing.
        map.reserve(data.bytes().filter(|&b| b == b'\n').count());
        let mut frequency = 0.0;
        for line in data.lines() {
            if let Some(bucket) = line.strip_prefix('#') {
                // Whole centibels: an integer parse, not a float's (4 KB less WebAssembly).
                frequency = bucket.parse::<u32>().map_or(0.0, |cb| 10f64.powf(-f64::from(cb) / 100.0));
            } else if !line.is_empty() {
                map.insert(line, frequency);
            }
        }
        map
    })
}

/// The frequency assumed for a word that is not in the reference list.
fn unlisted_frequency() -> f64 {
    static MIN: OnceLock<f64> = OnceLock::new();
    *MIN.get_or_init(|| reference().values().copied().fold(f64::MAX, f64::min) / 3.0)
}

/// The distinctive words among `terms` (term, count): those seen at least twice and more often
/// than expected, by decreasing log-likelihood.
pub(crate) fn distinctive<'a>(terms: impl Iterator<Item = (&'a str, usize)>, total_words: usize) -> Vec<Distinctive> {
    if total_words == 0 {
        return Vec::new();
    }
    let reference = reference();
    let unlisted = unlisted_frequency();
    let n = total_words as f64;
    // (score, term, count, expected) of the best `MAX` so far, best first: only they become
    // report lines, so no term is copied before it is chosen, and no sort is needed (a term
    // goes after those it ties with, which came first).
    let mut scored: Vec<(f64, &str, usize, f64)> = Vec::with_capacity(MAX + 1);
    for (term, count) in terms.filter(|&(_, count)| count >= 2) {
        let expected = reference.get(term).copied().unwrap_or(unlisted) * n;
        let observed = count as f64;
        if observed <= expected {
            continue;
        }
        let score = 2.0 * (observed * (observed / expected).ln() - (observed - expected));
        let at = scored.partition_point(|best| best.0.total_cmp(&score).is_ge());
        if at < MAX {
            scored.insert(at, (score, term, count, expected));
            scored.truncate(MAX);
        }
    }
    scored
        .into_iter()
        .map(|(score, term, count, expected)| Distinctive {
            term: term.to_owned(),
            count,
            expected,
            ratio: count as f64 / expected,
            score,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_repeated_words_beat_common_ones() {
        let terms = [("people", 3), ("jury", 3), ("time", 2), ("grand", 2), ("fulton", 4), ("dog", 1)];
        let out = distinctive(terms.into_iter(), 300);
        let got: Vec<&str> = out.iter().map(|d| d.term.as_str()).collect();
        assert_eq!(got[0], "fulton");
        assert!(got.contains(&"jury"));
        assert!(!got.contains(&"dog"), "seen once");
        let jury = out.iter().position(|d| d.term == "jury");
        let people = out.iter().position(|d| d.term == "people");
        assert!(people.is_none() || people > jury, "{got:?}");
        assert!(out.iter().all(|d| d.ratio > 1.0 && d.score > 0.0));
    }

    #[test]
    fn the_reference_list_loads() {
        let r = reference();
        assert!(r.len() > 6000);
        assert!(r["the"] > r["election"]);
        assert!(unlisted_frequency() < r["election"]);
    }
}
