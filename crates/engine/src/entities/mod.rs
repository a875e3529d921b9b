//! People, organizations and places (and dates, amounts, web things) the text mentions, with
//! the mentions of one entity merged.
//!
//! The stages: `patterns` finds dates, money, percentages and web tokens; `candidates` finds
//! runs of capitalised words and trims them to CoNLL-style name spans; `classify` gathers the
//! evidence for each name's kind; `merge` joins the mentions of one entity, types it by
//! the evidence of all its mentions, and gives a person's mentions the titles before them.

mod candidates;
mod classify;
mod fold;
mod gazetteer;
mod keys;
mod lexicon;
mod merge;
mod patterns;
#[cfg(test)]
mod tests;

use crate::report::Entity;
use crate::sentences::SentenceSpan;
use crate::spellings::Spellings;
use crate::tokens::Token;

/// Finds the entities of `text`, most mentioned first (ties: first mentioned first).
#[inline(never)]
pub(crate) fn find(text: &str, tokens: &[Token], spellings: &Spellings, sentences: &[SentenceSpan]) -> Vec<Entity> {
    let keys = keys::Keys::new(spellings);
    let (patterns, taken) = patterns::find(text, tokens, &keys);
    let doc = candidates::Document::new(text, tokens, &keys, sentences, taken);
    let names = candidates::find(&doc, sentences);
    merge::merge(&doc, &names, patterns)
}
