//! Words and their frequencies.
//!
//! A term is a word folded to lower case with its apostrophes made straight. A possessive "’s"
//! folds into its word ("Trump’s" counts towards "trump"); other contractions stay whole
//! ("can't", "who've"). Numbers, URLs and emails are not terms.

use crate::hash::{head_and_hash, same_past_head, FastMap, FastSet, StringTable};
use crate::report::Frequency;
use crate::sentences::SentenceSpan;
use crate::span::Span;
use crate::spellings::Spellings;
use crate::stem;
use crate::stopwords;
use crate::tokens::{is_apostrophe, Token, TokenKind};

/// A term's number in the [`Vocabulary`]: terms are numbered in order of first appearance.
pub(crate) type TermId = u32;

/// One word of running text. Kept small (16 bytes, 12 in WebAssembly): a text has one per
/// word, two million for 12 MB of news. Its span comes from its tokens ([`Word::span`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// The token the word starts at.
    pub token: usize,
    pub term: TermId,
    /// Whether the word takes in the clitic after it ("'s" of "Trump's"): it ends where that
    /// token ends.
    pub with_clitic: bool,
    /// Whether the word is the first of its sentence: a phrase never spans two. Set by
    /// [`mark_sentence_starts`].
    pub opens_sentence: bool,
}

impl Word {
    /// The byte span of the whole word in the text, clitic included.
    pub fn span(&self, tokens: &[Token]) -> Span {
        let first = tokens.get(self.token);
        let last = if self.with_clitic { tokens.get(self.token + 1) } else { first };
        Span::new(first.map_or(0, |t| t.start), last.map_or(0, |t| t.end))
    }
}

/// Marks the first word of each sentence, and returns how many words each sentence has.
#[inline(never)]
pub(crate) fn mark_sentence_starts(words: &mut [Word], sentences: &[SentenceSpan]) -> Vec<usize> {
    let mut words_in = vec![0usize; sentences.len()];
    // A sentence's words are the run of words before its last token; the last sentence takes
    // all that are left (and with no sentences at all, the words are one run).
    let mut rest = &mut words[..];
    for (s, sentence) in sentences.iter().enumerate() {
        let n = if s + 1 == sentences.len() {
            rest.len()
        } else {
            rest.iter().position(|w| w.token >= sentence.tokens.end).unwrap_or(rest.len())
        };
        let (mine, after) = std::mem::take(&mut rest).split_at_mut(n);
        for (k, w) in mine.iter_mut().enumerate() {
            w.opens_sentence = k == 0;
        }
        if let Some(count) = words_in.get_mut(s) {
            *count = n;
        }
        rest = after;
    }
    for (k, w) in rest.iter_mut().enumerate() {
        w.opens_sentence = k == 0;
    }
    words_in
}

/// The distinct terms of a text, each stored once, one after another in one string: a text of
/// 20,000 distinct words makes one allocation for them, not 20,000.
pub(crate) struct Vocabulary {
    text: String,
    /// By term number: its byte range in `text`.
    spans: Vec<(u32, u32)>,
    /// The terms' numbers, by their text.
    table: StringTable,
    /// The kind of the first word with this term.
    kinds: Vec<TokenKind>,
}

impl Vocabulary {
    fn with_capacity(terms: usize) -> Vocabulary {
        Vocabulary {
            text: String::new(),
            spans: Vec::new(),
            table: StringTable::with_capacity(terms),
            kinds: Vec::new(),
        }
    }

    fn intern(&mut self, term: &str, kind: TokenKind) -> TermId {
        let bytes = term.as_bytes();
        let (head, hash) = head_and_hash(bytes);
        let (text, spans) = (&self.text, &self.spans);
        let same = |id: TermId| {
            let (start, end) = spans.get(id as usize).copied().unwrap_or((0, 0));
            text.get(start as usize..end as usize).is_some_and(|t| same_past_head(t.as_bytes(), bytes))
        };
        let (id, new) = self.table.find_or_add(head, hash, same);
        if new {
            let start = self.text.len() as u32;
            self.text.push_str(term);
            self.spans.push((start, self.text.len() as u32));
            self.kinds.push(kind);
        }
        id
    }

