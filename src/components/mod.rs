mod analysing;
mod corpus_view;
mod dispersion_plot;
mod editor;
mod entities_view;
mod error_banner;
mod frequency_export;
mod kwic_view;
mod marked_text;
mod overview;
mod print_report;
mod quotes_view;
mod readability_view;
mod report_actions;
mod sentences_view;
mod stop_word_editor;
mod tabs;
mod word_cloud;
mod words_view;

pub use analysing::Analysing;
pub use corpus_view::CorpusView;
pub use dispersion_plot::DispersionPlot;
pub use editor::Editor;
pub use entities_view::EntitiesView;
pub use error_banner::ErrorBanner;
pub use frequency_export::FrequencyExport;
pub use kwic_view::KwicView;
pub use marked_text::MarkedText;
pub use overview::Overview;
pub use print_report::PrintReport;
pub use quotes_view::QuotesView;
pub use readability_view::ReadabilityView;
pub use report_actions::ReportActions;
pub use sentences_view::SentencesView;
pub use stop_word_editor::StopWordEditor;
pub use tabs::Tabs;
pub use word_cloud::WordCloud;
pub use words_view::WordsView;

/// A count with thousands separators: 12345 -> "12,345".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count and its noun: "1 quote", "12,345 quotes".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// Seconds as "45 s" or "3 min 20 s".
pub fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s < 60 {
        format!("{s} s")
    } else {
        format!("{} min {} s", s / 60, s % 60)
    }
}
