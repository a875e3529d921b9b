//! The report's long lists packed as numbers and one string, for `unpack.js` to turn into the
//! same objects `JSON.parse` would give.
//!
//! Why: on 1 MB of news the report is 2.5 MB of JSON, and writing it, decoding it and parsing it
//! took a third of `analyze`'s time. Numbers cross as a view of the WebAssembly memory and the
//! strings as one decoded string, so only the objects themselves are left to build.
//!
//! The layout, read in the same order by `unpack.js`: every length of a string is in UTF-16 code
//! units (what JavaScript's `slice` counts), and the strings follow each other in `strings` in the
//! order they are met.
//! - sentences: count, then `start end words` for each;
//! - frequencies, then phrases: count, then `term-length count rank forms` and each form's length
//!   for each, with each line's share in `floats`;
//! - entities: count, then `name-length kind-length count mentions` and `start end` for each
//!   mention (the kind is a string, its JSON name);
//! - quotes: count, then `start end flags` for each, flags being 1 fragment, 2 speaker,
//!   4 speaker mention, 8 cue; then the speaker's length, the mention's `start end` and the cue's
//!   length, each only when its flag is set.

use textlens_engine::{Entity, Frequency, Quote, Report, Sentence};

/// The long lists of a report, packed.
#[derive(Default)]
pub struct Packed {
    pub numbers: Vec<u32>,
    pub floats: Vec<f64>,
    pub strings: String,
}

/// Takes the long lists out of `report` (leaving them empty) and packs them.
pub fn pack(report: &mut Report) -> Packed {
    let mut packed = Packed::default();
    packed.sentences(&std::mem::take(&mut report.sentences));
    packed.frequencies(&std::mem::take(&mut report.frequencies));
    packed.frequencies(&std::mem::take(&mut report.phrases));
    packed.entities(&std::mem::take(&mut report.entities));
    packed.quotes(&std::mem::take(&mut report.quotes));
    packed
}

impl Packed {
    fn number(&mut self, n: usize) {
        // Offsets and counts in a text WebAssembly can hold fit 32 bits.
        self.numbers.push(n as u32);
    }

    fn string(&mut self, s: &str) {
        let units = if s.is_ascii() { s.len() } else { s.encode_utf16().count() };
        self.number(units);
        self.strings.push_str(s);
    }

    fn sentences(&mut self, sentences: &[Sentence]) {
        self.number(sentences.len());
        for sentence in sentences {
            self.numbers.extend([sentence.start as u32, sentence.end as u32, sentence.words as u32]);
        }
    }

    fn frequencies(&mut self, lines: &[Frequency]) {
        self.number(lines.len());
        for line in lines {
            self.string(&line.term);
            self.numbers.extend([line.count as u32, line.rank as u32, line.forms.len() as u32]);
            for form in &line.forms {
                self.string(form);
            }
            self.floats.push(line.share);
        }
    }

    fn entities(&mut self, entities: &[Entity]) {
        self.number(entities.len());
        for entity in entities {
            self.string(&entity.name);
            self.string(entity.kind.as_str());
            self.numbers.extend([entity.count as u32, entity.mentions.len() as u32]);
            for mention in &entity.mentions {
                self.numbers.extend([mention.start as u32, mention.end as u32]);
            }
        }
    }

    fn quotes(&mut self, quotes: &[Quote]) {
        self.number(quotes.len());
        for quote in quotes {
            let flags = u32::from(quote.fragment)
                | u32::from(quote.speaker.is_some()) << 1
                | u32::from(quote.speaker_mention.is_some()) << 2
                | u32::from(quote.cue.is_some()) << 3;
            self.numbers.extend([quote.start as u32, quote.end as u32, flags]);
            if let Some(speaker) = &quote.speaker {
                self.string(speaker);
            }
            if let Some(mention) = quote.speaker_mention {
                self.numbers.extend([mention.start as u32, mention.end as u32]);
            }
            if let Some(cue) = &quote.cue {
                self.string(cue);
            }
        }
    }
}
