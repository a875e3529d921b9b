//! Abbreviations: which words keep their period, and whether that period may also end a
//! sentence. The lists are written for English news copy (AP style titles, months, company
//! suffixes); see `data/SOURCES.md`.

/// Titles and name parts that come before a name: their period never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt",
    "col", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "brig", "st", "ste", "rev", "hon", "pres", "supt", "det",
    "insp", "atty", "mt", "ft", "fr", "sra", "srta", "amb", "ald",
];

/// Months and week days: they come before a number or a name far more often than at the end
/// of a sentence. Only capitalised ("Mar." is a month, "mar." is a verb).
const CALENDAR: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri",
];

/// Everything else that keeps its period; the period may end the sentence too.
const OTHERS: &[&str] = &[
    "inc", "ltd", "co", "corp", "bros", "llc", "plc", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "etc", "al",
    "vs", "est", "approx", "fig", "figs", "vol", "vols", "eds", "cf", "viz", "jr", "sr", "esq", "mfg", "intl", "natl",
    "govt", "misc", "pct", "yrs", "mins", "hrs", "sq", "oz", "lbs", "ariz", "calif", "colo", "conn", "fla", "kan",
    "kans", "ky", "mich", "minn", "mont", "neb", "nev", "okla", "penn", "tenn", "tex", "wis", "wyo", "dist",
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

/// [`contains`] for the abbreviation lists, whose words are at most `LONGEST` bytes.
fn contains_short(list: &[&str], word: &str) -> bool {
    word.len() <= LONGEST && contains(list, word)
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
    if contains_short(BEFORE_NUMBERS, core) {
        return next.is_some_and(|n| n.is_ascii_digit());
    }
    if is_dotted(core) {
        return true;
    }
    contains_short(TITLES, core)
        || contains_short(OTHERS, core)
        || (is_capitalised(core) && contains_short(CALENDAR, core))
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
    if contains_short(TITLES, core) || contains_short(CALENDAR, core) || contains_short(BEFORE_NUMBERS, core) {
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
