//! The quote stage's regression tests: one small case per rule, then whole articles written
//! for these tests in the style of US political news.

use super::find;
use crate::report::{Entity, EntityKind, Quote};
use crate::sentences::split;
use crate::span::Span;
use crate::tokens::tokenize;

fn quotes_with(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let tokens = tokenize(text);
    let sentences = split(text, &tokens);
    find(text, &tokens, &crate::spellings::Spellings::new(text, &tokens), &sentences, entities)
}

fn quotes(text: &str) -> Vec<Quote> {
    quotes_with(text, &[])
}

/// What a test expects of one quote: (quoted text, speaker, mention text, cue, fragment).
type Row<'t> = (&'t str, Option<&'t str>, Option<&'t str>, Option<&'t str>, bool);

fn rows<'t>(text: &'t str, found: &'t [Quote]) -> Vec<Row<'t>> {
    found
        .iter()
        .map(|q| {
            (
                &text[q.start..q.end],
                q.speaker.as_deref(),
                q.speaker_mention.map(|m| m.of(text)),
                q.cue.as_deref(),
                q.fragment,
            )
        })
        .collect()
}

fn check(text: &str, entities: &[Entity], expected: &[Row]) {
    let found = quotes_with(text, entities);
    let got = rows(text, &found);
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        assert_eq!(g, e, "quote {i}");
    }
    assert_eq!(got.len(), expected.len(), "{got:#?}");
}

fn texts<'t>(text: &'t str, found: &[Quote]) -> Vec<&'t str> {
    found.iter().map(|q| &text[q.start..q.end]).collect()
}

/// A person entity with a mention at every occurrence of each of `forms` (longest first).
fn person(text: &str, name: &str, forms: &[&str]) -> Entity {
    let mut mentions: Vec<Span> = Vec::new();
    for form in forms {
        for (at, _) in text.match_indices(form) {
            let span = Span::new(at, at + form.len());
            if !mentions.iter().any(|m| m.start < span.end && span.start < m.end) {
                mentions.push(span);
            }
        }
    }
    mentions.sort();
    Entity { name: name.to_string(), kind: EntityKind::Person, count: mentions.len(), mentions }
}

#[test]
fn attribution_after_the_quote() {
    check(
        "“We will not back down,” Schumer said. “Never,” said Sen. Chuck Schumer. \
         “Fine,” he later told reporters.",
        &[],
        &[
            ("We will not back down,", Some("Schumer"), Some("Schumer"), Some("said"), false),
            ("Never,", Some("Chuck Schumer"), Some("Chuck Schumer"), Some("said"), false),
            ("Fine,", Some("Chuck Schumer"), Some("he"), Some("told"), false),
        ],
    );
}

#[test]
fn attribution_before_the_quote() {
    check(
        "Trump said: “It was a great day.”\n\nPelosi said that “nobody believed it.”\n\n\
         According to Jane Doe, “the talks collapsed on Friday.”",
        &[],
        &[
            ("It was a great day.", Some("Trump"), Some("Trump"), Some("said"), false),
            ("nobody believed it.", Some("Pelosi"), Some("Pelosi"), Some("said"), false),
            ("the talks collapsed on Friday.", Some("Jane Doe"), Some("Jane Doe"), Some("According to"), false),
        ],
    );
}

#[test]
fn titles_and_appositives_stay_out_of_the_mention() {
    check(
        "“We are ready,” said Jane Doe, a spokeswoman for the campaign. \
         “It is over,” Senate Majority Leader John Thune, R-S.D., told reporters.\n\n\
         “We disagree,” the spokeswoman said.",
        &[],
        &[
            ("We are ready,", Some("Jane Doe"), Some("Jane Doe"), Some("said"), false),
            ("It is over,", Some("John Thune"), Some("John Thune"), Some("told"), false),
            ("We disagree,", Some("Jane Doe"), Some("the spokeswoman"), Some("said"), false),
        ],
    );
}

#[test]
fn nouns_that_look_like_cues_attribute_nothing() {
    check(
        "The judge asked the jury to investigate reports of possible “irregularities” in the vote.",
        &[],
        &[("irregularities", None, None, None, true)],
    );
}

#[test]
fn dash_credit() {
    check(
        "“Ask not what your country can do for you.” — John F. Kennedy",
        &[],
        &[("Ask not what your country can do for you.", Some("John F. Kennedy"), Some("John F. Kennedy"), None, false)],
    );
}

#[test]
fn a_quote_split_by_its_attribution_keeps_its_speaker() {
    check(
        "“It works,” Ms. Rivera said, “and it is fast.” “We tested it,” she said. \
         “Twice.”",
        &[],
        &[
            ("It works,", Some("Rivera"), Some("Rivera"), Some("said"), false),
            ("and it is fast.", Some("Rivera"), Some("Rivera"), Some("said"), false),
            ("We tested it,", Some("Rivera"), Some("she"), Some("said"), false),
            ("Twice.", Some("Rivera"), Some("she"), Some("said"), false),
        ],
    );
}

#[test]
fn a_quote_over_several_paragraphs_is_one_quote() {
    let text = "He said: “The first paragraph.\n\n“The second paragraph.\n\n“The last one.”\n\nAfter.";
    let found = quotes(text);
    assert_eq!(texts(text, &found), ["The first paragraph.\n\n“The second paragraph.\n\n“The last one."]);
}

