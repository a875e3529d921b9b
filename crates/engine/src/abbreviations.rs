//! Abbreviations: which words keep their period, and whether that period may also end a
//! sentence. The lists are written for English news copy (AP style titles, months, company
//! suffixes); see `data/SOURCES.md`.

/// Titles and name parts that come before a name: their period never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt",
    "col", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "brig", "ste", "rev", "hon", "pres", "supt", "det",
    "insp", "atty", "mt", "ft", "fr", "sra", "srta", "amb", "ald",
];

/// Months and week days: they come before a number or a name far more often than at the end
/// of a sentence. Only capitalised ("Mar." is a month, "mar." is a verb).
const CALENDAR: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri",
];

/// Everything else that keeps its period; the period may end the sentence too. "St." is a
/// saint's or a place's ("St. Louis") but also a street's, which ends sentences ("828 Davis
/// St. It will continue").
const OTHERS: &[&str] = &[
    "st", "inc", "ltd", "co", "corp", "bros", "llc", "plc", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "etc",
    "al", "vs", "est", "approx", "fig", "figs", "vol", "vols", "eds", "cf", "viz", "jr", "sr", "esq", "mfg", "intl",
    "natl", "govt", "misc", "pct", "yrs", "mins", "hrs", "sq", "oz", "lbs", "ariz", "calif", "colo", "conn", "fla",
    "kan", "kans", "ky", "mich", "minn", "mont", "neb", "nev", "okla", "penn", "tenn", "tex", "wis", "wyo", "dist",
];

/// Abbreviations that keep their period only before a number ("No. 5", "p. 55").
const BEFORE_NUMBERS: &[&str] = &["no", "nos", "p", "pp", "op", "art", "sec", "ch", "para"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// A title before a name: never ends a sentence.
    Title,
    /// A single capital letter: ends a sentence only before an obvious sentence opener.
    Initial,
    /// Anything else: may end a sentence.
    Other,
}

/// No abbreviation in the lists is longer: most words are ruled out by their length alone.
const LONGEST: usize = 6;

fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The lists above, by the bit each has in [`SHORT_LISTS`].
const IN_TITLES: u8 = 1;
const IN_CALENDAR: u8 = 2;
const IN_OTHERS: u8 = 4;
const IN_BEFORE_NUMBERS: u8 = 8;

/// A word of at most eight bytes as one number: its length, then its bytes in lower case.
const fn pack(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() && i < 7 {
        key |= (word[i].to_ascii_lowercase() as u64) << (8 * (6 - i));
        i += 1;
    }
    key
}

const SHORT_ENTRIES: usize = TITLES.len() + CALENDAR.len() + OTHERS.len() + BEFORE_NUMBERS.len();