    pub fn term(&self, id: TermId) -> &str {
        let (start, end) = self.spans.get(id as usize).copied().unwrap_or((0, 0));
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether a term belongs in a frequency table at all (not a number, URL or email).
    fn is_countable(&self, id: TermId) -> bool {
        matches!(self.kinds[id as usize], TokenKind::Word | TokenKind::Hashtag | TokenKind::Handle)
            && self.term(id).chars().any(char::is_alphabetic)
    }
}

/// Pronouns and adverbs whose "’s" is "is" or "us", not a possessive.
const KEEPS_S: &[&str] =
    &["it", "that", "he", "she", "what", "there", "here", "let", "who", "where", "how", "when", "why", "this"];

/// Appends `word` in lower case to `out` if it is ASCII (most words; their apostrophes are
/// straight already), copied and then lowered in place; says whether it was.
#[inline(always)]
pub(crate) fn push_ascii_lowercase(word: &str, out: &mut String) -> bool {
    if !word.is_ascii() {
        return false;
    }
    let start = out.len();
    out.push_str(word);
    if let Some(copied) = out.get_mut(start..) {
        copied.make_ascii_lowercase();
    }
    true
}

/// Lower case, straight apostrophes: how a word becomes a term.
pub(crate) fn fold(word: &str, out: &mut String) {
    if push_ascii_lowercase(word, out) {
        return;
    }
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The words of the text, in order, and their vocabulary. A clitic joins the word it hangs on:
/// "who’ve" is the term "who've", while a possessive "’s" folds away ("Trump’s" is "trump").
///
/// A spelling's term is folded and interned the first time the spelling is met; every later
/// token of that spelling takes it from `term_of` (only a word with a clitic other than a
/// possessive is folded again, with its clitic).
#[inline(never)]
pub(crate) fn words(text: &str, tokens: &[Token], spellings: &Spellings) -> (Vec<Word>, Vocabulary) {
    const UNKNOWN: TermId = TermId::MAX;
    let mut vocabulary = Vocabulary::with_capacity(spellings.len());
    let mut term_of = vec![UNKNOWN; spellings.len()];
    let mut out = Vec::with_capacity(tokens.len());
    let mut term = String::new();
    let mut clitic = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.kind.is_wordlike() {
            continue;
        }
        let spelling = spellings.of(i).unwrap_or(UNKNOWN) as usize;
        let cached = term_of.get(spelling).copied().filter(|&id| id != UNKNOWN);
        let joined =
            tokens.get(i + 1).filter(|n| t.kind == TokenKind::Word && n.kind == TokenKind::Clitic && n.start == t.end);
        let id = match (joined, cached) {
            (None, Some(id)) => id,
            (None, None) => {
                term.clear();
                fold(t.text(text), &mut term);
                remember(&mut term_of, spelling, vocabulary.intern(&term, t.kind))
            }
            (Some(next), _) => {
                term.clear();
                fold(t.text(text), &mut term);
                clitic.clear();
                fold(next.text(text), &mut clitic);
                if clitic == "'s" && !KEEPS_S.contains(&term.as_str()) {
                    match cached {
                        Some(id) => id,
                        None => remember(&mut term_of, spelling, vocabulary.intern(&term, t.kind)),
                    }
                } else {
                    term.push_str(&clitic);
                    vocabulary.intern(&term, t.kind)
                }
            }
        };
        out.push(Word { token: i, term: id, with_clitic: joined.is_some(), opens_sentence: false });
    }
    (out, vocabulary)
}

/// An initial ("a." of "William A. Martinelli"): a letter and its period, no word of its own.
fn is_initial(term: &str) -> bool {
    let mut chars = term.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_alphabetic())
}

/// Notes the term of a spelling and returns it.
fn remember(term_of: &mut [TermId], spelling: usize, id: TermId) -> TermId {
    if let Some(slot) = term_of.get_mut(spelling) {
        *slot = id;
    }
    id
}

/// The stop words in force for one analysis: a language's list, less the words the user took
/// off it, plus the words the user added (folded like terms, so "Vote" or "don’t" work).
#[derive(Debug, Default)]
pub(crate) struct StopWords {
    set: FastSet<Box<str>>,
}

