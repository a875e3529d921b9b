//! The page's state and the one reducer that changes it.

use std::rc::Rc;

use textlens_engine::{Options, Report};
use yew::Reducible;

use crate::shared::{Shared, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Words,
    Sentences,
    Readability,
    Entities,
    Quotes,
}

/// Spans of the text to show marked, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Marks {
    /// What is marked ("Mentions of Donald Trump").
    pub label: String,
    /// `(start, end, class)`, sorted by start, not overlapping.
    pub spans: Vec<(usize, usize, &'static str)>,
}

impl Tab {
    pub const ALL: [Tab; 6] = [Tab::Overview, Tab::Words, Tab::Entities, Tab::Quotes, Tab::Sentences, Tab::Readability];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Words => "Words",
            Tab::Sentences => "Sentences",
            Tab::Readability => "Readability",
            Tab::Entities => "Entities",
            Tab::Quotes => "Quotes",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The text being analysed.
    pub text: Text,
    /// Where the text came from ("article.txt", "sample"), if not typed.
    pub source: Option<String>,
    /// The latest report; it may be of an earlier version of `text` (see `fresh`).
    pub report: Option<Shared<Report>>,
    /// Whether `report` is of `text` as it is now.
    pub fresh: bool,
    /// How far the analysis of a long `text` has come: the share done and the stage in words.
    pub progress: Option<(f64, String)>,
    /// Whether `report` is a long text's word figures, shown while its names and quotes are
    /// still being found (they come with the rest of the report).
    pub partial: bool,
    /// Whether `text` last changed by typing (its analysis waits for a pause) rather than by
    /// loading a file or the sample (analysed at once).
    pub typed: bool,
    /// A problem to tell the user about, in plain words.
    pub error: Option<String>,
    pub tab: Tab,
    /// How the engine counts (stop words, minimum count).
    pub options: Options,
    /// A span of the text to show selected (a sentence clicked in a view).
    pub highlight: Option<(usize, usize)>,
    /// Spans shown marked in a reading view of the text, instead of the text box.
    pub marks: Option<Rc<Marks>>,
    /// Several documents dropped together, shown as a corpus instead of the tabs.
    pub corpus: Option<Rc<Corpus>>,
}

/// One document of a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub name: String,
    pub text: Text,
    /// `None` while its worker is still at it.
    pub report: Option<Shared<Report>>,
    /// The worker died on this document: it has no report and will get none.
    pub failed: bool,
}

/// Documents analysed together, each on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Corpus {
    /// Tells one corpus from the next, so a late report of a closed corpus is dropped.
    pub id: u32,
    pub docs: Vec<Doc>,
    /// Files that gave no text, each with why ("photo.png: not text").
    pub refused: Vec<String>,
}

impl Corpus {
    /// Documents whose analysis has ended, well or not.
    pub fn done(&self) -> usize {
        self.docs.iter().filter(|d| d.report.is_some() || d.failed).count()
    }

    pub fn complete(&self) -> bool {
        self.done() == self.docs.len()
    }
}

impl Default for State {
    fn default() -> State {
        State {
            text: Text::from(""),
            source: None,
            report: None,
            fresh: true,
            progress: None,
            partial: false,
            typed: false,
            error: None,
            tab: Tab::Overview,
            options: Options::default(),
            highlight: None,
            marks: None,
            corpus: None,
        }
    }
}