/// The short lists as one table, sorted by packed word, with the bits of every list that holds
/// each word: one binary search answers for all four, where a scan of the lists compared a
/// word with each of their 130 entries in turn. Built at compile time.
static SHORT_LISTS: [(u64, u8); SHORT_ENTRIES] = {
    let mut table = [(0u64, 0u8); SHORT_ENTRIES];
    let lists: [(&[&str], u8); 4] =
        [(TITLES, IN_TITLES), (CALENDAR, IN_CALENDAR), (OTHERS, IN_OTHERS), (BEFORE_NUMBERS, IN_BEFORE_NUMBERS)];
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].0.len() {
            table[n] = (pack(lists[l].0[w].as_bytes()), lists[l].1);
            n += 1;
            w += 1;
        }
        l += 1;
    }
    // Insertion sort; then a word in two lists has both bits in both its entries.
    let mut i = 1;
    while i < n {
        let mut j = i;
        while j > 0 && table[j - 1].0 > table[j].0 {
            let t = table[j];
            table[j] = table[j - 1];
            table[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    let mut i = 1;
    while i < n {
        if table[i].0 == table[i - 1].0 {
            let bits = table[i].1 | table[i - 1].1;
            table[i].1 = bits;
            table[i - 1].1 = bits;
        }
        i += 1;
    }
    table
};

/// Which of the short lists hold `word` (in any case), as bits.
fn short_lists(word: &str) -> u8 {
    if word.len() > LONGEST {
        return 0;
    }
    let key = pack(word.as_bytes());
    SHORT_LISTS.binary_search_by_key(&key, |&(k, _)| k).map_or(0, |i| SHORT_LISTS[i].1)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word `core` (without its period) keeps the period that follows it; `next` is
/// the first non-space character after that period.
pub(crate) fn takes_period(core: &str, next: Option<char>) -> bool {
    let mut chars = core.chars();
    let first = chars.next();
    let single = first.is_some() && chars.next().is_none();
    if single {
        let c = first.unwrap_or(' ');
        return c.is_uppercase()
            || (c.is_alphabetic() && next.is_some_and(|n| n.is_ascii_digit() || n.is_lowercase() || n == ','));
    }
    let lists = short_lists(core);
    if lists & IN_BEFORE_NUMBERS != 0 {
        return next.is_some_and(|n| n.is_ascii_digit());
    }
    if is_dotted(core) {
        return true;
    }
    lists & (IN_TITLES | IN_OTHERS) != 0 || (lists & IN_CALENDAR != 0 && is_capitalised(core))
}

/// "U.S", "e.g", "a.m", "Ph.D", "D.C": letters in short groups joined by periods.
fn is_dotted(core: &str) -> bool {
    core.contains('.')
        && core.split('.').all(|part| {
            let n = part.chars().count();
            (1..=3).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// What kind of abbreviation the token `word` is (`word` ends with its period).
pub(crate) fn classify(word: &str) -> Option<Abbreviation> {
    let core = word.strip_suffix('.')?;
    let mut chars = core.chars();
    let first = chars.next()?;
    if chars.next().is_none() {
        return Some(if first.is_uppercase() { Abbreviation::Initial } else { Abbreviation::Other });
    }
    if short_lists(core) & (IN_TITLES | IN_CALENDAR | IN_BEFORE_NUMBERS) != 0 {
        Some(Abbreviation::Title)
    } else {
        Some(Abbreviation::Other)
    }
}

/// Capitalised function words that open sentences and hardly ever continue a name: after an
/// abbreviation ("in the U.S. He said") they mean the abbreviation also ended the sentence.
const OPENERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "many",
    "meanwhile",
    "more",
    "most",
    "much",
    "my",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "under",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "did",
    "despite",
    "later",
    "last",
    "two",
    "three",
    "officials",
    "police",
];

/// Whether `word` is a capitalised sentence opener (see [`OPENERS`]).
pub(crate) fn is_opener(word: &str) -> bool {
    is_capitalised(word) && contains(OPENERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_lists_table_holds_every_word_of_each_list_and_no_other() {
        let lists: [(&[&str], u8); 4] =
            [(TITLES, IN_TITLES), (CALENDAR, IN_CALENDAR), (OTHERS, IN_OTHERS), (BEFORE_NUMBERS, IN_BEFORE_NUMBERS)];
        for (list, bit) in lists {
            for word in list {
                assert!(short_lists(word) & bit != 0, "{word}");
                assert!(short_lists(&word.to_ascii_uppercase()) & bit != 0, "{word}");
            }
        }
        for word in ["", "m", "mrx", "said", "stt", "é", "jan.", "corps", "s\u{0}t"] {
            assert_eq!(short_lists(word), 0, "{word:?}");
        }
    }

    #[test]
    fn no_abbreviation_is_longer_than_longest() {
        for w in TITLES.iter().chain(CALENDAR).chain(OTHERS).chain(BEFORE_NUMBERS) {
            assert!(w.len() <= LONGEST, "{w}");
        }
    }

    #[test]
    fn periods_kept() {
        assert!(takes_period("U.S", Some('H')));
        assert!(takes_period("Sen", Some('C')));
        assert!(takes_period("J", Some('R')));
        assert!(takes_period("No", Some('5')));
        assert!(!takes_period("no", Some('H')));
        assert!(takes_period("Mar", Some('3')));
        assert!(!takes_period("mar", Some('T')));
        assert!(!takes_period("war", None));
    }

    #[test]
    fn kinds() {
        assert_eq!(classify("Sen."), Some(Abbreviation::Title));
        assert_eq!(classify("J."), Some(Abbreviation::Initial));
        assert_eq!(classify("U.S."), Some(Abbreviation::Other));
        assert_eq!(classify("war"), None);
    }
}
