//! Direct quotes and who said them.
//!
//! Three steps, each linear in the text:
//! 1. [`marks`] pairs the quote marks into quotes (nested quotes stay inside the outer one; a
//!    quote running over several paragraphs is one quote; a lost mark costs at most the rest
//!    of its paragraph).
//! 2. [`attribution`] reads the reporting verb and its subject next to each quote.
//! 3. [`speakers`] turns the subject into a canonical name (entities, titles, pronouns).
//!
//! Then the quotes without an attribution of their own borrow one from a quote right next to
//! them (`“…,” he said. “…”`, or a paragraph that only continues the quotation), and short
//! unattributed quotes are marked as fragments (scare quotes, titles, catchphrases).

mod attribution;
mod lexicon;
mod marks;
mod speakers;
#[cfg(test)]
mod tests;

use attribution::{Attribution, Context};
pub(crate) use lexicon::introduce_a_title;
use marks::RawQuote;
use speakers::{Resolver, Speaker};

use crate::report::{Entity, Quote};
use crate::sentences::SentenceSpan;
use crate::spellings::Spellings;
use crate::tokens::{Token, TokenKind};

/// How far (in tokens) attribution looks after a quote and before it.
const AFTER_REACH: usize = 30;
const BEFORE_REACH: usize = 30;
/// A quote of at most this many words, with no reporting verb, is a fragment.
const FRAGMENT_WORDS: usize = 4;

/// Finds the direct quotes of `text`, in order, attributed to entities where the text allows.
#[inline(never)]
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    spellings: &Spellings,
    sentences: &[SentenceSpan],
    entities: &[Entity],
) -> Vec<Quote> {
    let paragraphs = marks::paragraph_starts(text, tokens);
    let plain = Context { text, tokens, titles: &[] };
    // A title in quote marks is nobody's words: it is kept out of the search for speakers, its
    // marks read as plain punctuation (a clause goes on past it: "who starred in “Unforgiven,”
    // said he was “…”"), and reported as a fragment.
    let (titles, quotes): (Vec<RawQuote>, Vec<RawQuote>) =
        marks::pair(text, tokens, &paragraphs).into_iter().partition(|q| is_title_of_a_work(&plain, q));
    let cx = Context { titles: &titles, ..plain };
    let mut attributions: Vec<Option<Attribution>> =
        (0..quotes.len()).map(|k| attribute(&cx, &quotes, k, &paragraphs, sentences)).collect();
    borrow_from_next(&cx, &quotes, &mut attributions, &paragraphs);

    let mut resolver = Resolver::new(cx, spellings, sentences, entities, &quotes, &mut attributions);
    let mut speakers: Vec<Speaker> = quotes
        .iter()
        .zip(&attributions)
        .map(|(q, a)| match a {
            Some(a) => resolver.resolve(a, q.start),
            None => Speaker::default(),
        })
        .collect();
    continue_previous(&cx, &quotes, &mut attributions, &mut speakers, &paragraphs, sentences);

    let mut found: Vec<Quote> = quotes
        .iter()
        .zip(attributions)
        .zip(speakers)
        .map(|((q, attribution), speaker)| {
            let cue = attribution.and_then(|a| a.cue);
            Quote {
                start: q.start,
                end: q.end,
                fragment: cue.is_none() && is_fragment(&cx, q, sentences),
                speaker: speaker.name,
                speaker_mention: speaker.mention,
                cue,
            }
        })
        .collect();
    if !titles.is_empty() {
        found.extend(titles.iter().map(|q| Quote { start: q.start, end: q.end, fragment: true, ..Quote::default() }));
        crate::order::sort_by_key(&mut found, |q| q.start as u64);
    }
    found
}

fn paragraph_of(paragraphs: &[usize], token: usize) -> usize {
    paragraphs.partition_point(|&s| s <= token).saturating_sub(1)
}

fn paragraph_end(paragraphs: &[usize], token: usize, tokens: usize) -> usize {
    let next = paragraphs.partition_point(|&s| s <= token);
    paragraphs.get(next).copied().unwrap_or(tokens)
}

