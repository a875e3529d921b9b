//! The word lists attribution works with: reporting verbs, titles, pronouns, the words that end
//! a noun phrase, and a few given names for pronoun gender. All lookups take a lowercased word.
//! The long lists are data in one map (a word's lists in one look-up); the short ones and those
//! that answer more than yes or no are `match`es.

use std::ops::Deref;

use crate::hash::{FastMap, WordMap};

/// A word in lower case, for the lists: borrowed when it already is (most words), kept on the
/// stack when it is ASCII (a capitalised word: no allocation for each one of a text's names),
/// and only otherwise a `String`.
pub(crate) enum Lower<'a> {
    Borrowed(&'a str),
    Ascii([u8; MAX_LIST_WORD], u8),
    Owned(String),
}

/// Longer tokens never match a list.
const MAX_LIST_WORD: usize = 24;

impl Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // Lowercased ASCII bytes are ASCII: always valid UTF-8.
            Lower::Ascii(bytes, len) => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or(&[])).unwrap_or("")
            }
            Lower::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl Lower<'_> {
    pub fn into_owned(self) -> String {
        match self {
            Lower::Owned(s) => s,
            other => other.to_string(),
        }
    }
}

/// Lowercases a word for the lists; long tokens never match a list, so they are not copied.
pub(crate) fn lower(word: &str) -> Lower<'_> {
    if word.len() > MAX_LIST_WORD {
        return Lower::Borrowed("");
    }
    if !word.is_ascii() {
        return Lower::Owned(word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Borrowed(word);
    }
    let mut bytes = [0u8; MAX_LIST_WORD];
    for (to, from) in bytes.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    Lower::Ascii(bytes, word.len() as u8)
}

/// Every list below that a `match` would compile to code (several KB of WebAssembly each), as
/// data in one map from word to the lists that hold it, built on first use.
fn lists_of(w: &str) -> u8 {
    static MAP: std::sync::OnceLock<WordMap<&'static str, u8>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let lists: [(&[&str], u8); 6] = [
            (CUES, CUES_BIT),
            (PRE_ONLY_CUES, PRE_ONLY_CUES_BIT),
            (NOUN_PHRASE_ENDS, NOUN_PHRASE_ENDS_BIT),
            (VERB_FILLERS, VERB_FILLERS_BIT),
            (TITLE_WORDS, TITLE_WORDS_BIT),
            (SPEAKER_NOUNS, SPEAKER_NOUNS_BIT),
        ];
        let mut map: FastMap<&'static str, u8> = FastMap::default();
        map.reserve(lists.iter().map(|(words, _)| words.len()).sum());
        for (words, bit) in lists {
            for &word in words {
                *map.entry(word).or_default() |= bit;
            }
        }
        map.into()
    });
    map.get(w).copied().unwrap_or(0)
}

/// Whether `w` is a reporting verb of either kind ([`is_cue`], [`PRE_ONLY_CUES`]).
pub(crate) fn is_any_cue(w: &str) -> bool {
    lists_of(w) & (CUES_BIT | PRE_ONLY_CUES_BIT) != 0
}

/// Whether `w` ends a noun phrase: a reporting verb of either kind, a word of
/// [`NOUN_PHRASE_ENDS`] or a verb filler ("he later said": the adverbs between a subject and its
/// verb), in one look-up.
pub(crate) fn stops_noun_phrase(w: &str) -> bool {
    lists_of(w) & (CUES_BIT | PRE_ONLY_CUES_BIT | NOUN_PHRASE_ENDS_BIT | VERB_FILLERS_BIT) != 0
}

/// Reporting verbs in every inflection news copy uses, for quotes in either position.
pub(crate) fn is_cue(w: &str) -> bool {
    lists_of(w) & CUES_BIT != 0
}

static CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "write",
    "writes",
    "wrote",
    "writing",
    "add",
    "adds",
    "added",
    "adding",
    "ask",
    "asks",
    "asked",
    "asking",
    "explain",
    "explains",
    "explained",
    "explaining",
    "continue",
    "continues",
    "continued",
    "continuing",
    "note",
    "notes",
    "noted",
    "noting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "warn",
    "warns",
    "warned",
    "warning",
    "declare",
    "declares",
    "declared",
    "declaring",
    "state",
    "states",
    "stated",
    "stating",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "post",
    "posts",
    "posted",
    "posting",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "reply",
    "replies",
    "replied",
    "replying",
    "respond",
    "responds",
    "responded",
    "responding",
    "answer",
    "answers",
    "answered",
    "answering",
    "announce",
    "announces",
    "announced",
    "announcing",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "agree",
    "agrees",
    "agreed",
    "agreeing",
    "observe",
    "observes",
    "observed",
    "observing",
    "remark",
    "remarks",
    "remarked",
    "remarking",
    "comment",
    "comments",
    "commented",
    "commenting",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "contend",
    "contends",
    "contended",
    "contending",
    "maintain",
    "maintains",
    "maintained",
    "maintaining",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "testify",
    "testifies",
    "testified",
    "testifying",
    "complain",
    "complains",
    "complained",
    "complaining",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "boast",
    "boasts",
    "boasted",
    "boasting",
    "joke",
    "jokes",
    "joked",
    "joking",
    "quip",
    "quips",
    "quipped",
    "quipping",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "promise",
    "promises",
    "promised",
    "promising",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urge",
    "urges",
    "urged",
    "urging",
    "caution",
    "cautions",
    "cautioned",
    "cautioning",
    "conclude",
    "concludes",
    "concluded",
    "concluding",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "deny",
    "denies",
    "denied",
    "denying",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "report",
    "reports",
    "reported",
    "reporting",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "counter",
    "counters",
    "countered",
    "countering",
    "retort",
    "retorts",
    "retorted",
    "retorting",
    "shout",
    "shouts",
    "shouted",
    "shouting",
    "yell",
    "yells",
    "yelled",
    "yelling",
    "exclaim",
    "exclaims",
    "exclaimed",
    "exclaiming",
    "lament",
    "laments",
    "lamented",
    "lamenting",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "muse",
    "muses",
    "mused",
    "musing",
    "plead",
    "pleads",
    "pleaded",
    "pleading",
    "proclaim",
    "proclaims",
    "proclaimed",
    "proclaiming",
    "recount",
    "recounts",
    "recounted",
    "recounting",
    "text",
    "texted",
    "email",
    "emailed",
    "chant",
    "chanted",
    "chanting",
    "whisper",
    "whispered",
    "murmured",
    "interjected",
    "began",
    "begins",
];
const CUES_BIT: u8 = 1;

/// Verbs that introduce a partial quote inside the sentence ("called the bill “a disaster”")
/// but never follow a quote as its attribution.
static PRE_ONLY_CUES: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "brand",
    "brands",
    "branded",
    "branding",
    "praise",
    "praised",
    "criticize",
    "criticized",
    "blast",
    "blasted",
    // "accused him of “waging a war”", "dismissed the claim as “nonsense”".
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "criticise",
    "criticised",
    "criticizes",
    "criticises",
    "slammed",
    "hailed",
    "condemned",
    "denounced",
    "decried",
    "derided",
    "dismissed",
    "mocked",
];
const PRE_ONLY_CUES_BIT: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Personal pronouns that can be the subject of a reporting verb. The gender is `None` for
/// pronouns that do not point at one known person ("they", "it", "I", "we").
pub(crate) fn pronoun(w: &str) -> Option<Option<Gender>> {
    match w {
        "he" => Some(Some(Gender::Male)),
        "she" => Some(Some(Gender::Female)),
        "they" | "it" | "i" | "we" => Some(None),
        _ => None,
    }
}