#[test]
fn an_unclosed_quote_ends_with_its_paragraph() {
    let text = "She said “this never closes.\n\nA new paragraph with “a real quote” in it.";
    let found = quotes(text);
    assert_eq!(texts(text, &found), ["this never closes.", "a real quote"]);
}

#[test]
fn a_closing_mark_used_to_open() {
    let text = "He said ”we are done” and left. Then “yes.”";
    assert_eq!(texts(text, &quotes(text)), ["we are done", "yes."]);
}

#[test]
fn a_stray_closing_mark_opens_nothing() {
    let text = "It was over.” Then he said “fine” and left.";
    assert_eq!(texts(text, &quotes(text)), ["fine"]);
}

#[test]
fn nested_quotes_report_the_outer_one() {
    let text = "“He told me ‘never again,’ and I believed him,” she said. \
                'Single quotes' work, and \"straight 'nested' ones\" too.";
    assert_eq!(
        texts(text, &quotes(text)),
        ["He told me ‘never again,’ and I believed him,", "Single quotes", "straight 'nested' ones"]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "It’s rock ’n’ roll from the ’90s, the students’ choice, so let ’em dance. \
                Rock 'n' roll in the '80s and the teachers' lounge.";
    assert_eq!(texts(text, &quotes(text)), Vec::<&str>::new());
}

#[test]
fn guillemets_and_low_marks() {
    let text = "Macron a dit « c’est fini » hier. Merz sagte „es reicht“ gestern.";
    assert_eq!(texts(text, &quotes(text)), ["c’est fini", "es reicht"]);
}

#[test]
fn scare_quotes_are_fragments() {
    check(
        "The so-called “peace dividend” never came. Critics call it a “hoax.”",
        &[],
        &[("peace dividend", None, None, None, true), ("hoax.", None, Some("Critics"), Some("call"), false)],
    );
}

#[test]
fn entities_give_the_canonical_name_and_pronouns_resolve() {
    let text = "President Donald Trump met Gov. Kathy Hochul on Monday.\n\n\
                “It was a productive meeting,” Trump said. \
                “We agreed on very little,” Hochul said later.\n\n\
                Hochul spoke again on Tuesday. “I am hopeful,” she said.";
    let entities = [
        person(text, "Donald Trump", &["Donald Trump", "Trump"]),
        person(text, "Kathy Hochul", &["Kathy Hochul", "Hochul"]),
    ];
    check(
        text,
        &entities,
        &[
            ("It was a productive meeting,", Some("Donald Trump"), Some("Trump"), Some("said"), false),
            ("We agreed on very little,", Some("Kathy Hochul"), Some("Hochul"), Some("said"), false),
            ("I am hopeful,", Some("Kathy Hochul"), Some("she"), Some("said"), false),
        ],
    );
}

#[test]
fn pronouns_pass_people_of_the_other_gender() {
    let text = "Sen. Elizabeth Warren questioned Treasury Secretary Scott Bessent.\n\n\
                “Where is the money?” she asked.\n\n\
                “It is all accounted for,” he replied.";
    check(
        text,
        &[],
        &[
            ("Where is the money?", Some("Elizabeth Warren"), Some("she"), Some("asked"), false),
            ("It is all accounted for,", Some("Scott Bessent"), Some("he"), Some("replied"), false),
        ],
    );
}

/// A whole article with no entities: names come from the text.
const SHUTDOWN: &str = "Senate Democrats vow to block spending bill as shutdown looms

WASHINGTON — Senate Minority Leader Chuck Schumer said Tuesday that Democrats would not supply the votes to pass the Republican spending bill, setting up a showdown days before a government shutdown.

“We will not be party to this,” Schumer said on the Senate floor. “Republicans wrote this bill in secret, and they expect us to rubber-stamp it.”

The New York Democrat added that the bill was “a blank check for chaos.”

Senate Majority Leader John Thune, R-S.D., told reporters that he was confident the bill would pass. “The votes are there,” Thune said. “They have always been there.”

“I think at the end of the day, cooler heads will prevail,” said Sen. Lisa Murkowski, a Republican from Alaska who has broken with her party before.

President Donald Trump weighed in on social media late Tuesday. “The Democrats want to shut down the government because they hate America,” Trump wrote on Truth Social. “They will be blamed!”

White House press secretary Karoline Leavitt said the president was “fully prepared” for a shutdown. She told reporters: “The president is not going to negotiate with people who want to hold the country hostage.”

According to a senior Democratic aide, the caucus has been united for weeks.

Mayor Zohran Mamdani of New York, whose city would lose billions in federal aid, was blunt. “This is a disaster for working families,” the mayor said. “We are going to fight it in every court in the land.”

“It’s rock ’n’ roll politics, the kind we saw in the ’90s,” he added, referring to the students’ protests outside City Hall.

Rep. Alexandria Ocasio-Cortez, D-N.Y., put it more sharply.

“They call it a ‘clean’ bill,” she said. “There is nothing clean about it. We have read every page.

“And we will not vote for it.”

Economists have warned that a prolonged shutdown could cost the economy billions — what one analyst called the so-called “shutdown tax” on growth.
";

#[test]
fn shutdown_article() {
    check(
        SHUTDOWN,
        &[],
        &[
            ("We will not be party to this,", Some("Chuck Schumer"), Some("Schumer"), Some("said"), false),
            (
                "Republicans wrote this bill in secret, and they expect us to rubber-stamp it.",
                Some("Chuck Schumer"),
                Some("Schumer"),
                Some("said"),
                false,
            ),
            ("a blank check for chaos.", Some("Chuck Schumer"), Some("The New York Democrat"), Some("added"), false),
            ("The votes are there,", Some("John Thune"), Some("Thune"), Some("said"), false),
            ("They have always been there.", Some("John Thune"), Some("Thune"), Some("said"), false),
            (
                "I think at the end of the day, cooler heads will prevail,",
                Some("Lisa Murkowski"),
                Some("Lisa Murkowski"),
                Some("said"),
                false,
            ),
            (
                "The Democrats want to shut down the government because they hate America,",
                Some("Donald Trump"),
                Some("Trump"),
                Some("wrote"),
                false,
            ),
            ("They will be blamed!", Some("Donald Trump"), Some("Trump"), Some("wrote"), false),
            ("fully prepared", Some("Karoline Leavitt"), Some("Karoline Leavitt"), Some("said"), false),
            (
                "The president is not going to negotiate with people who want to hold the country hostage.",
                Some("Karoline Leavitt"),
                Some("She"),
                Some("told"),
                false,
            ),
            (
                "This is a disaster for working families,",
                Some("Zohran Mamdani"),
                Some("the mayor"),
                Some("said"),
                false,
            ),
            (
                "We are going to fight it in every court in the land.",
                Some("Zohran Mamdani"),
                Some("the mayor"),
                Some("said"),
                false,
            ),
            (
                "It’s rock ’n’ roll politics, the kind we saw in the ’90s,",
                Some("Zohran Mamdani"),
                Some("he"),
                Some("added"),
                false,
            ),
            ("They call it a ‘clean’ bill,", Some("Alexandria Ocasio-Cortez"), Some("she"), Some("said"), false),
            (
                "There is nothing clean about it. We have read every page.\n\n“And we will not vote for it.",
                Some("Alexandria Ocasio-Cortez"),
                Some("she"),
                Some("said"),
                false,
            ),
            ("shutdown tax", None, None, None, true),
        ],
    );
}

#[test]
fn never_panics_and_stays_linear_on_hostile_input() {
    let walls = [
        "“".repeat(100_000),
        "”".repeat(100_000),
        "\"".repeat(100_000),
        "’".repeat(100_000),
        "“a ".repeat(100_000),
        "“a”\n\n".repeat(50_000),
        "“a said he\n\n".repeat(30_000),
        "x ‘ y ’ z « » ‹ › „ ' \" ".repeat(20_000),
        "“He said,” he said, “he said.” ".repeat(20_000),
    ];
    for text in &walls {
        let started = std::time::Instant::now();
        let found = quotes(text);
        for q in &found {
            assert!(q.start <= q.end && q.end <= text.len());
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
        assert!(started.elapsed().as_secs() < 20, "too slow on {:?}", &text[..20]);
    }
    for text in ["", "“", "”", "\"", "'", "“”", "“ ”", "a “", "” a", "—", "“a” —", ", said"] {
        quotes(text);
    }
}

#[test]
fn a_date_is_no_speaker() {
    // "Friday emphasized" reads like "Schumer emphasized"; the entity stage knows Friday is a
    // date, so the scare quote after it has no speaker and is a fragment.
    let text = "The announcements issued in Washington last Friday emphasized the “informal” nature \
                of the meeting.";
    let friday = Entity { kind: EntityKind::Date, ..person(text, "Friday", &["Friday"]) };
    check(text, &[friday], &[("informal", None, None, None, true)]);
}

#[test]
fn the_jury_is_the_jury_last_named() {
    let text = "The Fulton County Grand Jury met on Friday. “Only a handful of reports was received,” \
                the jury said.";
    let jury = Entity {
        kind: EntityKind::Organization,
        ..person(text, "Fulton County Grand Jury", &["Fulton County Grand Jury"])
    };
    check(
        text,
        &[jury],
        &[(
            "Only a handful of reports was received,",
            Some("Fulton County Grand Jury"),
            Some("the jury"),
            Some("said"),
            false,
        )],
    );
    // A person's title is not taken for an organization's name.
    let text = "The City Committee met. “We will vote,” the chairman said.";
    let committee = Entity { kind: EntityKind::Organization, ..person(text, "City Committee", &["City Committee"]) };
    check(text, &[committee], &[("We will vote,", None, Some("the chairman"), Some("said"), false)]);
}

#[test]
fn it_is_the_organization_just_quoted() {
    let text = "The Fulton County Grand Jury met. “The office is well run,” the jury said. It urged that \
                the city “take steps to remedy” the problem.";
    let jury = Entity {
        kind: EntityKind::Organization,
        ..person(text, "Fulton County Grand Jury", &["Fulton County Grand Jury"])
    };
    let found = quotes_with(text, &[jury]);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Fulton County Grand Jury"), Some("Fulton County Grand Jury")]);
    // With no organization quoted before, "it" names no one.
    let text = "It urged that the city “take steps to remedy” the problem.";
    assert_eq!(quotes(text)[0].speaker, None);
}

#[test]
fn a_subject_keeps_the_name_its_prepositions_hang_from() {
    check(
        "Mr. Jones of the State Department said “We are ready.”\n\n\
         Rep. Charles E. Hughes of Sherman, sponsor of the bill, said it was “a gift to banks.”\n\n\
         Harold Clurman of The Nation has said that it is “the concentrate of the mood.”",
        &[],
        &[
            ("We are ready.", Some("Jones"), Some("Jones"), Some("said"), false),
            ("a gift to banks.", Some("Charles E. Hughes"), Some("Charles E. Hughes"), Some("said"), false),
            ("the concentrate of the mood.", Some("Harold Clurman"), Some("Harold Clurman"), Some("said"), false),
        ],
    );
}

#[test]
fn a_name_with_of_inside_or_a_quantifier_is_not_split() {
    let text = "The Declaration of Independence says that “governments derive their powers.”\n\n\
                One of the reporters called to him: “Anything new?”";
    let found = quotes(text);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(texts(text, &found), ["governments derive their powers.", "Anything new?"]);
    assert!(!speakers.contains(&Some("Declaration")) && !speakers.contains(&Some("One")), "{speakers:?}");
}

#[test]
fn a_quote_ending_its_sentence_is_attributed_in_that_sentence() {
    check(
        "Jones said: “We are ready.” The United States agreed.\n\n\
         “Are we ready?” Smith asked.",
        &[],
        &[
            ("We are ready.", Some("Jones"), Some("Jones"), Some("said"), false),
            ("Are we ready?", Some("Smith"), Some("Smith"), Some("asked"), false),
        ],
    );
}

#[test]
fn in_the_words_of_credits_the_speaker() {
    check(
        "The players, in the words of Coach John Benington, “had more confidence than I did.”",
        &[],
        &[(
            "had more confidence than I did.",
            Some("John Benington"),
            Some("John Benington"),
            Some("in the words of"),
            false,
        )],
    );
}

#[test]
fn a_parenthesis_after_the_name_is_skipped() {
    check(
        "“It's a disaster,” Senate Minority Leader Chuck Schumer (D-N.Y.) told reporters.\n\n\
         Rep. Jane Doe (R-Texas) said: “We will see.”\n\n\
         Rep. John Roe (D-N.Y.) of Albany said it was “fine.”",
        &[],
        &[
            ("It's a disaster,", Some("Chuck Schumer"), Some("Chuck Schumer"), Some("told"), false),
            ("We will see.", Some("Jane Doe"), Some("Jane Doe"), Some("said"), false),
            ("fine.", Some("John Roe"), Some("John Roe"), Some("said"), false),
        ],
    );
}

#[test]
fn a_description_headed_by_a_known_name_is_that_entity() {
    let text = "The White House said in a statement that the president “remains committed.”\n\n\
                “No comment,” the New York mayor said.";
    let start = text.find("White House").unwrap();
    let white_house = Entity {
        name: "White House".into(),
        kind: EntityKind::Organization,
        count: 1,
        mentions: vec![Span::new(start, start + "White House".len())],
    };
    let start = text.find("New York").unwrap();
    let new_york = Entity {
        name: "New York".into(),
        kind: EntityKind::Place,
        count: 1,
        mentions: vec![Span::new(start, start + "New York".len())],
    };
    check(
        text,
        &[white_house, new_york],
        &[
            ("remains committed.", Some("White House"), Some("White House"), Some("said"), false),
            ("No comment,", None, Some("the New York mayor"), Some("said"), false),
        ],
    );
}

#[test]
fn an_appositive_name_is_the_speaker_a_description_introduces() {
    check(
        "Biden's spokesman, Andrew Bates, said the claims were “baseless.”\n\n\
         The mayor, a Democrat, said it was “fine.”\n\n\
         Schumer, the minority leader, said it was “a farce.”",
        &[],
        &[
            ("baseless.", Some("Andrew Bates"), Some("Andrew Bates"), Some("said"), false),
            ("fine.", None, Some("The mayor"), Some("said"), false),
            ("a farce.", Some("Schumer"), Some("Schumer"), Some("said"), false),
        ],
    );
}

#[test]
fn a_spokesperson_speaks_for_the_organization() {
    let text = "According to a spokesperson for Apple, the company “takes privacy seriously.”\n\n\
                “We disagree,” a spokesman for the Pentagon said.";
    let organization = |name: &str| {
        let start = text.find(name).unwrap();
        Entity {
            name: name.into(),
            kind: EntityKind::Organization,
            count: 1,
            mentions: vec![Span::new(start, start + name.len())],
        }
    };
    check(
        text,
        &[organization("Apple"), organization("Pentagon")],
        &[
            ("takes privacy seriously.", Some("Apple"), Some("Apple"), Some("According to"), false),
            ("We disagree,", Some("Pentagon"), Some("Pentagon"), Some("said"), false),
        ],
    );
}

#[test]
fn in_someones_own_words_credits_them() {
    let text = "Mr. Kennedy arrived. He is, in Mr. Kennedy’s own words, “shrewd and tough.” \
                Elizabeth Warren spoke next; in her words, “it is a scandal.”";
    check(
        text,
        &[person(text, "Kennedy", &["Kennedy"]), person(text, "Elizabeth Warren", &["Elizabeth Warren"])],
        &[
            ("shrewd and tough.", Some("Kennedy"), Some("Kennedy"), Some("in Mr. Kennedy’s own words"), false),
            ("it is a scandal.", Some("Elizabeth Warren"), Some("her"), Some("in her words"), false),
        ],
    );
}

#[test]
fn every_verb_filler_ends_the_subject_before_it() {
    check(
        "“We are ready,” Smith frequently said.",
        &[],
        &[("We are ready,", Some("Smith"), Some("Smith"), Some("said"), false)],
    );
}

#[test]
fn a_participle_cue_takes_the_subject_of_its_sentence() {
    let text = "Sen. Lisa Murkowski spoke first. She criticized the plan, adding: “We can do better.” \
                Chuck Schumer said the bill was dead and joined the protest, saying: “It is over.”\n\n\
                He would sit down and a clerk would come running, calling out “At your service.”";
    let people =
        [person(text, "Lisa Murkowski", &["Lisa Murkowski"]), person(text, "Chuck Schumer", &["Chuck Schumer"])];
    let found = quotes_with(text, &people);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Lisa Murkowski"), Some("Chuck Schumer"), None], "{:#?}", rows(text, &found));
    assert_eq!(found[0].speaker_mention.map(|m| m.of(text)), Some("She"));
}

#[test]
fn a_title_with_its_office_before_the_name_after_the_quote() {
    let text = "“We won,” President of Baseball Operations John Mozeliak said. \
                “We lost,” Secretary of State Mike Pompeo told reporters.";
    let people = [person(text, "John Mozeliak", &["John Mozeliak"]), person(text, "Mike Pompeo", &["Mike Pompeo"])];
    let found = quotes_with(text, &people);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("John Mozeliak"), Some("Mike Pompeo")], "{:#?}", rows(text, &found));
}

#[test]
fn accusing_and_dismissing_introduce_a_partial_quote() {
    check(
        "Kemi Badenoch accused him of “waging a war on aspiration”. \
         Paul Whiteman dismissed the estimate as “plausible but uncertain”.",
        &[],
        &[
            ("waging a war on aspiration", Some("Kemi Badenoch"), Some("Kemi Badenoch"), Some("accused"), false),
            ("plausible but uncertain", Some("Paul Whiteman"), Some("Paul Whiteman"), Some("dismissed"), false),
        ],
    );
}

#[test]
fn the_company_is_the_organization_the_story_is_about() {
    let text = "OpenAI said on Thursday that it had hired former Google executive Fidji Simo. \
                “We are thrilled to have her,” the company said in a statement.";
    let organization = |name: &str| Entity {
        name: name.to_string(),
        kind: EntityKind::Organization,
        count: 1,
        mentions: text.match_indices(name).map(|(at, _)| Span::new(at, at + name.len())).collect(),
    };
    let found = quotes_with(text, &[organization("OpenAI"), organization("Google")]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.as_deref(), Some("OpenAI"), "{:#?}", rows(text, &found));
}

#[test]
fn a_participle_cue_after_a_dateline_and_an_appositive() {
    // The wire story's dateline does not open the sentence's clause, and the subject's verb
    // may come after an appositive.
    let text = "WASHINGTON (AP) — Sen. Maria Cantwell, D-Wash., pressed the department on Wednesday, \
                saying the delay “puts jobs at risk.”\n\n\
                KYIV, Ukraine — Mayor Vitali Klitschko toured the site, adding: “We will rebuild.”\n\n\
                NEW YORK — Stocks fell, and traders sold, saying: “It is too much.”";
    let people =
        [person(text, "Maria Cantwell", &["Maria Cantwell"]), person(text, "Vitali Klitschko", &["Vitali Klitschko"])];
    let found = quotes_with(text, &people);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Maria Cantwell"), Some("Vitali Klitschko"), None], "{:#?}", rows(text, &found));
}

#[test]
fn a_second_partial_quote_joined_to_the_first_has_its_speaker() {
    // Not past a name ("and Mrs. Whipsnade was"), nor to a "so-called" term.
    let text = "Demis Hassabis said the field was “moving incredibly fast” but that testing “has to keep pace.”\n\n\
                Roy Robards said she was “the Mare” and Mrs. Whipsnade was “the Queen.”\n\n\
                Pip wanted what Wemmick calls “portable property” and what Jaggers calls “a fortune.”\n\n\
                Ann Lee said the plan was “bold” and the so-called “reform” was late.";
    let people = [
        person(text, "Demis Hassabis", &["Demis Hassabis"]),
        person(text, "Roy Robards", &["Roy Robards"]),
        person(text, "Wemmick", &["Wemmick"]),
        person(text, "Jaggers", &["Jaggers"]),
        person(text, "Ann Lee", &["Ann Lee"]),
    ];
    let found = quotes_with(text, &people);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    let expected = [
        Some("Demis Hassabis"),
        Some("Demis Hassabis"),
        Some("Roy Robards"),
        None,
        Some("Wemmick"),
        Some("Jaggers"),
        Some("Ann Lee"),
        None,
    ];
    assert_eq!(speakers, expected, "{:#?}", rows(text, &found));
}

#[test]
fn the_agency_is_the_organization_the_story_is_about() {
    let text = "The Centers for Disease Control and Prevention reported new cases on Friday. \
                “Vaccination remains the best protection,” the agency said.";
    let name = "Centers for Disease Control and Prevention";
    let at = text.find(name).unwrap();
    let agency = Entity {
        name: name.to_string(),
        kind: EntityKind::Organization,
        count: 1,
        mentions: vec![Span::new(at, at + name.len())],
    };
    let found = quotes_with(text, &[agency]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.as_deref(), Some(name), "{:#?}", rows(text, &found));
}

#[test]
fn a_participle_cue_after_a_title_of_several_words() {
    let text = "Finance Minister Nirmala Sitharaman welcomed the decision, saying it “balances growth.”";
    let found = quotes_with(text, &[person(text, "Nirmala Sitharaman", &["Nirmala Sitharaman"])]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.as_deref(), Some("Nirmala Sitharaman"), "{:#?}", rows(text, &found));
}

#[test]
fn the_people_of_a_question_put_to_the_speaker_are_not_the_speaker() {
    let text = "Fed Chair Jerome Powell declined to say when cuts would come. Asked whether tariffs \
                imposed by President Donald Trump would raise prices, he said it was “too early to tell.”";
    check(text, &[], &[("too early to tell.", Some("Jerome Powell"), Some("he"), Some("said"), false)]);
}

#[test]
fn a_role_noun_describes_the_person_just_named() {
    let text = "Saka, who has scored in five straight games, said the crowd carried the team. \
                “You feel you can't lose,” the England winger said.";
    let saka = person(text, "Bukayo Saka", &["Saka"]);
    check(
        text,
        &[saka],
        &[("You feel you can't lose,", Some("Bukayo Saka"), Some("the England winger"), Some("said"), false)],
    );
}

#[test]
fn a_title_after_its_noun_and_a_comma_is_nobodys_words() {
    let text = "Besides doing a single song, “When The Sun Comes Out”, they worked on a revue.";
    check(text, &[], &[("When The Sun Comes Out", None, None, None, true)]);
}

#[test]
fn an_indefinite_role_noun_is_someone_else() {
    let text = "Saka scored twice. “It was a great night,” a winger said.";
    let saka = person(text, "Bukayo Saka", &["Saka"]);
    check(text, &[saka], &[("It was a great night,", None, Some("a winger"), Some("said"), false)]);
}

#[test]
fn an_office_no_one_was_named_with_is_the_one_person_just_named() {
    let text = "Rishi Sunak urged union leaders to return to talks.\n\n\
                Speaking on Tuesday, the prime minister said: ‘We have made a fair offer.’\n\n\
                “We want to keep talking,” the prime minister added.\n\n\
                Pep Guardiola praised his side. “We never gave up,” the City manager said.";
    let sunak = person(text, "Rishi Sunak", &["Rishi Sunak"]);
    let pep = person(text, "Pep Guardiola", &["Pep Guardiola"]);
    check(
        text,
        &[sunak, pep],
        &[
            ("We have made a fair offer.", Some("Rishi Sunak"), Some("the prime minister"), Some("said"), false),
            ("We want to keep talking,", Some("Rishi Sunak"), Some("the prime minister"), Some("added"), false),
            ("We never gave up,", Some("Pep Guardiola"), Some("the City manager"), Some("said"), false),
        ],
    );
}

#[test]
fn an_office_that_may_be_someone_else_is_left_as_written() {
    // Written before as someone of its own; two people in the last sentence; an "of" after
    // it; the person too far back; a first name only.
    let texts = [
        "The Anniston manager came over. Mike Deegan sat still. “Deegan,” the manager said.",
        "Pep Guardiola met Mikel Arteta. “We never gave up,” the manager said.",
        "Pat Cullen spoke. “It is a crisis,” said the president of the union.",
        "Rishi Sunak spoke. It rained. It rained. It rained. It rained. “No,” the prime minister said.",
        "Kate moved through it all. “God called her to Him,” the minister said.",
    ];
    for text in texts {
        let people = ["Mike Deegan", "Pep Guardiola", "Mikel Arteta", "Pat Cullen", "Rishi Sunak", "Kate"]
            .iter()
            .filter(|name| text.contains(*name))
            .map(|name| person(text, name, &[name]))
            .collect::<Vec<_>>();
        let found = quotes_with(text, &people);
        assert_eq!(found.len(), 1, "{text}");
        assert!(found[0].speaker.as_deref().is_none_or(|s| !people.iter().any(|p| p.name == s)), "{text}");
    }
}

#[test]
fn a_spokesperson_after_a_name_speaks_for_it() {
    let text = "“We deny it,” a Pentagon spokeswoman said. ‘These reforms are essential,’ a No 10 spokesman said.";
    let mut pentagon = person(text, "Pentagon", &["Pentagon"]);
    pentagon.kind = EntityKind::Organization;
    check(
        text,
        &[pentagon],
        &[
            ("We deny it,", Some("Pentagon"), Some("Pentagon"), Some("said"), false),
            // "No" is no name: the spokesman is left unnamed.
            ("These reforms are essential,", None, Some("a No 10 spokesman"), Some("said"), false),
        ],
    );
}

#[test]
fn a_person_in_the_possessive_before_another_is_not_the_subject() {
    let text = "Reyes’ lawyer, Michael Feldman, said his client would plead not guilty. \
                “Mr. Reyes looks forward to clearing his name,” he said.";
    let reyes = person(text, "Daniel Reyes", &["Reyes"]);
    let feldman = person(text, "Michael Feldman", &["Michael Feldman"]);
    check(
        text,
        &[reyes, feldman],
        &[("Mr. Reyes looks forward to clearing his name,", Some("Michael Feldman"), Some("he"), Some("said"), false)],
    );
}

#[test]
fn a_quote_after_a_colon_is_the_colons_sentences() {
    check(
        "US President Barack Obama tweeted using his account:\n\n“Cool clock, Ahmed.”\n\n\
         During questions on Wednesday, Sunak defended the record whilst promising a “formal update” is forthcoming: “We are working \
         on it.”\n\n\
         He heard the words: “Rock of Ages, cleft for me.”",
        &[],
        &[
            ("Cool clock, Ahmed.", Some("Barack Obama"), Some("Barack Obama"), Some("tweeted"), false),
            ("formal update", Some("Sunak"), Some("Sunak"), Some("promising"), false),
            ("We are working on it.", Some("Sunak"), Some("Sunak"), Some("promising"), false),
            // No reporting verb and no name: nobody's statement.
            ("Rock of Ages, cleft for me.", None, None, None, false),
        ],
    );
}

#[test]
fn a_subject_described_or_named_with_and_or_after_an_honorific() {
    check(
        "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the \
         ruling “dangerous.”\n\n\
         Matthew Ingram of The Globe and Mail dubbed the conflict “another small skirmish in a long war.”\n\n\
         Undersecretary for Education Mr. Toccafondi says “many schools will increase their fees.”\n\n\
         The report's authors say iodine deficiency is “the sleeper health issue in Australia.”\n\n\
         “It is an interesting tool,” said the post by an unknown author.",
        &[],
        &[
            ("dangerous.", Some("Nunzio Galantino"), Some("Nunzio Galantino"), Some("called"), false),
            (
                "another small skirmish in a long war.",
                Some("Matthew Ingram"),
                Some("Matthew Ingram"),
                Some("dubbed"),
                false,
            ),
            ("many schools will increase their fees.", Some("Toccafondi"), Some("Toccafondi"), Some("says"), false),
            ("the sleeper health issue in Australia.", None, Some("The report's authors"), Some("say"), false),
            ("It is an interesting tool,", None, Some("the post"), Some("said"), false),
        ],
    );
}

#[test]
fn a_quote_after_a_sentence_that_reports_is_its_speakers() {
    check(
        "Heald noted the findings show pollution reduction is also important. “An air-quality \
         cleanup would improve crop yields.”\n\n\
         The conversion is not yet completed, Juras said. “Do you feel you can stand up to it?”",
        &[],
        &[
            ("An air-quality cleanup would improve crop yields.", Some("Heald"), Some("Heald"), Some("noted"), false),
            // A question is put to the speaker.
            ("Do you feel you can stand up to it?", None, None, None, false),
        ],
    );
}

#[test]
fn a_possessive_description_then_the_name_it_describes() {
    check(
        "The agency warned on Thursday that it faces a shortfall.\n\n\
         “We are being asked to do more with less,” said Filippo Grandi's successor, High \
         Commissioner Barham Salih, at a press conference.",
        &[],
        &[(
            "We are being asked to do more with less,",
            Some("Barham Salih"),
            Some("Barham Salih"),
            Some("said"),
            false,
        )],
    );
}

#[test]
fn an_appositive_names_a_role_then_the_person() {
    check(
        "The study's author, economist Laura Chen of the University of Chicago, said the findings were \
         “consistent with decades of research.”\n\n\
         The mayor, a Democrat, said it was “a turning point.”",
        &[],
        &[
            ("consistent with decades of research.", Some("Laura Chen"), Some("Laura Chen"), Some("said"), false),
            ("a turning point.", None, Some("The mayor"), Some("said"), false),
        ],
    );
}

#[test]
fn after_a_question_put_to_someone_he_is_the_one_it_was_put_to() {
    let text = "Mohamed Salah scored. Asked about Salah's contract, which expires in the summer, Arne Slot \
                smiled. “That is a question for the club,” he said.";
    let entities =
        [person(text, "Mohamed Salah", &["Mohamed Salah", "Salah"]), person(text, "Arne Slot", &["Arne Slot"])];
    let found = quotes_with(text, &entities);
    assert_eq!(found[0].speaker.as_deref(), Some("Arne Slot"));
}

#[test]
fn a_quote_after_a_long_attribution_goes_on_with_it() {
    check(
        "“These are the most encouraging results,” said Dr. Catherine Mummery, a neurologist at the \
         National Hospital for Neurology and Neurosurgery in London, who led the study. “But we need \
         larger trials.”",
        &[],
        &[
            (
                "These are the most encouraging results,",
                Some("Catherine Mummery"),
                Some("Catherine Mummery"),
                Some("said"),
                false,
            ),
            ("But we need larger trials.", Some("Catherine Mummery"), Some("Catherine Mummery"), Some("said"), false),
        ],
    );
}

#[test]
fn a_noun_after_a_reporting_verb_is_no_cue() {
    check(
        "Huang said demand for Blackwell “is staggering” and that supply would improve.",
        &[],
        &[("is staggering", Some("Huang"), Some("Huang"), Some("said"), false)],
    );
}

#[test]
fn a_noun_that_names_one_person_by_nationality_is_the_person_just_named() {
    let text = "Arne Slot, who succeeded Jurgen Klopp in 2024, admitted his side had been second best. \
                “We were not good enough today,” the Dutchman said. \
                “It was a hard day,” the Italian said.";
    let slot = person(text, "Arne Slot", &["Arne Slot"]);
    let klopp = person(text, "Jurgen Klopp", &["Jurgen Klopp"]);
    check(
        text,
        &[slot, klopp],
        &[
            ("We were not good enough today,", Some("Arne Slot"), Some("Dutchman"), Some("said"), false),
            // "the Italian" may be anyone Italian: left as written.
            ("It was a hard day,", Some("Italian"), Some("Italian"), Some("said"), false),
        ],
    );
}

#[test]
fn a_quote_after_a_colon_goes_to_a_name_in_apposition_to_the_subject() {
    check(
        "Some riders agreed. Her husband, Luis, was less sure: “Ask me again in February.” \
         The mayor, Ann Lee, was blunter: “No.”",
        &[],
        &[
            ("Ask me again in February.", Some("Luis"), Some("Luis"), None, false),
            ("No.", Some("Ann Lee"), Some("Ann Lee"), None, false),
        ],
    );
}

#[test]
fn continue_to_do_reports_nothing() {
    let found = quotes(
        "Mark Rutte said the alliance would continue to support Ukraine “for as long as it takes.” \
         Although we continue to pay our devotions to “free private enterprise”, little changed.",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].speaker.as_deref(), Some("Mark Rutte"));
    assert_eq!(found[0].cue.as_deref(), Some("said"));
    assert_eq!(found[1].cue, None);
}

#[test]
fn a_title_of_a_work_is_nobodys_words_and_no_barrier() {
    let text = "“He was a genius,” said the director Francis Ford Coppola, who cast Hackman in “The \
                Conversation” (1974). “I learned more from him than from anyone.” The actor Morgan \
                Freeman, who starred with Hackman in “Unforgiven,” said he was “heartbroken.” “No,” \
                she said.";
    let found = quotes(text);
    let row = |k: usize| (&text[found[k].start..found[k].end], found[k].speaker.as_deref(), found[k].fragment);
    assert_eq!(found.len(), 6);
    assert_eq!(row(0), ("He was a genius,", Some("Francis Ford Coppola"), false));
    assert_eq!(row(1), ("The Conversation", None, true));
    assert_eq!(row(2), ("I learned more from him than from anyone.", Some("Francis Ford Coppola"), false));
    assert_eq!(row(3), ("Unforgiven,", None, true));
    assert_eq!(row(4), ("heartbroken.", Some("Morgan Freeman"), false));
    // A one-word answer is a quote, not a title.
    assert_eq!(found[5].cue.as_deref(), Some("said"));
}

#[test]
fn a_pronoun_after_someone_reported_but_not_named_is_theirs() {
    let text = "“This was senseless,” Mayor Kate Gallego said.\n\n\
                The owner of the nightclub, who asked not to be named because she feared for her \
                safety, said the suspect had been asked to leave.\n\n\
                “He was angry,” she said.\n\n\
                Gallego spoke again on Monday. A witness was there too. “We are safer,” she said.";
    let entities = [person(text, "Kate Gallego", &["Kate Gallego", "Gallego"])];
    check(
        text,
        &entities,
        &[
            ("This was senseless,", Some("Kate Gallego"), Some("Kate Gallego"), Some("said"), false),
            ("He was angry,", None, Some("she"), Some("said"), false),
            // A description with no reporting verb takes no one's words.
            ("We are safer,", Some("Kate Gallego"), Some("she"), Some("said"), false),
        ],
    );
}

#[test]
fn one_sides_manager_is_not_the_other_sides() {
    let text = "“Erling is a machine,” City manager Pep Guardiola said.\n\n\
                Mikel Arteta was left frustrated. “We gave them two goals,” the Arsenal manager said.";
    let entities = [person(text, "Pep Guardiola", &["Pep Guardiola"]), person(text, "Mikel Arteta", &["Mikel Arteta"])];
    check(
        text,
        &entities,
        &[
            ("Erling is a machine,", Some("Pep Guardiola"), Some("Pep Guardiola"), Some("said"), false),
            ("We gave them two goals,", Some("Mikel Arteta"), Some("the Arsenal manager"), Some("said"), false),
        ],
    );
}

#[test]
fn an_age_or_a_nationality_after_it_is_the_person_just_named() {
    let text = "Novak Djokovic won again.\n\n“I love playing here,” the 37-year-old Serb said. \
                “The fans support me,” said the 37-year-old. The 37-year-old added: “It is home.”";
    let entities = [person(text, "Novak Djokovic", &["Novak Djokovic"])];
    check(
        text,
        &entities,
        &[
            ("I love playing here,", Some("Novak Djokovic"), Some("Serb"), Some("said"), false),
            ("The fans support me,", Some("Novak Djokovic"), Some("the 37-year-old"), Some("said"), false),
            ("It is home.", Some("Novak Djokovic"), Some("The 37-year-old"), Some("added"), false),
        ],
    );
}

#[test]
fn a_post_named_by_its_platform_is_no_cue() {
    let text = "Taylor Swift sang. In an Instagram post, Swift thanked fans for “making this dream \
                come true.” In a Facebook post, she wrote: “Thank you all.”";
    let entities = [person(text, "Taylor Swift", &["Taylor Swift", "Swift"])];
    check(
        text,
        &entities,
        &[
            ("making this dream come true.", None, None, None, false),
            ("Thank you all.", Some("Taylor Swift"), Some("she"), Some("wrote"), false),
        ],
    );
}
