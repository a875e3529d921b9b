//! What a corpus view shows, merged from the documents' reports: distinctive words (TF-IDF),
//! entities and speakers across the set. Only counting over reports: cheap enough for the
//! page's thread even with many documents.

use std::collections::{BTreeMap, HashMap, HashSet};

use textlens_engine::EntityKind;

use crate::state::Doc;

/// How many distinctive words are shown per document.
pub const DISTINCTIVE_PER_DOC: usize = 8;

/// Per document (same order as `docs`), its words with the highest TF-IDF, highest first:
/// tf = count / words of the document, idf = ln(N / documents using the term), N being the
/// documents analysed so far. A term every document uses tells none apart, and is left out.
pub fn distinctive(docs: &[Doc]) -> Vec<Vec<(String, f64)>> {
    let analysed = docs.iter().filter(|d| d.report.is_some()).count();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for report in docs.iter().filter_map(|d| d.report.as_deref()) {
        for f in &report.frequencies {
            *df.entry(f.term.as_str()).or_default() += 1;
        }
    }
    docs.iter()
        .map(|doc| {
            let Some(report) = doc.report.as_deref() else { return Vec::new() };
            let words = report.stats.words.max(1) as f64;
            let mut scored: Vec<(String, f64, usize)> = report
                .frequencies
                .iter()
                .filter_map(|f| {
                    let n = *df.get(f.term.as_str())?;
                    (n < analysed).then(|| {
                        let score = (f.count as f64 / words) * (analysed as f64 / n as f64).ln();
                        (f.term.clone(), score, f.count)
                    })
                })
                .collect();
            // Highest score first; ties by count, then alphabetically, so the list is stable.
            scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.2.cmp(&a.2)).then_with(|| a.0.cmp(&b.0)));
            scored.into_iter().take(DISTINCTIVE_PER_DOC).map(|(t, s, _)| (t, s)).collect()
        })
        .collect()
}

/// An entity across the set.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedEntity {
    pub name: String,
    pub kind: EntityKind,
    /// In how many documents it is named.
    pub docs: usize,
    /// Its mentions in all of them.
    pub mentions: usize,
}

/// People, organizations and places, merged by name and kind; the most widespread first.
pub fn entities(docs: &[Doc]) -> Vec<SharedEntity> {
    let wanted = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];
    let mut merged: BTreeMap<(String, EntityKind), (usize, usize)> = BTreeMap::new();
    for report in docs.iter().filter_map(|d| d.report.as_deref()) {
        for e in report.entities.iter().filter(|e| wanted.contains(&e.kind)) {
            let entry = merged.entry((e.name.clone(), e.kind)).or_default();
            entry.0 += 1;
            entry.1 += e.count;
        }
    }
    let mut out: Vec<SharedEntity> = merged
        .into_iter()
        .map(|((name, kind), (docs, mentions))| SharedEntity { name, kind, docs, mentions })
        .collect();
    out.sort_by(|a, b| b.docs.cmp(&a.docs).then(b.mentions.cmp(&a.mentions)).then_with(|| a.name.cmp(&b.name)));
    out
}

/// A speaker across the set: `(name, quotes, documents)`, the most quoted first.
pub fn speakers(docs: &[Doc]) -> Vec<(String, usize, usize)> {
    let mut merged: BTreeMap<&str, (usize, HashSet<usize>)> = BTreeMap::new();
    for (i, report) in docs.iter().enumerate().filter_map(|(i, d)| Some((i, d.report.as_deref()?))) {
        for speaker in report.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            let entry = merged.entry(speaker).or_default();
            entry.0 += 1;
            entry.1.insert(i);
        }
    }
    let mut out: Vec<(String, usize, usize)> =
        merged.into_iter().map(|(name, (quotes, in_docs))| (name.to_owned(), quotes, in_docs.len())).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The corpus table as CSV: one row per document, its figures and distinctive words.
pub fn table_csv(docs: &[Doc], distinctive: &[Vec<(String, f64)>]) -> String {
    let rows = docs.iter().zip(distinctive).map(|(doc, words)| {
        let figures = doc.report.as_deref().map_or_else(
            || vec![String::new(); 4],
            |r| {
                vec![
                    r.stats.words.to_string(),
                    r.stats.sentences.to_string(),
                    format!("{:.1}", r.readability.flesch_kincaid_grade),
                    format!("{:.1}", r.readability.flesch_reading_ease),
                ]
            },
        );
        let mut row = vec![doc.name.clone()];
        row.extend(figures);
        row.push(words.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(" "));
        row
    });
    crate::csv::csv(
        &["document", "words", "sentences", "flesch_kincaid_grade", "flesch_reading_ease", "distinctive_words"],
        rows,
    )
}