/// A possessive pronoun's referent, as [`pronoun`] gives a pronoun's ("her words").
pub(crate) fn possessive_gender(w: &str) -> Option<Option<Gender>> {
    match w {
        "his" => Some(Some(Gender::Male)),
        "her" => Some(Some(Gender::Female)),
        "their" => Some(None),
        _ => None,
    }
}

/// Words that open a noun phrase: a nominal speaker starts at the last of them.
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "one"
            | "another"
            | "this"
            | "that"
            | "these"
            | "those"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
    )
}

/// Words that end a speaker noun phrase: prepositions, conjunctions, relatives, auxiliaries
/// and the adverbs that sit between a subject and its verb.
static NOUN_PHRASE_ENDS: &[&str] = &[
    "of",
    "in",
    "at",
    "on",
    "for",
    "from",
    "to",
    "with",
    "by",
    "during",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "and",
    "or",
    "but",
    "as",
    "after",
    "before",
    "when",
    "while",
    "whilst",
    "where",
    "about",
    "because",
    "if",
    "than",
    "into",
    "not",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "could",
    "should",
    "might",
    "may",
    "can",
    "did",
    "does",
    "do",
    "told",
    "so",
    "so-called",
    "what",
    "how",
    "why",
    "there",
    "here",
    "now",
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "according",
    "never",
    "n't",
    "once-again",
    "himself",
    "herself",
    "themselves",
    "ago",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
];
const NOUN_PHRASE_ENDS_BIT: u8 = 4;

/// Words that may sit between a subject and its reporting verb ("he later said", "Trump has
/// said").
pub(crate) fn is_verb_filler(w: &str) -> bool {
    lists_of(w) & VERB_FILLERS_BIT != 0
}

static VERB_FILLERS: &[&str] = &[
    "also",
    "later",
    "then",
    "once",
    "previously",
    "recently",
    "again",
    "further",
    "flatly",
    "simply",
    "just",
    "reportedly",
    "repeatedly",
    "often",
    "still",
    "already",
    "separately",
    "similarly",
    "has",
    "had",
    "have",
    "would",
    "will",
    "quickly",
    "angrily",
    "bluntly",
    "softly",
    "wryly",
    "firmly",
    "emphatically",
    "publicly",
    "privately",
    "famously",
    "finally",
    "first",
    "even",
    "only",
    "since",
    "frequently",
];
const VERB_FILLERS_BIT: u8 = 8;

/// Capitalised words that belong to a title or an office rather than to a name: a speaker's
/// name is the run of capitalised words after the last of them ("Senate Majority Leader John
/// Thune" -> "John Thune"). Lowercase, period stripped.
pub(crate) fn is_title_word(w: &str) -> bool {
    lists_of(w) & TITLE_WORDS_BIT != 0
}

static TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "sen",
    "sens",
    "senator",
    "rep",
    "reps",
    "representative",
    "gov",
    "governor",
    "mayor",
    "secretary",
    "speaker",
    "leader",
    "majority",
    "minority",
    "whip",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "attorney",
    "general",
    "gen",
    "judge",
    "justice",
    "chief",
    "commissioner",
    "ambassador",
    "minister",
    "prime",
    "chancellor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "rev",
    "lt",
    "col",
    "sgt",
    "capt",
    "adm",
    "maj",
    "former",
    "deputy",
    "acting",
    "press",
    "state",
    "house",
    "senate",
    "white",
    "democratic",
    "democrat",
    "republican",
    "gop",
    "u.s",
    "sheriff",
    "council",
    "councilman",
    "councilwoman",
    "councilmember",
    "member",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "delegate",
    "candidate",
    "nominee",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "department",
    "treasury",
    "defense",
    "homeland",
    "security",
    "officer",
    "executive",
    "ceo",
    "founder",
    "lady",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "lawmaker",
    "commander",
    "district",
    "county",
    "city",
    "federal",
    "national",
    "agency",
    "committee",
    "party",
    "campaign",
    "administration",
    "supreme",
    "court",
    "chairperson",
    "premier",
    "rabbi",
    "father",
    "sister",
    "brother",
    "coach",
    "auditor",
    "comptroller",
    "treasurer",
    "superintendent",
    "inspector",
    "deputies",
    "the",
    "a",
    "an",
    "said",
    "says",
    "according",
    "but",
    "and",
    "in",
    "on",
    "at",
    "for",
    "as",
    "it",
    "he",
    "she",
    "we",
    "they",
    "i",
    "this",
    "that",
    "when",
    "if",
    "after",
    "while",
    "representatives",
    "senators",
    "americans",
    "democrats",
    "republicans",
];
const TITLE_WORDS_BIT: u8 = 16;