/// The attribution of quote `k` from its own surroundings: after it first (`“…,” X said`),
/// then before it in its sentence (`X said: “…”`).
#[inline(never)]
fn attribute(
    cx: &Context,
    quotes: &[RawQuote],
    k: usize,
    paragraphs: &[usize],
    sentences: &[SentenceSpan],
) -> Option<Attribution> {
    let quote = &quotes[k];
    let open = quote.open_token;
    if cx.lower(open.wrapping_sub(1)) == "so-called" {
        return None;
    }
    let before = || {
        let sentence = sentences.partition_point(|s| s.tokens.end <= open);
        let sentence_start = sentences.get(sentence).map_or(0, |s| s.tokens.start);
        let previous_end = k.checked_sub(1).map_or(0, |p| quotes[p].end_token + 1);
        let floor = sentence_start
            .max(previous_end)
            .max(paragraphs.get(paragraph_of(paragraphs, open)).copied().unwrap_or(0))
            .max(open.saturating_sub(BEFORE_REACH));
        attribution::before(cx, open, floor, sentence_start)
    };
    let Some(close) = quote.close_token else {
        return before().or_else(|| after_colon(cx, open, sentences));
    };
    // `Jones said: “We are ready.” The United States agreed.`: a quote that ends its sentence
    // with a period is attributed in that sentence when it can be; the sentence after it is
    // news of its own (`“…,” X said` has a comma, `“…?” X asked` a question mark).
    let ends_with_period = close > open + 1 && cx.is_period(close - 1);
    if ends_with_period {
        if let Some(found) = before() {
            return Some(found);
        }
    }
    let limit = quotes
        .get(k + 1)
        .map_or(usize::MAX, |next| next.open_token)
        .min(paragraph_end(paragraphs, close, cx.tokens.len()))
        .min(close + 1 + AFTER_REACH);
    attribution::after(cx, close, limit)
        .or_else(|| if ends_with_period { None } else { before() })
        .or_else(|| after_colon(cx, open, sentences))
        .or_else(|| reported_just_before(cx, quotes, k, paragraphs, sentences))
}

/// A quote that opens a sentence, with nothing to attribute it, right after a sentence with no
/// quote that reports what someone said (in its paragraph or ending the one before): `Heald
/// noted the findings show pollution reduction is also important.` then `“An air-quality
/// cleanup would improve crop yields.”` is Heald's.
fn reported_just_before(
    cx: &Context,
    quotes: &[RawQuote],
    k: usize,
    paragraphs: &[usize],
    sentences: &[SentenceSpan],
) -> Option<Attribution> {
    let open = quotes[k].open_token;
    let n = sentences.partition_point(|s| s.tokens.end <= open);
    if sentences.get(n).map(|s| s.tokens.start) != Some(open) {
        return None;
    }
    let previous = sentences.get(n.checked_sub(1)?)?;
    // The sentence before must not hold a quote, nor be the tail of one (`“Were you able to
    // make the arrangements?” Andrei asked.` is a question; the quote after it, its answer).
    let quoted = k > 0
        && (quotes[k - 1].end_token >= previous.tokens.start
            || quotes[k - 1].close_token.is_some_and(|close| close + 3 >= previous.tokens.start));
    let near = paragraph_of(paragraphs, open) <= paragraph_of(paragraphs, previous.tokens.start) + 1;
    // A question is more often put to the speaker than asked by them ("“Do you feel you can
    // stand up to it?”").
    let quote = &quotes[k];
    let question = (quote.first_token..quote.end_token).rev().take(2).any(|i| cx.word(i) == "?")
        || quote.close_token.is_some_and(|close| cx.word(close + 1).starts_with('?'));
    // A quote whose sentence goes on (`“…,” said …`) has an attribution of its own, even one
    // not understood.
    let goes_on = quote.end_token.checked_sub(1).is_some_and(|last| cx.word(last) == ",")
        || quote.close_token.is_some_and(|close| matches!(cx.word(close + 1), "," | "—" | "–") || cx.is_cue(close + 1));
    if quoted || question || goes_on || !near || previous.tokens.is_empty() {
        return None;
    }
    attribution::reported_in(cx, previous.tokens.start, previous.tokens.end - 1)
}