impl StopWords {
    pub fn new(language: &str, use_defaults: bool, removed: &[String], added: &[String]) -> StopWords {
        let mut folded = String::new();
        let mut fold_all = |words: &[String]| -> FastSet<Box<str>> {
            words
                .iter()
                .map(|w| {
                    folded.clear();
                    fold(w.trim(), &mut folded);
                    Box::<str>::from(folded.as_str())
                })
                .filter(|w| !w.is_empty())
                .collect()
        };
        let removed = fold_all(removed);
        let mut set = fold_all(added);
        if use_defaults {
            set.extend(stopwords::for_language(language).iter().filter(|w| !removed.contains(**w)).map(|&w| w.into()));
        }
        StopWords { set }
    }

    pub fn contains(&self, term: &str) -> bool {
        self.set.contains(term)
    }

    /// The list, sorted, for the report.
    pub fn sorted(&self) -> Vec<String> {
        let mut out: Vec<String> = self.set.iter().map(|w| w.to_string()).collect();
        out.sort_unstable();
        out
    }
}

/// How terms are counted, with each term of the vocabulary classified once for every table.
#[derive(Clone, Debug)]
pub(crate) struct Counting {
    pub min_count: usize,
    /// Group the forms of a word by their English stem.
    pub stem: bool,
    /// By term number: a word of running text (not a number, URL or email)?
    countable: Vec<bool>,
    /// By term number: countable, and not a stop word?
    counted: Vec<bool>,
}

impl Counting {
    pub fn new(vocabulary: &Vocabulary, stop_words: &StopWords, min_count: usize, stem: bool) -> Counting {
        let countable: Vec<bool> = (0..vocabulary.len() as TermId).map(|id| vocabulary.is_countable(id)).collect();
        let counted = countable
            .iter()
            .enumerate()
            .map(|(id, &countable)| {
                let term = vocabulary.term(id as TermId);
                countable && !stop_words.contains(term) && !is_initial(term)
            })
            .collect();
        Counting { min_count, stem, countable, counted }
    }

    /// By term number: may the term be counted (a word, not a stop word)?
    pub fn counted(&self) -> &[bool] {
        &self.counted
    }
}

/// How many times each term of the vocabulary occurs, by term number.
#[inline(never)]
pub(crate) fn term_counts(words: &[Word], vocabulary: &Vocabulary) -> Vec<usize> {
    let mut counts = vec![0usize; vocabulary.len()];
    for w in words {
        counts[w.term as usize] += 1;
    }
    counts
}

/// Term frequencies, most frequent first; ties keep the order of first appearance. With
/// stemming, the forms of a word count together under the commonest form.
#[inline(never)]
pub(crate) fn frequencies(
    counts: &[usize],
    vocabulary: &Vocabulary,
    counting: &Counting,
    total_words: usize,
) -> Vec<Frequency> {
    let terms = counts.iter().enumerate().filter(|&(id, &count)| counting.counted[id] && count > 0);
    let entries = if counting.stem {
        stem_groups(terms.map(|(id, &count)| (id as TermId, count)), vocabulary)
    } else {
        // Ordered here, as small pairs, so that `ranked` finds the lines in order already:
        // sorting the lines themselves moved tens of thousands of 72-byte values.
        let mut order: Vec<(usize, TermId)> = terms
            .filter(|&(_, &count)| count >= counting.min_count)
            .map(|(id, &count)| (count, id as TermId))
            .collect();
        crate::order::sort_by_key(&mut order, |&(count, _)| crate::order::descending(count));
        order.into_iter().map(|(count, id)| unranked(vocabulary.term(id).to_owned(), count, Vec::new())).collect()
    };
    ranked(entries, counting.min_count, total_words)
}

/// One line of a frequency table before [`ranked`] gives it its rank and share.
fn unranked(term: String, count: usize, forms: Vec<String>) -> Frequency {
    Frequency { term, count, share: 0.0, rank: 0, forms }
}

