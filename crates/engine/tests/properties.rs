//! Property tests: the engine's promises (never panic, spans that slice the text, counts that
//! agree with each other, the same report for the same text) checked over a few thousand
//! generated adversarial inputs.
//!
//! The generator is a fixed-seed xorshift PRNG over a palette of awkward pieces (every quote
//! mark, abbreviations, URLs, emoji sequences, combining marks, RTL and CJK text, control
//! characters, the largest scalar values), so the run is deterministic and needs no extra
//! dependency. A failure prints the seed and the input; add it to `regressions.rs`.

use textlens_engine::{analyze, decode, visible_text, Options, Report, Span};

/// xorshift64*: small, fast and good enough to pick pieces; the same seed gives the same inputs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // A zero state would stay zero forever.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Pieces of text that have tripped (or could trip) tokenizers, sentence splitters, quote
/// pairing and entity finders.
const PALETTE: &[&str] = &[
    // Ordinary words, names, capitals, digits and amounts.
    "the",
    "said",
    "he",
    "she",
    "told",
    "according",
    "to",
    "mayor",
    "Mamdani",
    "Chuck",
    "Schumer",
    "New",
    "York",
    "City",
    "The",
    "It",
    "President",
    "Biden",
    "Google",
    "Inc",
    "UN",
    "NATO",
    "A",
    "I",
    "3",
    "1,000",
    "3.14",
    "10:30",
    "$1.5",
    "million",
    "50%",
    "1.",
    "2)",
    "a.",
    "b)",
    "2024",
    "Jan",
    "March",
    // Every quote mark, straight and curly, and apostrophes.
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    "‚",
    "Trump’s",
    "can't",
    "rock ’n’ roll",
    "students’",
    "'90s",
    "O'Brien",
    // Sentence punctuation.
    ".",
    ". ",
    "...",
    "…",
    "?",
    "!",
    "?!",
    "‽",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "¿",
    "¡",
    "。",
    // Abbreviations, titles and initials.
    "U.S.",
    "Sen.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "p.m.",
    "e.g.",
    "i.e.",
    "No.",
    "J.",
    "Inc.",
    "St.",
    "Gov.",
    // Web things.
    "https://example.org/a_(b).",
    "http://x.io/?q=1&r=2",
    "www.example.com",
    "example.com",
    "jane.doe@example.com",
    "#MeToo",
    "#",
    "@jack_d",
    "@",
    "https://",
    "www.",
    // Hyphens and dashes.
    "-",
    "--",
    "—",
    "–",
    "‐",
    "‑",
    "large-scale",
    "Mar-a-Lago",
    "---",
    // White space of every kind.
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    // Invisible and format characters.
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2060}",
    "\u{00AD}",
    "\u{202E}",
    "\u{2066}",
    // Combining marks on their own and on letters.
    "\u{301}",
    "e\u{301}",
    "\u{301}\u{301}\u{301}",
    "a\u{20DD}",
    "\u{FE0F}",
    "Zalgo\u{336}\u{334}\u{335}",
    // Emoji: ZWJ families, flags, skin tones, keycaps, tags.
    "👩\u{200D}👩\u{200D}👧",
    "🇺🇸",
    "🇺",
    "👍🏽",
    "🏽",
    "1\u{FE0F}\u{20E3}",
    "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    "❤️",
    "☃",
    "😀😀😀",
    // Right-to-left, CJK and other scripts.
    "مرحبا",
    "قال",
    "«السلام»",
    "שלום",
    "אמר",
    "東京",
    "タワーです",
    "ー",
    "中文。",
    "한국어",
    "Москва",
    "Путин",
    "сказал",
    "Αθήνα",
    "ΟΗΕ",
    "İstanbul",
    "ß",
    "ǅ",
    "Ⅻ",
    "١٢٣",
    "ก่อน",
    "हिन्दी",
    // Control characters (no NUL), odd scalar values and private use.
    "\u{1}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{9f}",
    "\u{FFFF}",
    "\u{FFFE}",
    "\u{10FFFF}",
    "\u{E000}",
    "\u{FFFD}",
    "\u{1D400}",
    "\u{E0001}",
    // Symbols.
    "$",
    "€",
    "%",
    "&",
    "*",
    "•",
    "■",
    "→",
    "©",
    "<",
    ">",
    "/",
    "\\",
    "_",
    "|",
    "~",
    "^",
    "=",
    "+",
];

