//! Direct quotes and who said them.

use crate::report::{Entity, Quote};
use crate::sentences::SentenceSpan;
use crate::tokens::Token;

/// Finds the direct quotes of `text`, in order, attributed to entities where the text allows.
pub(crate) fn find(_text: &str, _tokens: &[Token], _sentences: &[SentenceSpan], _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