/// Titles that, written before a capitalised name, mark it as a person ("Mayor Zohran
/// Mamdani"), folded to the noun a later nominal mention uses ("the mayor", "the senator").
pub(crate) fn person_title(w: &str) -> Option<&'static str> {
    Some(match w {
        "president" => "president",
        "sen" | "senator" => "senator",
        "rep" | "representative" | "congressman" | "congresswoman" => "representative",
        "gov" | "governor" => "governor",
        "mayor" => "mayor",
        "secretary" => "secretary",
        "speaker" => "speaker",
        "leader" => "leader",
        "judge" => "judge",
        "justice" => "justice",
        "gen" | "general" => "general",
        "chairman" | "chairwoman" | "chair" => "chairman",
        "director" => "director",
        "commissioner" => "commissioner",
        "ambassador" => "ambassador",
        "sheriff" => "sheriff",
        "councilman" | "councilwoman" | "councilmember" => "councilmember",
        "dr" => "doctor",
        "prof" | "professor" => "professor",
        "mr" | "mrs" | "ms" => "",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "minister" => "minister",
        "chancellor" => "chancellor",
        "prosecutor" => "prosecutor",
        "attorney" => "attorney",
        _ => return None,
    })
}

/// The gender a title or a role noun implies, if any.
pub(crate) fn title_gender(w: &str) -> Option<Gender> {
    match w {
        "mr" | "congressman" | "spokesman" | "chairman" | "councilman" | "assemblyman" | "king" | "prince"
        | "father" | "brother" | "businessman" => Some(Gender::Male),
        "mrs" | "ms" | "congresswoman" | "spokeswoman" | "chairwoman" | "councilwoman" | "assemblywoman" | "queen"
        | "princess" | "sister" | "lady" | "businesswoman" => Some(Gender::Female),
        _ => None,
    }
}

/// Plural or generic nouns that, capitalised at the start of a sentence, are not names.
pub(crate) fn is_common_speaker_noun(w: &str) -> bool {
    lists_of(w) & SPEAKER_NOUNS_BIT != 0
}

static SPEAKER_NOUNS: &[&str] = &[
    "officials",
    "critics",
    "aides",
    "sources",
    "experts",
    "analysts",
    "democrats",
    "republicans",
    "lawmakers",
    "residents",
    "protesters",
    "supporters",
    "voters",
    "advisers",
    "advisors",
    "leaders",
    "others",
    "some",
    "many",
    "both",
    "prosecutors",
    "witnesses",
    "organizers",
    "investigators",
    "police",
    "authorities",
    "economists",
    "observers",
    "opponents",
    "members",
    "parents",
    "students",
    "teachers",
    "workers",
    "people",
    "neighbors",
];
const SPEAKER_NOUNS_BIT: u8 = 32;

