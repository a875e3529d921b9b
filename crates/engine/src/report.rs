//! The report: everything `analyze` finds, as plain serde data. This is the JSON contract
//! shared by the CLI, the page and the JavaScript module; see the README for each field.

use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::tokens::Token;

/// The version of the JSON shape. Fields may be added without changing it; a field that
/// changes meaning or disappears bumps it.
pub const SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: u32,
    pub stats: Stats,
    pub sentences: Vec<Sentence>,
    /// Sentence-length figures (words per sentence).
    pub sentence_lengths: SentenceLengths,
    /// Terms, most frequent first (ties in order of first appearance).
    pub frequencies: Vec<Frequency>,
    /// Two- and three-word phrases that neither start nor end with a stop word, most frequent first.
    pub phrases: Vec<Frequency>,
    /// The language the text is taken to be in (ISO 639-1: "en", "es", "fr", "de", "it", "pt").
    #[serde(default)]
    pub language: String,
    /// The stop words left out of `frequencies` and `phrases`, sorted.
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Words this text uses far more than ordinary English does (English texts only).
    #[serde(default)]
    pub distinctive: Vec<Distinctive>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub readability: Readability,
    /// Only when `Options::tokens` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Unicode scalar values (what a person would call characters, near enough).
    pub characters: usize,
    pub characters_no_spaces: usize,
    pub words: usize,
    /// Distinct words, case-folded, possessives folded into their word.
    pub unique_words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub syllables: usize,
    /// At 238 words a minute.
    pub reading_time_seconds: f64,
    /// At 150 words a minute.
    pub speaking_time_seconds: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub words: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SentenceLengths {
    pub mean: f64,
    pub median: f64,
    pub shortest: usize,
    pub longest: usize,
    /// Population standard deviation.
    pub spread: f64,
    /// `histogram[i]` counts the sentences of `i * bucket` to `(i + 1) * bucket - 1` words.
    pub histogram: Vec<usize>,
    pub bucket: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Frequency {
    pub term: String,
    pub count: usize,
    /// `count` divided by the number of words in the text.
    pub share: f64,
    /// 1 for the most frequent term; equal counts share a rank.
    pub rank: usize,
    /// With stemming, every form counted in this line, commonest first (empty for a lone form).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
}

/// A word used more than ordinary English would lead one to expect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Distinctive {
    pub term: String,
    pub count: usize,
    /// The count expected in a text of this length, from the word's frequency in English.
    pub expected: f64,
    /// `count / expected`.
    pub ratio: f64,
    /// Log-likelihood (G²) of the count against the expected one: higher is more distinctive.
    pub score: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
    Money,
    Percent,
    Hashtag,
    Handle,
    Url,
    Email,
}

impl EntityKind {
    /// The kind's name in the JSON report ("person", "organization", …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Hashtag => "hashtag",
            EntityKind::Handle => "handle",
            EntityKind::Url => "url",
            EntityKind::Email => "email",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name the text gives it.
    pub name: String,
    pub kind: EntityKind,
    pub count: usize,
    pub mentions: Vec<Span>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted text, quote marks excluded.
    pub start: usize,
    pub end: usize,
    /// Canonical name of the speaker, as in `entities`, or `None`.
    pub speaker: Option<String>,
    /// The words that point at the speaker ("he", "the mayor", "Mamdani").
    pub speaker_mention: Option<Span>,
    /// The reporting verb ("said", "tweeted").
    pub cue: Option<String>,
    /// A short fragment or scare quote rather than a reported statement.
    pub fragment: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Readability {
    pub flesch_reading_ease: f64,
    pub flesch_kincaid_grade: f64,
    pub gunning_fog: f64,
    pub smog_index: f64,
    pub coleman_liau_index: f64,
    pub automated_readability_index: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_is_named_as_the_json_names_it() {
        let kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
            EntityKind::Date,
            EntityKind::Money,
            EntityKind::Percent,
            EntityKind::Hashtag,
            EntityKind::Handle,
            EntityKind::Url,
            EntityKind::Email,
        ];
        for kind in kinds {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.as_str()));
        }
    }
}