/// A quote after a colon, the colon perhaps ending the paragraph before (`… using his
/// account:` then `“Cool clock, Ahmed.”`): the colon's sentence says whose it is.
fn after_colon(cx: &Context, open: usize, sentences: &[SentenceSpan]) -> Option<Attribution> {
    let colon = open.checked_sub(1).filter(|&c| cx.word(c) == ":")?;
    let sentence = sentences.partition_point(|s| s.tokens.end <= colon);
    let start = sentences.get(sentence).map_or(0, |s| s.tokens.start);
    attribution::after_colon(cx, colon, start)
}

/// Whether only punctuation and a joining word or two stand between tokens `from..to`.
fn only_glue_between(cx: &Context, from: usize, to: usize) -> bool {
    if to < from || to - from > 4 {
        return false;
    }
    (from..to).all(|i| match cx.tokens[i].kind {
        TokenKind::Punctuation => !marks::is_mark_token(cx.text, &cx.tokens[i]),
        TokenKind::Word => matches!(cx.lower(i).as_ref(), "and" | "or" | "but" | "then"),
        _ => false,
    })
}

/// `“We won.” “It was close,” she said.`: a quote with no attribution, followed in the same
/// paragraph by an attributed one with nothing but punctuation between, shares its speaker.
#[inline(never)]
fn borrow_from_next(cx: &Context, quotes: &[RawQuote], attributions: &mut [Option<Attribution>], paragraphs: &[usize]) {
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if attributions[k].is_some() {
            continue;
        }
        let (quote, next) = (&quotes[k], &quotes[k + 1]);
        let Some(close) = quote.close_token else {
            continue;
        };
        let same_paragraph = paragraph_of(paragraphs, close) == paragraph_of(paragraphs, next.open_token);
        let attributed_after_quote = attributions[k + 1]
            .as_ref()
            .and_then(|a| a.mention.as_ref())
            .is_some_and(|m| m.first_token > next.open_token);
        if same_paragraph
            && attributed_after_quote
            && only_glue_between(cx, close + 1, next.open_token)
            && cx.tokens[close + 1..next.open_token].iter().all(|t| t.kind == TokenKind::Punctuation)
        {
            attributions[k] = attributions[k + 1].clone();
        }
    }
}

/// A quote with no speaker of its own continues the quote before it when it follows it (and
/// its attribution) directly: `“…,” he said. “…”`, or a new paragraph of the same quotation.
/// A participle with no subject (`…, adding: “…”`) continues it within the paragraph. A second
/// partial quote in the sentence of one attributed before it continues it too (`he said the
/// field was “moving fast” but that testing “has to keep pace”`).
#[inline(never)]
fn continue_previous(
    cx: &Context,
    quotes: &[RawQuote],
    attributions: &mut [Option<Attribution>],
    speakers: &mut [Speaker],
    paragraphs: &[usize],
    sentences: &[SentenceSpan],
) {
    let sentence_of = |token: usize| sentences.partition_point(|s| s.tokens.end <= token);
    for k in 1..quotes.len() {
        if speakers[k].mention.is_some() {
            continue;
        }
        let (previous, quote) = (&quotes[k - 1], &quotes[k]);
        if speakers[k - 1].mention.is_none() {
            continue;
        }
        let Some(previous_close) = previous.close_token else {
            continue;
        };
        let previous_end = attributions[k - 1].as_ref().map_or(previous_close, |a| a.last_token.max(previous_close));
        let participle = attributions[k].as_ref().is_some_and(|a| a.continues_previous);
        let follows = if participle {
            paragraph_of(paragraphs, previous_close) == paragraph_of(paragraphs, quote.open_token)
        } else {
            let attributed_before_it = attributions[k - 1]
                .as_ref()
                .and_then(|a| a.mention.as_ref())
                .is_some_and(|m| m.first_token < previous.open_token);
            let in_its_sentence = attributed_before_it
                && sentence_of(previous.open_token) == sentence_of(quote.open_token)
                && joined_in_one_clause(cx, previous_close + 1, quote.open_token);
            // `“…,” said Dr. Catherine Mummery, a neurologist at …, who led the study. “…”`: an
            // attribution too long for the reach of its clause still ends its sentence, and the
            // quote that opens the next one goes on with it.
            let next_sentence = sentences.get(sentence_of(previous_close) + 1).is_some_and(|s| {
                s.tokens.start == quote.open_token
                    && paragraph_of(paragraphs, quote.open_token) == paragraph_of(paragraphs, previous_close)
            });
            let attributed_after_it = attributions[k - 1]
                .as_ref()
                .and_then(|a| a.mention.as_ref())
                .is_some_and(|m| m.first_token > previous_close);
            attributions[k].is_none()
                && (in_its_sentence
                    || (attributed_after_it && next_sentence)
                    || (paragraph_of(paragraphs, quote.open_token) <= paragraph_of(paragraphs, previous_end) + 1
                        && only_glue_between(cx, previous_end + 1, quote.open_token)))
        };
        if !follows {
            continue;
        }
        speakers[k] = speakers[k - 1].clone();
        let cue = if participle {
            attributions[k].as_ref().and_then(|a| a.cue.clone())
        } else {
            attributions[k - 1].as_ref().and_then(|a| a.cue.clone())
        };
        attributions[k] = Some(Attribution {
            mention: None,
            cue,
            last_token: quote.close_token.unwrap_or(quote.end_token),
            role: None,
            continues_previous: true,
        });
    }
}