/// Given names common in US political news; a full list would be better, this one is cheap. Used only to steer "he"/"she" past a person of the other gender.
pub(crate) fn given_name_gender(w: &str) -> Option<Gender> {
    match w {
        "donald" | "joe" | "barack" | "chuck" | "mitch" | "mike" | "michael" | "john" | "james" | "robert"
        | "william" | "bill" | "david" | "richard" | "thomas" | "charles" | "george" | "ted" | "marco" | "jd"
        | "j.d" | "ron" | "gavin" | "greg" | "eric" | "andrew" | "bernie" | "hakeem" | "adam" | "steve" | "stephen"
        | "mark" | "paul" | "peter" | "kevin" | "brian" | "jeff" | "jeffrey" | "tim" | "timothy" | "josh"
        | "joshua" | "pete" | "zohran" | "chris" | "christopher" | "matt" | "matthew" | "jim" | "tom" | "dan"
        | "daniel" | "lindsey" | "rand" | "rick" | "jared" | "hunter" | "elon" | "jerome" | "antony" | "lloyd"
        | "merrick" | "kash" | "roger" | "scott" | "jason" | "ben" | "benjamin" | "jack" | "sam" | "samuel"
        | "mohammed" | "muhammad" | "vladimir" | "volodymyr" | "xi" | "emmanuel" | "keir" | "justin" | "jay"
        | "wes" | "brandon" | "tony" | "anthony" | "frank" | "larry" | "gary" | "jerry" | "dick" | "al" | "newt" => {
            Some(Gender::Male)
        }
        "kamala" | "hillary" | "nancy" | "alexandria" | "elizabeth" | "susan" | "lisa" | "mary" | "patricia"
        | "jennifer" | "linda" | "barbara" | "karen" | "sarah" | "jessica" | "amy" | "kirsten" | "tammy" | "maxine"
        | "ilhan" | "rashida" | "ayanna" | "kristi" | "karoline" | "tulsi" | "nikki" | "marjorie" | "lauren"
        | "kathy" | "kathleen" | "gretchen" | "michelle" | "jill" | "melania" | "ivanka" | "liz" | "janet" | "gina"
        | "jen" | "jean" | "katie" | "jane" | "maria" | "laura" | "anna" | "emily" | "rachel" | "rebecca"
        | "catherine" | "katherine" | "kate" | "margaret" | "ruth" | "sonia" | "elena" | "pam" | "stacey"
        | "kyrsten" | "val" | "letitia" | "tish" | "ursula" | "giorgia" | "claudia" | "angela" | "theresa"
        | "condoleezza" | "madeleine" | "samantha" | "susie" | "stephanie" | "nina" | "julie" | "heather"
        | "monica" | "andrea" | "deb" | "debbie" | "deborah" | "pamela" | "brooke" | "alexis" | "ashley" | "megan"
        | "hannah" => Some(Gender::Female),
        _ => None,
    }
}

/// A participle that opens a sentence with a question put to its subject ("Asked whether …,
/// he said").
pub(crate) fn puts_a_question(w: &str) -> bool {
    matches!(w, "asked" | "pressed" | "questioned")
}

/// Nouns for a player's position or a person's age and standing that, after a determiner, describe
/// the person just named ("the England winger", "the 23-year-old", "the veteran").
pub(crate) fn is_role_noun(w: &str) -> bool {
    w.ends_with("-year-old")
        || matches!(
            w,
            "winger"
                | "striker"
                | "midfielder"
                | "defender"
                | "goalkeeper"
                | "forward"
                | "quarterback"
                | "pitcher"
                | "shortstop"
                | "outfielder"
                | "guard"
                | "veteran"
                | "rookie"
                | "youngster"
                | "teenager"
                | "champion"
                | "star"
        )
}

/// Nouns for a person of no office whom a story may quote without naming ("the owner of the
/// nightclub, who asked not to be named, said"): a "she said" after such a sentence is hers.
pub(crate) fn is_unnamed_person_noun(w: &str) -> bool {
    matches!(
        w,
        "owner"
            | "resident"
            | "neighbor"
            | "neighbour"
            | "witness"
            | "victim"
            | "survivor"
            | "relative"
            | "friend"
            | "driver"
            | "passenger"
            | "customer"
            | "patient"
            | "employee"
            | "worker"
            | "student"
            | "teacher"
            | "parent"
            | "bystander"
            | "volunteer"
            | "official"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "man"
            | "woman"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "daughter"
            | "son"
            | "sister"
            | "brother"
    )
}

