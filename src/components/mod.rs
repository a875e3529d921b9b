mod editor;
mod error_banner;
mod overview;
mod readability_view;
mod sentences_view;
mod tabs;
mod words_view;

pub use editor::Editor;
pub use error_banner::ErrorBanner;
pub use overview::Overview;
pub use readability_view::ReadabilityView;
pub use sentences_view::SentencesView;
pub use tabs::Tabs;
pub use words_view::WordsView;

/// A count with thousands separators: 12345 -> "12,345".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
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