/// Groups terms (in order of first appearance) by stem. A group is named by its commonest form
/// (the first seen among equals) and lists every form, commonest first. Each distinct term is
/// stemmed once.
fn stem_groups(terms: impl Iterator<Item = (TermId, usize)>, vocabulary: &Vocabulary) -> Vec<Frequency> {
    let mut group_of: FastMap<String, usize> = FastMap::default();
    let mut groups: Vec<Vec<(TermId, usize)>> = Vec::new();
    for (id, count) in terms {
        let key = stem::stem(vocabulary.term(id));
        let next = groups.len();
        let g = *group_of.entry(key).or_insert(next);
        if g == next {
            groups.push(Vec::new());
        }
        groups[g].push((id, count));
    }
    groups
        .into_iter()
        .map(|mut members| {
            crate::order::sort_by_key(&mut members, |m| crate::order::descending(m.1));
            let count = members.iter().map(|m| m.1).sum();
            let term = vocabulary.term(members[0].0).to_owned();
            let forms = if members.len() > 1 {
                members.iter().map(|m| vocabulary.term(m.0).to_owned()).collect()
            } else {
                Vec::new()
            };
            unranked(term, count, forms)
        })
        .collect()
}

/// A phrase's key: its term numbers, `NONE` after the last.
type Key = [TermId; 3];
const NONE: TermId = TermId::MAX;