/// Whether tokens `from..to`, between two quotes of one sentence, join the second to what the
/// first one's speaker said: a few words with "and", "but", "or" or "that" among them, and
/// no name, no reporting verb and no "so-called", which would make it someone else's words or a
/// term ("what Wemmick calls “…” and what Jaggers reproaches Pip for", "a juggling act called
/// “The Platter”").
fn joined_in_one_clause(cx: &Context, from: usize, to: usize) -> bool {
    if to < from || to - from > 10 {
        return false;
    }
    let plain = (from..to)
        .all(|i| !cx.is_capitalised_word(i) && !cx.is_any_cue(i) && !marks::is_mark_token(cx.text, &cx.tokens[i]));
    plain
        && (from..to).any(|i| matches!(cx.lower(i).as_ref(), "and" | "but" | "or" | "that"))
        && cx.lower(to.wrapping_sub(1)) != "so-called"
}

/// The title of a film, book or song in quote marks, which nobody says: its words capitalised
/// (but for short function words), after "in", "of", "film" and the like, or before a year in
/// brackets (`who cast Hackman in “The Conversation” (1974)`, `starred in “Unforgiven,”`).
fn is_title_of_a_work(cx: &Context, quote: &RawQuote) -> bool {
    let inside = quote.first_token..quote.end_token;
    let mut words = inside.clone().filter(|&i| cx.kind(i) == Some(TokenKind::Word));
    let title_cased = words.clone().count() <= 6
        && words.next().is_some_and(|first| cx.is_capitalised_word(first))
        && inside.clone().all(|i| match cx.kind(i) {
            Some(TokenKind::Word) => cx.is_capitalised_word(i) || lexicon::is_title_function_word(&cx.lower(i)),
            Some(TokenKind::Punctuation) => matches!(cx.word(i), "," | "." | ":" | "-"),
            Some(TokenKind::Number | TokenKind::Clitic) => true,
            _ => false,
        });
    let close = quote.close_token.unwrap_or(quote.end_token);
    let before = quote.open_token.wrapping_sub(1);
    let introduced = lexicon::introduce_a_title(&cx.lower(before), &cx.lower(before.wrapping_sub(1)))
        || cx.kind(before) == Some(TokenKind::Clitic);
    let dated = cx.word(close + 1) == "(" && cx.kind(close + 2) == Some(TokenKind::Number);
    title_cased && (introduced || dated)
}

/// A short quote that does not stand as a sentence of its own: a scare quote, a term, a title.
fn is_fragment(cx: &Context, quote: &RawQuote, sentences: &[SentenceSpan]) -> bool {
    let inside = quote.first_token..quote.end_token;
    let words = inside.clone().filter(|&i| cx.tokens[i].kind.is_wordlike()).count();
    if words > FRAGMENT_WORDS {
        return false;
    }
    let sentence = sentences.partition_point(|s| s.tokens.end <= quote.open_token);
    let opens_sentence = sentences.get(sentence).is_some_and(|s| s.tokens.start == quote.open_token)
        || matches!(cx.word(quote.open_token.wrapping_sub(1)), ":" | ",");
    let ends_sentence = inside
        .clone()
        .any(|i| cx.tokens[i].kind == TokenKind::Punctuation && matches!(cx.word(i), "." | "!" | "?" | "…" | "..."));
    !(opens_sentence && ends_sentence)
}