/// Builds one adversarial string: mostly palette pieces joined by spaces, sometimes glued
/// together, sometimes with a piece repeated many times.
fn generate(rng: &mut Rng, max_pieces: usize) -> String {
    let mut text = String::new();
    let pieces = rng.below(max_pieces + 1);
    for _ in 0..pieces {
        let piece = if rng.chance(3) {
            // Any scalar value at all, surrogates excepted (impossible in a &str).
            let c = char::from_u32(rng.below(0x11_0000) as u32).filter(|&c| c != '\0').unwrap_or('\u{FFFD}');
            c.to_string()
        } else {
            rng.pick(PALETTE).to_owned()
        };
        let repeat = if rng.chance(5) { 1 + rng.below(40) } else { 1 };
        for _ in 0..repeat {
            text.push_str(&piece);
        }
        if rng.chance(60) {
            text.push(' ');
        }
    }
    text
}

fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= text.len(), "{what} [{start}, {end}) out of range (len {})", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what} [{start}, {end}) splits a character");
}

fn finite(x: f64, what: &str) {
    // NaN and infinity do not survive JSON (serde_json writes them as null).
    assert!(x.is_finite(), "{what} is {x}");
}

/// Everything the report promises about itself.
fn check_report(text: &str, report: &Report, options: &Options) {
    let tokens = report.tokens.as_ref().expect("tokens were asked for");

    let mut previous_end = 0;
    for t in tokens {
        check_span(text, t.start, t.end, "token");
        assert!(t.start < t.end, "empty token at {}", t.start);
        assert!(t.start >= previous_end, "token at {} overlaps the one before", t.start);
        assert!(
            !text[t.start..t.end].contains(char::is_whitespace),
            "token {:?} holds white space",
            &text[t.start..t.end]
        );
        previous_end = t.end;
    }

    let mut previous_end = 0;
    for s in &report.sentences {
        check_span(text, s.start, s.end, "sentence");
        assert!(s.start < s.end, "empty sentence at {}", s.start);
        assert!(s.start >= previous_end, "sentence at {} overlaps or precedes the one before", s.start);
        let slice = &text[s.start..s.end];
        // Sentences run from their first to their last token, which never hold white space.
        assert_eq!(slice.trim(), slice, "sentence has white space at its edges");
        previous_end = s.end;
    }
    // Every token lies in exactly one sentence, so every word is counted in one.
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        assert_eq!(report.sentences.first().map(|s| s.start), Some(first.start), "first token not in a sentence");
        assert_eq!(report.sentences.last().map(|s| s.end), Some(last.end), "last token not in a sentence");
    } else {
        assert!(report.sentences.is_empty(), "sentences in a text without tokens");
    }

    let stats = &report.stats;
    assert_eq!(stats.sentences, report.sentences.len());
    assert_eq!(stats.characters, text.chars().count());
    assert!(stats.characters_no_spaces <= stats.characters);
    let wordlike = tokens.iter().filter(|t| t.kind.is_wordlike()).count();
    assert_eq!(stats.words, wordlike, "stats.words is not the number of word-like tokens");
    assert_eq!(report.sentences.iter().map(|s| s.words).sum::<usize>(), stats.words, "sentence word counts");
    assert!(stats.unique_words <= stats.words);
    finite(stats.reading_time_seconds, "reading time");
    finite(stats.speaking_time_seconds, "speaking time");

    let counted: usize = report.frequencies.iter().map(|f| f.count).sum();
    assert!(counted <= stats.words, "frequencies count {counted} of {} words", stats.words);
    for (i, f) in report.frequencies.iter().enumerate() {
        assert!(f.count >= options.min_count.max(1), "{:?} below min_count", f.term);
        finite(f.share, "share");
        if i > 0 {
            let before = &report.frequencies[i - 1];
            assert!(before.count >= f.count, "frequencies out of order");
            assert!(before.rank <= f.rank, "ranks out of order");
        }
    }
    for p in &report.phrases {
        assert!(p.count >= 2, "phrase {:?} seen once", p.term);
        finite(p.share, "phrase share");
    }
    for d in &report.distinctive {
        finite(d.expected, "expected");
        finite(d.ratio, "ratio");
        finite(d.score, "score");
    }

    let l = &report.sentence_lengths;
    for (x, what) in [(l.mean, "mean"), (l.median, "median"), (l.spread, "spread")] {
        finite(x, what);
    }
    assert_eq!(l.histogram.iter().sum::<usize>(), report.sentences.len(), "histogram total");
    let r = &report.readability;
    for (x, what) in [
        (r.flesch_reading_ease, "flesch"),
        (r.flesch_kincaid_grade, "kincaid"),
        (r.gunning_fog, "fog"),
        (r.smog_index, "smog"),
        (r.coleman_liau_index, "coleman-liau"),
        (r.automated_readability_index, "ari"),
    ] {
        finite(x, what);
    }

    for e in &report.entities {
        assert_eq!(e.count, e.mentions.len(), "entity {:?} count", e.name);
        assert!(!e.mentions.is_empty(), "entity {:?} without mentions", e.name);
        let mut previous: Option<Span> = None;
        for m in &e.mentions {
            check_span(text, m.start, m.end, "mention");
            assert!(m.start < m.end, "empty mention of {:?}", e.name);
            if let Some(p) = previous {
                assert!(p.end <= m.start, "mentions of {:?} out of order or overlapping", e.name);
            }
            previous = Some(*m);
        }
    }

    let mut previous_end = 0;
    for q in &report.quotes {
        check_span(text, q.start, q.end, "quote");
        assert!(q.start >= previous_end, "quote at {} overlaps or precedes the one before", q.start);
        previous_end = q.end;
        if let Some(m) = q.speaker_mention {
            check_span(text, m.start, m.end, "speaker mention");
            assert!(m.start < m.end, "empty speaker mention");
        }
        assert!(q.speaker.is_none() || q.speaker_mention.is_some(), "a speaker with no mention");
    }
}