pub enum Action {
    /// The user typed or pasted.
    Edit(String),
    /// A file (or the sample) was loaded.
    Load {
        name: String,
        text: String,
    },
    /// The engine is this far (`done`, 0 to 1) into a long text: `stage` says what it is doing.
    Progress {
        for_text: Text,
        done: f64,
        stage: String,
    },
    /// The engine finished, or (`partial`) has found the word figures and is still looking for
    /// the names and quotes; `for_text` is the text it analysed.
    Analysed {
        for_text: Text,
        report: Shared<Report>,
        partial: bool,
    },
    Fail(String),
    DismissError,
    Show(Tab),
    Highlight(usize, usize),
    /// Show these spans marked in the text.
    Mark(Marks),
    /// Back to the text box.
    Unmark,
    /// New counting options (stop words, stems, minimum count, language): analyse again.
    SetOptions(Options),
    Clear,
    /// Several files gave text: analyse them as a corpus. `(name, text)` per document.
    OpenCorpus {
        docs: Vec<(String, String)>,
        refused: Vec<String>,
    },
    /// A corpus worker finished document `index` of corpus `corpus`.
    DocAnalysed {
        corpus: u32,
        index: usize,
        report: Shared<Report>,
    },
    /// A corpus worker died on document `index`.
    DocFailed {
        corpus: u32,
        index: usize,
    },
    /// Open document `index` of the corpus as the single document, closing the corpus.
    OpenDoc(usize),
    /// Back to the single document.
    CloseCorpus,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                // The same text again (a paste over itself) needs no new analysis: the report
                // on show is still its report.
                // The empty text is never analysed: there is nothing to wait for.
                next.fresh = text.is_empty() || (self.fresh && *text == *self.text);
                if *text != *self.text {
                    next.progress = None;
                    // The same text keeps its allocation: views compare texts by identity.
                    next.text = Text::from(text);
                }
                next.typed = true;
                next.highlight = None;
                next.marks = None;
            }
            Action::Load { name, text } => {
                next.fresh = text.is_empty() || (self.fresh && *text == *self.text);
                if !next.fresh {
                    // The report on show is of another document: "Analysing…" until this
                    // one's arrives, rather than figures that are not of this text.
                    next.report = None;
                    next.progress = None;
                    next.partial = false;
                }
                if *text != *self.text {
                    next.text = Text::from(text);
                }
                next.typed = false;
                next.source = Some(name);
                next.error = None;
                next.highlight = None;
                next.marks = None;
                // A single file dropped on an open corpus is the document now.
                next.corpus = None;
            }
            Action::Progress { for_text, done, stage } => {
                if for_text != self.text {
                    return self;
                }
                next.progress = Some((done, stage));
            }
            Action::Analysed { for_text, report, partial } => {
                // A report for text that has since changed is stale: drop it.
                if for_text != self.text {
                    return self;
                }
                next.report = Some(report);
                next.partial = partial;
                next.fresh = !partial;
                if !partial {
                    next.progress = None;
                }
            }
            Action::Fail(message) => {
                next.error = Some(message);
                // An analysis that failed has stopped: its progress bar must not stay frozen,
                // and a report shown as it arrived will not be completed.
                next.progress = None;
                if self.partial {
                    next.report = None;
                    next.partial = false;
                }
            }
            Action::DismissError => next.error = None,
            Action::Show(tab) => next.tab = tab,
            Action::Highlight(start, end) => {
                next.highlight = Some((start, end));
                next.marks = None;
            }
            Action::Mark(marks) => next.marks = Some(Rc::new(marks)),
            Action::Unmark => next.marks = None,
            Action::SetOptions(options) => {
                if options == self.options {
                    return self;
                }
                next.options = options;
                next.fresh = self.text.is_empty();
            }
            Action::Clear => {
                return Rc::new(State { options: self.options.clone(), tab: self.tab, ..State::default() })
            }
            Action::OpenCorpus { docs, refused } => {
                let id = self.corpus.as_ref().map_or(1, |c| c.id.wrapping_add(1));
                let docs = docs
                    .into_iter()
                    .map(|(name, text)| Doc { name, text: Text::from(text), report: None, failed: false })
                    .collect();
                next.corpus = Some(Rc::new(Corpus { id, docs, refused }));
                next.error = None;
                next.marks = None;
            }
            Action::DocAnalysed { corpus, index, report } => {
                let Some(mut c) = self.corpus.as_deref().filter(|c| c.id == corpus).cloned() else { return self };
                let Some(doc) = c.docs.get_mut(index) else { return self };
                doc.report = Some(report);
                next.corpus = Some(Rc::new(c));
            }
            Action::DocFailed { corpus, index } => {
                let Some(mut c) = self.corpus.as_deref().filter(|c| c.id == corpus).cloned() else { return self };
                let Some(doc) = c.docs.get_mut(index) else { return self };
                doc.failed = true;
                next.corpus = Some(Rc::new(c));
            }
            Action::OpenDoc(index) => {
                let Some(doc) = self.corpus.as_ref().and_then(|c| c.docs.get(index)) else { return self };
                // Like a file load; the corpus is closed (its reports are not reused: the
                // single-document analysis runs again with the page's own worker).
                next.text = doc.text.clone();
                next.source = Some(doc.name.clone());
                next.typed = false;
                next.fresh = doc.text.is_empty();
                next.report = None;
                next.progress = None;
                next.partial = false;
                next.error = None;
                next.highlight = None;
                next.marks = None;
                next.corpus = None;
            }
            Action::CloseCorpus => next.corpus = None,
        }
        Rc::new(next)
    }
}
