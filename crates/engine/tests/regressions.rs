//! Inputs that once broke an engine promise (found by `tests/properties.rs` or by fuzzing with
//! `scripts/fuzz.sh`), kept so they stay fixed. Each test names what went wrong.

use textlens_engine::{analyze, Options};

fn quotes(text: &str) -> Vec<&str> {
    analyze(text, &Options::default()).quotes.iter().map(|q| &text[q.start..q.end]).collect()
}

#[test]
fn quotes_nested_in_an_apostrophe_are_reported_once_in_order() {
    // The opening ‘ is never closed, so it was an apostrophe and the quotes inside it are
    // reported. They used to come out inner first, overlapping: “c” (15..16) then “b « c » d”
    // (10..21). Only the outer one is a quote of its own.
    assert_eq!(quotes("‘ a “ b « c » d ” e"), ["b « c » d"]);
    // Side by side (not nested), both stay, in order.
    assert_eq!(quotes("‘ a “ b c d ” e « f g » h"), ["b c d", "f g"]);
}

#[test]
fn a_url_followed_by_a_run_of_punctuation_ends_before_it() {
    // Each stripped mark used to recount the brackets of the whole address: a URL followed by
    // a megabyte of dots took minutes (found by scripts/adversarial.sh). The address must still
    // lose exactly its trailing marks, and keep a bracket it opened.
    let dots = ".".repeat(200_000);
    let text = format!("See https://en.wikipedia.org/wiki/Foo_(bar)){dots} now");
    let report = analyze(&text, &Options { tokens: true, ..Options::default() });
    let tokens = report.tokens.unwrap();
    let urls: Vec<&str> =
        tokens.iter().filter(|t| t.kind == textlens_engine::TokenKind::Url).map(|t| &text[t.start..t.end]).collect();
    assert_eq!(urls, ["https://en.wikipedia.org/wiki/Foo_(bar)"]);
}

#[test]
fn a_run_of_ampersands_is_text() {
    // Each '&' used to search the rest of the text for a ';': a megabyte of '&' in an HTML file
    // never finished (found by scripts/adversarial.sh). A reference is still decoded at the end.
    let n = 200_000;
    let html = format!("<p>{}amp; &copy;</p>", "&".repeat(n));
    assert_eq!(textlens_engine::visible_text(&html), format!("{} ©", "&".repeat(n)));
    // A ';' more than ten bytes on is no reference's.
    assert_eq!(textlens_engine::visible_text("&amp0123456789; &amp;"), "&amp0123456789; &");
}