fn options(rng: &mut Rng) -> Options {
    Options {
        tokens: true,
        stem: rng.chance(30),
        min_count: rng.below(3),
        default_stop_words: !rng.chance(10),
        ..Options::default()
    }
}

fn analyze_checked(text: &str, options: &Options, seed: u64) -> Report {
    let report = analyze(text, options);
    let context = format!("seed {seed}, input {text:?}");
    let outcome = std::panic::catch_unwind(|| check_report(text, &report, options));
    if let Err(e) = outcome {
        panic!("{context}: {}", e.downcast_ref::<String>().map_or("(see above)", String::as_str));
    }
    report
}

#[test]
fn reports_keep_their_promises_on_adversarial_text() {
    for seed in 1..=1500u64 {
        let mut rng = Rng::new(seed);
        let text = generate(&mut rng, 60);
        let options = options(&mut rng);
        let report = analyze_checked(&text, &options, seed);
        // Deterministic: the same text and options give the same report (no hash-order leaks).
        if seed % 4 == 0 {
            assert_eq!(analyze(&text, &options), report, "seed {seed}: a second run differs for {text:?}");
        }
    }
}

#[test]
fn long_adversarial_texts() {
    // Fewer, longer texts: quotes and entities that span paragraphs, long runs of one piece.
    for seed in 10_001..=10_040u64 {
        let mut rng = Rng::new(seed);
        let text = generate(&mut rng, 2000);
        let options = options(&mut rng);
        analyze_checked(&text, &options, seed);
    }
}

#[test]
fn news_like_text_keeps_its_promises() {
    // Sentences built the way news is written, so that quotes, speakers and entities are
    // actually found (random soup rarely makes a quote with a speaker).
    let openers = ["“", "\"", "«", "„", "‘"];
    let closers = ["”", "\"", "»", "“", "’"];
    let speakers = ["Sen. Chuck Schumer", "he", "the mayor", "Dr. Amina Said", "Ms. Lee of Google Inc."];
    let cues = ["said", "told reporters", "tweeted", "added", "wrote"];
    let mut found_quotes = 0;
    let mut found_entities = 0;
    for seed in 20_001..=20_300u64 {
        let mut rng = Rng::new(seed);
        let mut text = String::new();
        for _ in 0..1 + rng.below(6) {
            let k = rng.below(openers.len());
            let open = if rng.chance(90) { openers[k] } else { rng.pick(&openers) };
            let close = if rng.chance(90) { closers[k] } else { rng.pick(&closers) };
            text.push_str(open);
            text.push_str(&generate(&mut rng, 12));
            text.push_str(rng.pick(&[",", ".", "?", "", "…"]));
            text.push_str(close);
            text.push(' ');
            text.push_str(rng.pick(&speakers));
            text.push(' ');
            text.push_str(rng.pick(&cues));
            text.push_str(rng.pick(&[". ", ".\n\n", " in the U.S. ", ", adding: "]));
        }
        let report = analyze_checked(&text, &options(&mut rng), seed);
        found_quotes += report.quotes.len();
        found_entities += report.entities.len();
    }
    // The checks above only mean something if there was something to check.
    assert!(found_quotes > 300, "only {found_quotes} quotes found");
    assert!(found_entities > 300, "only {found_entities} entities found");
}

