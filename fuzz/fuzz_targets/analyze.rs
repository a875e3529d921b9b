//! `analyze` over arbitrary text: no panic (debug assertions are on), and every span in the
//! report slices the text on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens_engine::{analyze, Options};

fn span(text: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len(), "span [{start}, {end}) out of range");
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span [{start}, {end}) splits a character");
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, so stemming and the stop-word paths are fuzzed too.
    let (flags, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    // Lossy, not `from_utf8`: every input is a text, so no fuzzing time goes to rejected bytes.
    let text = String::from_utf8_lossy(rest);
    let options = Options {
        tokens: true,
        stem: flags & 1 != 0,
        default_stop_words: flags & 2 == 0,
        min_count: usize::from(flags >> 6),
        language: (flags & 4 != 0).then(|| "en".to_owned()),
        ..Options::default()
    };
    let report = analyze(&text, &options);

    let mut previous = 0;
    for t in report.tokens.as_deref().unwrap_or_default() {
        span(&text, t.start, t.end);
        assert!(t.start >= previous && t.start < t.end, "token [{}, {}) out of order or empty", t.start, t.end);
        previous = t.end;
    }
    let mut previous = 0;
    for s in &report.sentences {
        span(&text, s.start, s.end);
        assert!(s.start >= previous, "sentence at {} out of order", s.start);
        previous = s.end;
    }
    assert_eq!(report.stats.sentences, report.sentences.len());
    let mut previous = 0;
    for q in &report.quotes {
        span(&text, q.start, q.end);
        assert!(q.start >= previous, "quote at {} out of order", q.start);
        previous = q.end;
        if let Some(m) = q.speaker_mention {
            span(&text, m.start, m.end);
        }
    }
    for e in &report.entities {
        assert_eq!(e.count, e.mentions.len());
        for m in &e.mentions {
            span(&text, m.start, m.end);
        }
    }
});
