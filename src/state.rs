//! The page's state and the one reducer that changes it.

use std::rc::Rc;

use textlens_engine::{Options, Report};
use yew::Reducible;

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
    pub text: Rc<str>,
    /// Where the text came from ("article.txt", "sample"), if not typed.
    pub source: Option<String>,
    /// The latest report; it may be of an earlier version of `text` (see `fresh`).
    pub report: Option<Rc<Report>>,
    /// Whether `report` is of `text` as it is now.
    pub fresh: bool,
    /// A problem to tell the user about, in plain words.
    pub error: Option<String>,
    pub tab: Tab,
    /// How the engine counts (stop words, minimum count).
    pub options: Options,
    /// A span of the text to show selected (a sentence clicked in a view).
    pub highlight: Option<(usize, usize)>,
    /// Spans shown marked in a reading view of the text, instead of the text box.
    pub marks: Option<Rc<Marks>>,
}

impl Default for State {
    fn default() -> State {
        State {
            text: Rc::from(""),
            source: None,
            report: None,
            fresh: true,
            error: None,
            tab: Tab::Overview,
            options: Options::default(),
            highlight: None,
            marks: None,
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
    /// The engine finished; `for_text` is the text it analysed.
    Analysed {
        for_text: Rc<str>,
        report: Rc<Report>,
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
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                next.text = Rc::from(text);
                next.fresh = false;
                next.highlight = None;
                next.marks = None;
            }
            Action::Load { name, text } => {
                next.text = Rc::from(text);
                next.fresh = false;
                next.source = Some(name);
                next.error = None;
                next.highlight = None;
                next.marks = None;
            }
            Action::Analysed { for_text, report } => {
                // A report for text that has since changed is stale: drop it.
                if for_text != self.text {
                    return self;
                }
                next.report = Some(report);
                next.fresh = true;
            }
            Action::Fail(message) => next.error = Some(message),
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
        }
        Rc::new(next)
    }
}
