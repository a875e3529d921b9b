//! The textlens engine: text in, [`Report`] out.
//!
//! Pure Rust with no I/O: the same code runs in the command-line tool, in the browser (compiled
//! to WebAssembly) and in anyone's program. It never panics, gives the same report for the same
//! text and options, and takes time linear in the text.
//!
//! ```
//! use textlens_engine::{analyze, Options};
//!
//! let text = "Sen. Chuck Schumer spoke in the U.S. Capitol. He left at 5 p.m.";
//! let report = analyze(text, &Options::default());
//! assert_eq!(report.stats.sentences, 2);
//! let first = &report.sentences[0];
//! assert_eq!(&text[first.start..first.end], "Sen. Chuck Schumer spoke in the U.S. Capitol.");
//! ```
//!
//! Every offset in a report is a UTF-8 byte offset into the text, half-open `[start, end)`.

mod abbreviations;
mod decode;
mod entities;
mod hash;
mod html;
mod keyness;
mod language;
mod occurrences;
mod order;
mod progress;
mod quotes;
mod readability;
mod report;
mod sentences;
mod span;
mod spellings;
mod stats;
mod stem;
mod stopwords;
mod syllables;
mod tokens;
mod words;

pub use decode::{decode, DecodeError};
pub use html::visible_text;
pub use occurrences::{occurrences, occurrences_of_each, WordIndex};
pub use progress::Progress;
pub use readability::{interpret_ease, interpret_grade};
pub use report::{
    Distinctive, Entity, EntityKind, Frequency, Quote, Readability, Report, Sentence, SentenceLengths, Stats, SCHEMA,
};
pub use span::Span;
pub use stem::stem;
pub use stopwords::{for_language as stop_words_for, ENGLISH as ENGLISH_STOP_WORDS, LANGUAGES};
pub use syllables::syllables;
pub use tokens::{Token, TokenKind};

/// What to compute and how.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    /// Put every token in the report (`Report::tokens`).
    pub tokens: bool,
    /// Leave the built-in stop words out of `frequencies` and `phrases`.
    pub default_stop_words: bool,
    /// More words to leave out (lower case).
    pub extra_stop_words: Vec<String>,
    /// Terms counted fewer times than this are left out of `frequencies`.
    pub min_count: usize,
    /// Built-in stop words to count after all (the user took them off the list).
    pub removed_stop_words: Vec<String>,
    /// Count the forms of a word together by their stem (English texts only).
    pub stem: bool,
    /// The text's language (ISO 639-1 code, one of [`LANGUAGES`]); `None` detects it.
    pub language: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            tokens: false,
            default_stop_words: true,
            extra_stop_words: Vec::new(),
            min_count: 1,
            removed_stop_words: Vec::new(),
            stem: false,
            language: None,
        }
    }
}

/// Analyses `text`.
pub fn analyze(text: &str, options: &Options) -> Report {
    analyze_with_progress(text, options, &mut |_| {})
}

/// Analyses `text` as [`analyze`] does, telling `progress` as each stage begins: a page can
/// show how far the analysis of a long text has come, and the figures found so far
/// ([`Progress::so_far`]) while the names and quotes are still being looked for.
///
/// ```
/// use textlens_engine::{analyze, analyze_with_progress, Options};
///
/// let text = "Mayor Ann Lee said: “We will build it.” The council agreed.";
/// let mut stages = Vec::new();
/// let mut words_first = None;
/// let report = analyze_with_progress(text, &Options::default(), &mut |p| {
///     stages.push(p.stage);
///     if let (Some(so_far), "finding names") = (p.so_far, p.stage) {
///         // The word figures are in; the names and quotes are still to come.
///         words_first = Some((so_far.stats.words, so_far.entities.len(), so_far.quotes.len()));
///     }
/// });
/// assert_eq!(stages, ["reading the words", "counting words", "finding names", "finding quotes"]);
/// assert_eq!(words_first, Some((11, 0, 0)));
/// assert_eq!(report, analyze(text, &Options::default()));
/// assert_eq!(report.quotes.len(), 1);
/// ```
// `dyn`: one copy of the whole analysis in the WebAssembly, not one per caller's closure.
//
// Each stage it calls is `#[inline(never)]`: called once, a stage gains nothing from being
// inlined, and a browser's optimising compiler takes time that grows faster than a function's
// size. With every stage inlined here this was one 39 KB function that V8's TurboFan took
// ~300 ms to compile on this project's 2-core machine, in the background while the page's
// first analysis ran (all TurboFan work of the page's worker then: ~710 ms; with the stages
// apart: ~210 ms, `--js-flags=--trace-wasm-compilation-times`).
pub fn analyze_with_progress(text: &str, options: &Options, progress: &mut dyn FnMut(Progress)) -> Report {
    progress(progress::READING);
    let tokens = tokens::tokenize(text);
    let sentence_spans = sentences::split(text, &tokens);
    let spellings = spellings::Spellings::new(text, &tokens);
    let (mut words, vocabulary) = words::words(text, &tokens, &spellings);
    let words_in = words::mark_sentence_starts(&mut words, &sentence_spans);
    let sentences: Vec<Sentence> = sentence_spans
        .iter()
        .zip(&words_in)
        .map(|(s, &words)| Sentence { start: s.start, end: s.end, words })
        .collect();

    progress(progress::COUNTING);
    let term_counts = words::term_counts(&words, &vocabulary);
    let terms_and_counts = || (0..vocabulary.len()).map(|id| (vocabulary.term(id as u32), term_counts[id]));
    let language =
        options.language.as_deref().and_then(language::known).unwrap_or_else(|| language::detect(terms_and_counts()));
    let stop_words = words::StopWords::new(
        language,
        options.default_stop_words,
        &options.removed_stop_words,
        &options.extra_stop_words,
    );
    let counting =
        words::Counting::new(&vocabulary, &stop_words, options.min_count.max(1), options.stem && language == "en");
    let frequencies = words::frequencies(&term_counts, &vocabulary, &counting, words.len());
    let distinctive = if language == "en" {
        let counted = counting.counted();
        keyness::distinctive(terms_and_counts().zip(counted).filter(|(_, c)| **c).map(|(t, _)| t), words.len())
    } else {
        Vec::new()
    };
    let phrases = words::phrases(&words, &vocabulary, &counting);
    let counts = stats::count(text, &words, &vocabulary, sentences.len());
    let readability = readability::readability(&counts.readability);

    let mut report = Report {
        schema: SCHEMA,
        stats: counts.stats,
        sentence_lengths: stats::sentence_lengths(&sentences),
        sentences,
        frequencies,
        phrases,
        language: language.to_owned(),
        stop_words: stop_words.sorted(),
        distinctive,
        entities: Vec::new(),
        quotes: Vec::new(),
        readability,
        tokens: None,
    };
    // The words and their tables have served; names and quotes work from the tokens. On 12 MB of
    // news that is 40 MB less held through the rest.
    drop((words, vocabulary, term_counts, counting, stop_words));
    progress(Progress { so_far: Some(&report), ..progress::NAMES });
    report.entities = entities::find(text, &tokens, &spellings, &sentence_spans);
    progress(Progress { so_far: Some(&report), ..progress::QUOTES });
    report.quotes = quotes::find(text, &tokens, &spellings, &sentence_spans, &report.entities);
    report.tokens = options.tokens.then(|| tokens::with_clitics_joined(tokens));
    report
}
