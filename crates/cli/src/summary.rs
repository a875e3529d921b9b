//! The readable terminal summary of a report.

use std::io::{self, Write};

use textlens_engine::{EntityKind, Report};

pub fn write(out: &mut impl Write, text: &str, report: &Report) -> io::Result<()> {
    let s = &report.stats;
    writeln!(out, "Words        {:>8}   unique {}", s.words, s.unique_words)?;
    writeln!(out, "Sentences    {:>8}   paragraphs {}", s.sentences, s.paragraphs)?;
    writeln!(out, "Characters   {:>8}   without spaces {}", s.characters, s.characters_no_spaces)?;
    writeln!(out, "Syllables    {:>8}", s.syllables)?;
    writeln!(
        out,
        "Reading time {:>8}   speaking time {}",
        duration(s.reading_time_seconds),
        duration(s.speaking_time_seconds)
    )?;
    let l = &report.sentence_lengths;
    if s.sentences > 0 {
        writeln!(
            out,
            "Sentence length: mean {:.1} words, median {}, shortest {}, longest {}",
            l.mean, l.median, l.shortest, l.longest
        )?;
    }
    let r = &report.readability;
    if s.words > 0 {
        writeln!(out, "\nReadability")?;
        writeln!(out, "  Flesch reading ease   {:>6.1}", r.flesch_reading_ease)?;
        writeln!(out, "  Flesch-Kincaid grade  {:>6.1}", r.flesch_kincaid_grade)?;
        writeln!(out, "  Gunning fog           {:>6.1}", r.gunning_fog)?;
        writeln!(out, "  SMOG                  {:>6.1}", r.smog_index)?;
        writeln!(out, "  Coleman-Liau          {:>6.1}", r.coleman_liau_index)?;
        writeln!(out, "  ARI                   {:>6.1}", r.automated_readability_index)?;
    }
    if !report.frequencies.is_empty() {
        writeln!(out, "\nTop words")?;
        for f in report.frequencies.iter().take(15) {
            writeln!(out, "  {:>5}  {}", f.count, f.term)?;
        }
    }
    if !report.phrases.is_empty() {
        writeln!(out, "\nTop phrases")?;
        for f in report.phrases.iter().take(8) {
            writeln!(out, "  {:>5}  {}", f.count, f.term)?;
        }
    }
    for (kind, title) in
        [(EntityKind::Person, "People"), (EntityKind::Organization, "Organizations"), (EntityKind::Place, "Places")]
    {
        let mut of_kind = report.entities.iter().filter(|e| e.kind == kind).peekable();
        if of_kind.peek().is_some() {
            writeln!(out, "\n{title}")?;
            for e in of_kind.take(12) {
                writeln!(out, "  {:>5}  {}", e.count, e.name)?;
            }
        }
    }
    if !report.quotes.is_empty() {
        writeln!(out, "\nQuotes")?;
        for q in report.quotes.iter().filter(|q| !q.fragment).take(10) {
            let quote: String = text[q.start..q.end].chars().take(70).collect();
            let speaker = q.speaker.as_deref().unwrap_or("(unattributed)");
            writeln!(out, "  {speaker}: “{quote}{}”", if quote.len() < q.end - q.start { "…" } else { "" })?;
        }
    }
    Ok(())
}

fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s < 60 {
        format!("{s} s")
    } else {
        format!("{} min {:02} s", s / 60, s % 60)
    }
}