/// Short words a title of a work leaves in lower case ("Gone with the Wind").
pub(crate) fn is_title_function_word(w: &str) -> bool {
    ["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "from"].contains(&w)
}

/// Whether the words before a quote mark introduce a title of a work: `word`, just before the
/// mark (`starred in “Unforgiven”`, `the film “Heat”`), or, when that is a comma, `word_before`
/// (`the album, “The Tortured Poets Department,”`). The entity and the quote stages both ask.
pub(crate) fn introduce_a_title(word: &str, word_before: &str) -> bool {
    introduces_a_title(word) || (word == "," && introduces_a_title(word_before))
}

/// A word before a quoted title of a film, book, song or show.
fn introduces_a_title(w: &str) -> bool {
    [
        "in",
        "of",
        "film",
        "movie",
        "novel",
        "book",
        "memoir",
        "song",
        "single",
        "album",
        "show",
        "series",
        "play",
        "musical",
        "opera",
        "poem",
        "episode",
        "documentary",
        "titled",
        "entitled",
    ]
    .contains(&w)
}

/// A noun that names one person by nationality ("the Dutchman", "the Spaniard"), unlike an
/// adjective that is a nationality's name as well ("the Italian", "the French").
pub(crate) fn person_demonym(w: &str) -> bool {
    [
        "dutchman",
        "dutchwoman",
        "frenchman",
        "frenchwoman",
        "englishman",
        "englishwoman",
        "irishman",
        "irishwoman",
        "scotsman",
        "scotswoman",
        "welshman",
        "welshwoman",
        "spaniard",
        "swede",
        "dane",
        "finn",
        "pole",
        "turk",
        "scot",
        "briton",
        "kiwi",
        "aussie",
        "serb",
        "croat",
        "bosniak",
        "kazakh",
        "uzbek",
    ]
    .contains(&w)
}

/// A person who speaks for an organization ("a spokesperson for Apple").
pub(crate) fn is_spokesperson(w: &str) -> bool {
    matches!(w, "spokesperson" | "spokesman" | "spokeswoman" | "representative" | "spokespeople" | "spokesmen")
}

/// A word that makes a description indefinite: "a winger", "another official".
pub(crate) fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another" | "some")
}

/// The office a description's head noun names, as a key for who holds it: a person's title
/// ("minister", "president") or who leads a side ("the City manager", "the Spurs boss").
pub(crate) fn office(head: &str) -> Option<&'static str> {
    match head {
        "manager" => Some("manager"),
        "coach" => Some("coach"),
        "boss" => Some("boss"),
        "skipper" => Some("skipper"),
        _ => person_title(head).filter(|t| !t.is_empty()),
    }
}

/// A noun for a company of no particular name ("the company said", "the automaker said").
pub(crate) fn is_company_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "startup"
            | "automaker"
            | "carmaker"
            | "airline"
            | "carrier"
            | "retailer"
            | "manufacturer"
            | "chipmaker"
            | "lender"
            | "insurer"
            | "conglomerate"
            | "corporation"
            | "publisher"
            | "broadcaster"
            | "agency"
    )
}

/// Party nouns that, after a determiner, describe the person just named ("the New York
/// Democrat", "the Texas Republican").
pub(crate) fn is_party_noun(w: &str) -> bool {
    matches!(w, "democrat" | "republican" | "independent")
}

/// Reporting verbs that are nouns as well ("a Facebook post", "a Twitter reply").
pub(crate) fn is_cue_noun(w: &str) -> bool {
    matches!(
        w,
        "post" | "posts" | "tweet" | "tweets" | "note" | "comment" | "comments" | "reply" | "statement" | "report"
    )
}

/// Words after which a reporting verb's form is a noun or an infinitive ("the reports", "to
/// say"), not a verb with a subject before it.
pub(crate) fn makes_cue_a_noun(w: &str) -> bool {
    matches!(
        w,
        "to" | "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "in"
            | "on"
            | "with"
            | "by"
    )
}