#[test]
fn decode_never_panics_and_keeps_utf8() {
    for seed in 1..=3000u64 {
        let mut rng = Rng::new(seed);
        // Random bytes, biased towards the bytes that steer the decoder (BOMs, zeros, high bytes).
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(6) {
                0 => 0,
                1 => [0xEF, 0xBB, 0xBF, 0xFF, 0xFE][rng.below(5)],
                2 => 0x80 + rng.below(0x20) as u8,
                _ => rng.below(256) as u8,
            })
            .collect();
        if let Ok(text) = decode(&bytes) {
            assert!(!text.contains('\0'), "seed {seed}: decoded text holds NUL from {bytes:?}");
        }

        // Valid UTF-8 without a NUL or a BOM comes back unchanged (or is refused as binary).
        let text = generate(&mut rng, 30);
        if !text.starts_with('\u{FEFF}') {
            if let Ok(decoded) = decode(text.as_bytes()) {
                assert_eq!(decoded, text, "seed {seed}: UTF-8 changed by decode");
            }
        }
        // With a byte-order mark (UTF-8 or UTF-16 of either order), the mark goes and the text stays.
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(text.as_bytes());
        let le: Vec<u8> = "\u{FEFF}".encode_utf16().chain(text.encode_utf16()).flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "\u{FEFF}".encode_utf16().chain(text.encode_utf16()).flat_map(u16::to_be_bytes).collect();
        for encoded in [with_bom, le, be] {
            if let Ok(decoded) = decode(&encoded) {
                assert_eq!(decoded, text, "seed {seed}: text changed by decode");
            }
        }
        // Truncated and corrupted encodings are refused or decoded, never a panic.
        let mut le = text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
        le.truncate(rng.below(le.len() + 1));
        let _ = decode(&le);
    }
    // Text that is plainly text is accepted: the checks above are not vacuous.
    assert_eq!(
        decode("“Hi,” she said. 東京 👩\u{200D}👩\u{200D}👧".as_bytes()).unwrap(),
        "“Hi,” she said. 東京 👩\u{200D}👩\u{200D}👧"
    );
}

/// The HTML-ish palette: tags that hide, tags that break, broken tags, references.
const HTML: &[&str] = &[
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<div class=\"x\">",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<SCRIPT>",
    "</ScRiPt>",
    "<!--",
    "-->",
    "<!-- c -->",
    "<",
    ">",
    "</",
    "<>",
    "< p>",
    "<p/>",
    "<h1>",
    "</h1>",
    "<li>",
    "<head>",
    "</head>",
    "<template>",
    "<svg>",
    "</svg>",
    "&amp;",
    "&amp",
    "&",
    "&;",
    "&#",
    "&#x;",
    "&#233;",
    "&#x41;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&#99999999999;",
    "&#x10FFFF;",
    "&nbsp;",
    "&ldquo;",
    "&hellip;",
    "&bogus;",
    "&#-1;",
    "&#1;",
    "text",
    "Héllo",
    "東京",
    "مرحبا",
    "👩\u{200D}👩\u{200D}👧",
    " ",
    "\n",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "e\u{301}",
    "<a href='x'>",
    "</a>",
];

#[test]
fn visible_text_never_panics_and_never_grows() {
    for seed in 1..=2000u64 {
        let mut rng = Rng::new(seed);
        let mut html = String::new();
        for _ in 0..rng.below(40) {
            if rng.chance(20) {
                html.push_str(&generate(&mut rng, 3));
            } else {
                html.push_str(rng.pick(HTML));
            }
        }
        let out = visible_text(&html);
        // Tags and references only ever shrink, and white space only collapses.
        assert!(out.len() <= html.len(), "seed {seed}: {html:?} grew to {out:?}");
        assert_eq!(out.trim_end(), out, "seed {seed}: trailing white space from {html:?}");
        assert!(!out.contains('\0'), "seed {seed}: NUL from {html:?}");
        analyze_checked(&out, &Options { tokens: true, ..Options::default() }, seed);
    }
}

#[test]
fn visible_text_of_plain_text_only_collapses_white_space() {
    for seed in 1..=1000u64 {
        let mut rng = Rng::new(seed);
        let text: String = generate(&mut rng, 30).replace(['<', '&'], "x");
        let expected = text.split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        assert_eq!(visible_text(&text), expected, "seed {seed}: {text:?}");
    }
}