/// Two- and three-word phrases within a sentence that neither start nor end with a stop word,
/// seen at least twice. Phrases are counted by term numbers; only the survivors are spelled out.
#[inline(never)]
pub(crate) fn phrases(words: &[Word], vocabulary: &Vocabulary, counting: &Counting) -> Vec<Frequency> {
    // What each word is for phrases, in one byte (a byte a word, dropped once the phrases are
    // found): the scan below reads it in order instead of looking each word's term up in the
    // tables again.
    const COUNTED: u8 = 1;
    const COUNTABLE: u8 = 2;
    const OPENS: u8 = 4;
    let mut flags: Vec<u8> = Vec::with_capacity(words.len() + 2);
    flags.extend(words.iter().map(|w| {
        let id = w.term as usize;
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        flag(counting.counted.get(id).copied().unwrap_or(false), COUNTED)
            | flag(counting.countable.get(id).copied().unwrap_or(false), COUNTABLE)
            | flag(w.opens_sentence, OPENS)
    }));
    // Two words past the end that are not counted: every word has a window of three, and no
    // phrase reaches past the text.
    flags.extend([0, 0]);
    // A two-word phrase: both words counted, the second not opening a sentence. A three-word
    // one: the outer words counted, the middle one countable, neither of the last two opening
    // a sentence. (Counted words are countable.) One scan finds both; where each starts is
    // kept (a number a phrase, a fraction of a number a word) for the count below, which then
    // reads only the phrases instead of every word again.
    let mut pairs: Vec<u32> = Vec::new();
    let mut triples: Vec<u32> = Vec::new();
    for (i, window) in flags.windows(3).enumerate() {
        let &[first, second, third] = window else { continue };
        if first & COUNTED == 0 {
            continue;
        }
        if second & (COUNTED | OPENS) == COUNTED {
            pairs.push(i as u32);
        }
        if second & (COUNTABLE | OPENS) == COUNTABLE && third & (COUNTED | OPENS) == COUNTED {
            triples.push(i as u32);
        }
    }
    drop(flags);
    let term = |i: usize| words.get(i).map_or(NONE, |w| w.term);
    let keys = || {
        let pairs = pairs.iter().map(|&i| [term(i as usize), term(i as usize + 1), NONE]);
        let triples = triples.iter().map(|&i| [term(i as usize), term(i as usize + 1), term(i as usize + 2)]);
        pairs.chain(triples)
    };
    // Most phrases of a text occur once. A first pass counts keys by a hash of their own, up
    // to two, in a small table; only keys whose slot saw two go into the exact count. Every
    // occurrence of a key lands in the same slot, so no phrase seen twice is missed.
    let slots = (words.len() * 2).next_power_of_two().max(1024);
    let slot = |[a, b, c]: Key| {
        let mixed =
            ((u64::from(a) << 32 | u64::from(b)) ^ u64::from(c).rotate_left(17)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as usize & (slots - 1)
    };
    let mut seen = vec![0u8; slots];
    for key in keys() {
        if let Some(s) = seen.get_mut(slot(key)) {
            *s = (*s + 1).min(2);
        }
    }
    // Counts in order of first appearance (the order ties keep), found through an index. u32
    // counts and positions: a text has fewer than 2^32 words.
    let mut index: FastMap<Key, u32> = FastMap::default();
    let mut counts: Vec<(Key, u32)> = Vec::new();
    for key in keys().filter(|&key| seen.get(slot(key)) == Some(&2)) {
        match index.get(&key) {
            Some(&k) => counts[k as usize].1 += 1,
            None => {
                index.insert(key, counts.len() as u32);
                counts.push((key, 1));
            }
        }
    }
    // Each table is dropped as soon as it has served: on 10 MB of news they come to tens of MB.
    drop((seen, index, pairs, triples));
    let min = counting.min_count.max(2);
    let kept = |count: u32| count as usize >= min;
    // Sized exactly: on 10 MB of news a growing list would hold tens of MB it does not use.
    let mut lines = Vec::with_capacity(counts.iter().filter(|(_, count)| kept(*count)).count());
    lines.extend(
        counts
            .into_iter()
            .filter(|&(_, count)| kept(count))
            .map(|(key, count)| unranked(spell(key, vocabulary), count as usize, Vec::new())),
    );
    ranked(lines, min, words.len())
}

/// `x` to six significant digits: all a share needs, and a third of its length in the JSON
/// report (which, for a large text, is mostly the frequency table).
fn significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(5 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

fn spell(key: Key, vocabulary: &Vocabulary) -> String {
    key.iter().filter(|&&id| id != NONE).map(|&id| vocabulary.term(id)).collect::<Vec<_>>().join(" ")
}

/// The lines counted at least `min_count` times, most frequent first, each given its rank (equal
/// counts share one) and share of the words. In place: a long text has hundreds of thousands of
/// phrases.
fn ranked(mut lines: Vec<Frequency>, min_count: usize, total_words: usize) -> Vec<Frequency> {
    lines.retain(|f| f.count >= min_count);
    // A stable sort keeps first appearance among equal counts. The standard library's, not
    // `order::sort_by_key`: a megabyte has some 300,000 phrase lines, mostly seen once, whose
    // runs the standard sort merges in order, where moving each line to its place jumps about
    // the memory (1 MB in headless Chromium, builds in turns: 66 ms this way, 72-77 the other,
    // 64-69 before the engine had a sort of its own).
    lines.sort_by_key(|f| std::cmp::Reverse(f.count));
    let mut rank = 0;
    let mut previous = usize::MAX;
    let mut share = 0.0;
    for (i, line) in lines.iter_mut().enumerate() {
        // Lines of one count are together: their rank and share are worked out once.
        if line.count != previous {
            rank = i + 1;
            previous = line.count;
            share = if total_words == 0 { 0.0 } else { significant(line.count as f64 / total_words as f64) };
        }
        line.rank = rank;
        line.share = share;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn terms(text: &str) -> Vec<String> {
        let (words, vocabulary) = words(text, &tokenize(text), &Spellings::new(text, &tokenize(text)));
        words.into_iter().map(|w| vocabulary.term(w.term).to_owned()).collect()
    }

    fn english() -> StopWords {
        StopWords::new("en", true, &[], &[])
    }

    fn table(text: &str, stop_words: &StopWords, stem: bool) -> Vec<(String, usize, usize)> {
        let (ws, vocabulary) = words(text, &tokenize(text), &Spellings::new(text, &tokenize(text)));
        let counting = Counting::new(&vocabulary, stop_words, 1, stem);
        frequencies(&term_counts(&ws, &vocabulary), &vocabulary, &counting, ws.len())
            .into_iter()
            .map(|f| (f.term, f.count, f.rank))
            .collect()
    }

    fn owned(v: &[(&str, usize, usize)]) -> Vec<(String, usize, usize)> {
        v.iter().map(|&(t, c, r)| (t.to_owned(), c, r)).collect()
    }

    #[test]
    fn possessives_fold_contractions_stay() {
        assert_eq!(terms("Trump’s plan, Trump's dog"), ["trump", "plan", "trump", "dog"]);
        assert_eq!(terms("It’s who’ve can't"), ["it's", "who've", "can't"]);
        assert_eq!(terms("Rodríguez ÉCOLE"), ["rodríguez", "école"]);
    }

    #[test]
    fn counts_rank_and_skip_stop_words() {
        let text = "The cat saw the dog. The dog ran, 42 times.";
        let expected = [("dog", 2, 1), ("cat", 1, 2), ("saw", 1, 2), ("ran", 1, 2), ("times", 1, 2)];
        assert_eq!(table(text, &english(), false), owned(&expected));
    }

    #[test]
    fn initials_are_not_counted_as_words() {
        let text = "William A. Martinelli met John F. Kennedy in the U.S. capital.";
        let got = table(text, &english(), false);
        assert!(!got.iter().any(|(t, _, _)| t == "a." || t == "f."), "{got:?}");
        assert!(got.iter().any(|(t, _, _)| t == "u.s."), "{got:?}");
        assert!(is_initial("a.") && is_initial("é.") && !is_initial("a") && !is_initial("u.s.") && !is_initial("."));
    }

    #[test]
    fn abbreviated_titles_are_stop_words() {
        let text = "Sen. Warren met Gov. Abbott and Dr. Fauci. The senator spoke.";
        let got = table(text, &english(), false);
        assert!(!got.iter().any(|(t, _, _)| matches!(t.as_str(), "sen." | "gov." | "dr.")), "{got:?}");
        assert!(got.iter().any(|(t, _, _)| t == "senator"), "{got:?}");
    }

    #[test]
    fn editing_the_stop_words_changes_the_counts() {
        let text = "The cat saw the dog. The dog ran, 42 times.";
        // Added words are folded like terms; removed default words come back.
        let edited = StopWords::new("en", true, &["the".into()], &["Dog".into()]);
        let got = table(text, &edited, false);
        assert_eq!(got[0], ("the".to_owned(), 3, 1));
        assert!(!got.iter().any(|(t, _, _)| t == "dog"));
        assert!(!edited.contains("the") && edited.contains("dog"));
        // Without the defaults only the added words are left out.
        let none = StopWords::new("en", false, &[], &[]);
        assert_eq!(table(text, &none, false)[0], ("the".to_owned(), 3, 1));
        assert_eq!(none.sorted(), Vec::<String>::new());
    }

    #[test]
    fn stems_group_forms_under_the_commonest() {
        let text = "Elections matter. The election was close; elections are won. Election night.";
        let (ws, vocabulary) = words(text, &tokenize(text), &Spellings::new(text, &tokenize(text)));
        let stop = english();
        let counting = Counting::new(&vocabulary, &stop, 1, true);
        let f = frequencies(&term_counts(&ws, &vocabulary), &vocabulary, &counting, ws.len());
        // Two of each: the first seen ("elections") names the group.
        assert_eq!(f[0].term, "elections");
        assert_eq!(f[0].count, 4);
        assert_eq!(f[0].forms, ["elections", "election"]);
        assert!(f[1..].iter().all(|f| f.forms.is_empty()));
    }

    #[test]
    fn other_languages_have_their_own_lists() {
        let es = StopWords::new("es", true, &[], &[]);
        assert!(es.contains("los") && es.contains("porque") && !es.contains("the"));
        assert!(StopWords::new("fr", true, &[], &[]).contains("avec"));
        assert!(StopWords::new("de", true, &[], &[]).contains("nicht"));
        assert!(StopWords::new("it", true, &[], &[]).contains("della"));
        assert!(StopWords::new("pt", true, &[], &[]).contains("não"));
    }

    #[test]
    fn phrases_within_sentences() {
        let text = "Climate change matters. Climate change is real. Change climate.";
        let tokens = tokenize(text);
        let (mut ws, vocabulary) = words(text, &tokens, &Spellings::new(text, &tokens));
        let words_in = mark_sentence_starts(&mut ws, &crate::sentences::split(text, &tokens));
        assert_eq!(words_in, [3, 4, 2]);
        let opens: Vec<bool> = ws.iter().map(|w| w.opens_sentence).collect();
        assert_eq!(opens, [true, false, false, true, false, false, false, true, false]);
        let stop = english();
        let counting = Counting::new(&vocabulary, &stop, 1, false);
        let p = phrases(&ws, &vocabulary, &counting);
        let got: Vec<_> = p.iter().map(|f| (f.term.as_str(), f.count)).collect();
        assert_eq!(got, [("climate change", 2)]);
    }

    #[test]
    fn shares_keep_six_significant_digits() {
        assert_eq!(significant(0.00017371423448059444), 0.000173714);
        assert_eq!(significant(0.5), 0.5);
        assert_eq!(significant(1.0 / 3.0), 0.333333);
        assert_eq!(significant(0.0), 0.0);
    }
}
