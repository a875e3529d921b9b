//! Tests of the whole entity stage on small news-like texts.

use crate::report::{Entity, EntityKind};
use crate::{sentences, tokens};

fn entities(text: &str) -> Vec<Entity> {
    let tokens = tokens::tokenize(text);
    let sentences = sentences::split(text, &tokens);
    super::find(text, &tokens, &crate::spellings::Spellings::new(text, &tokens), &sentences)
}

/// The mentions of the entity named `name`, as text.
fn mentions<'t>(text: &'t str, found: &[Entity], name: &str) -> Vec<&'t str> {
    found
        .iter()
        .find(|e| e.name == name)
        .map(|e| e.mentions.iter().map(|m| &text[m.start..m.end]).collect())
        .unwrap_or_default()
}

fn kind_of(found: &[Entity], name: &str) -> Option<EntityKind> {
    found.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn full_name_title_and_possessive_merge() {
    let text = "President Donald Trump’s lawyer spoke on Monday. Trump said he was pleased. \
                Later President Trump left.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Donald Trump"), ["President Donald Trump", "Trump", "President Trump"]);
    assert_eq!(kind_of(&found, "Donald Trump"), Some(EntityKind::Person));
    assert_eq!(found[0].name, "Donald Trump");
    assert_eq!(found[0].count, 3);
}

#[test]
fn a_title_is_in_a_persons_mention_but_not_in_the_name_and_a_party_tag_in_neither() {
    let text = "Sen. Chuck Schumer, D-N.Y., met Gov. Kathy Hochul. Schumer said it went well. \
                Prime Minister Rishi Sunak came. The Foreign Secretary spoke. Inspector Ray Fox left. \
                The council heard from mayor Ann Lee. Undersecretary for Education Mr. Toccafondi agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Chuck Schumer"), ["Sen. Chuck Schumer", "Schumer"]);
    assert_eq!(mentions(text, &found, "Kathy Hochul"), ["Gov. Kathy Hochul"]);
    assert_eq!(kind_of(&found, "Kathy Hochul"), Some(EntityKind::Person));
    // A title's qualifying words go with it; a title in lower case stays outside.
    assert_eq!(mentions(text, &found, "Rishi Sunak"), ["Prime Minister Rishi Sunak"]);
    assert_eq!(mentions(text, &found, "Ray Fox"), ["Inspector Ray Fox"]);
    assert_eq!(mentions(text, &found, "Ann Lee"), ["Ann Lee"]);
    assert_eq!(mentions(text, &found, "Toccafondi"), ["Mr. Toccafondi"]);
    assert!(found.iter().all(|e| !e.name.contains("D-N.Y")));
}

#[test]
fn leading_the_is_outside_spans() {
    let text = "Officials at the United Nations met the Justice Department in Geneva.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "United Nations"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Justice Department"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Geneva"), Some(EntityKind::Place));
}

#[test]
fn acronym_merges_with_expansion() {
    let text = "The New York Police Department (NYPD) made arrests. The NYPD said more would follow.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "New York Police Department"), ["New York Police Department", "NYPD", "NYPD"]);
    assert_eq!(kind_of(&found, "New York Police Department"), Some(EntityKind::Organization));
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    let text = "Donald Trump arrived first. Melania Trump followed an hour later. \
                Trump waved to the crowd.";
    let found = entities(text);
    let donald = mentions(text, &found, "Donald Trump");
    let melania = mentions(text, &found, "Melania Trump");
    assert_eq!(donald.len() + melania.len(), 3);
    assert!(!donald.is_empty() && !melania.is_empty());
    // The bare surname goes to the latest mentioned.
    assert_eq!(melania, ["Melania Trump", "Trump"]);
}

#[test]
fn names_with_and_without_accents_merge() {
    let text = "José Núñez joined the board. Jose Nunez said he was honoured.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "José Núñez"), ["José Núñez", "Jose Nunez"]);
}

#[test]
fn places_after_in_and_organization_suffixes() {
    let text = "The talks took place in Kabul. Acme Widgets Inc. and the Labour Party sent \
                delegates, as did Harvard University.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Kabul"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Acme Widgets Inc."), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Labour Party"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Harvard University"), Some(EntityKind::Organization));
}

#[test]
fn city_mayor_splits_into_place_and_person() {
    let text = "New York City Mayor Zohran Mamdani said the city would act. Mamdani left.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "New York City"), Some(EntityKind::Place));
    assert_eq!(mentions(text, &found, "Zohran Mamdani"), ["Mayor Zohran Mamdani", "Mamdani"]);
}

#[test]
fn dates_money_and_percentages() {
    let text = "On Tuesday, July 21, 2017, the firm paid $1.5 million and €20, up 50% or \
                12 percent on last week. #news @reporter https://example.com/a x@example.com";
    let found = entities(text);
    let of = |kind| found.iter().filter(|e| e.kind == kind).map(|e| e.name.as_str()).collect::<Vec<_>>();
    assert!(of(EntityKind::Date).contains(&"Tuesday, July 21, 2017"));
    assert!(of(EntityKind::Date).contains(&"last week"));
    assert!(of(EntityKind::Money).contains(&"$1.5 million"));
    assert!(of(EntityKind::Money).contains(&"€20"));
    assert!(of(EntityKind::Percent).contains(&"50%"));
    assert!(of(EntityKind::Percent).contains(&"12 percent"));
    assert_eq!(of(EntityKind::Hashtag), ["#news"]);
    assert_eq!(of(EntityKind::Handle), ["@reporter"]);
    assert_eq!(of(EntityKind::Url), ["https://example.com/a"]);
    assert_eq!(of(EntityKind::Email), ["x@example.com"]);
    // Other currencies by name; a weight is no money.
    let text = "Shares rose to 42 pence, and the bonds to 900 shekels. He carried a 200 pound pack.";
    let found = entities(text);
    let of = |kind| found.iter().filter(|e| e.kind == kind).map(|e| e.name.as_str()).collect::<Vec<_>>();
    assert_eq!(of(EntityKind::Money), ["42 pence", "900 shekels"]);
}

#[test]
fn sentence_initial_capitals_are_not_entities() {
    let text = "However, the vote failed. The result surprised everyone. Protesters gathered \
                outside. Yesterday the committee met.";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    for word in ["However", "The", "Protesters", "Yesterday"] {
        assert!(!names.contains(&word), "{word} reported in {names:?}");
    }
}

#[test]
fn demonyms_are_not_places() {
    let text = "German officials met French diplomats in Paris.";
    let found = entities(text);
    assert!(found.iter().all(|e| e.name != "German" && e.name != "French"));
    assert_eq!(kind_of(&found, "Paris"), Some(EntityKind::Place));
}

#[test]
fn order_is_by_count_then_first_mention() {
    let text = "Paris is calm. Anna Smith met Bob Jones in Paris. Jones said Smith was late.";
    let found = entities(text);
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.count > b.count || (a.count == b.count && a.mentions[0].start < b.mentions[0].start));
    }
    for e in &found {
        assert_eq!(e.count, e.mentions.len());
        assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start));
    }
}

#[test]
fn spans_always_slice_the_text() {
    let odd = [
        "",
        " ",
        "Ä",
        "É. Ö. Ü.",
        "😀 Trump 😀’s 👍🏽 Élodie Dupré in Zürich.",
        "BREAKING: TRUMP MEETS PUTIN IN HELSINKI\nTrump met Putin.",
        "THE NEW YORK TIMES (NYT) ÉTÉ $ % € 1.5 million",
        "D- R- I- D-Ö Mr. Mrs. Sen. Gov. President",
        "«Ça va», dit Ğ. Ñandú de la Peña y Ortíz von Bülow & Co.",
        "$\u{300}5 %\u{301} 3\u{302}% Ⅻ ǅemal Ǆ ß ẞ İstanbul",
        "the the The THE. of Of OF & && @ # http:// a@ .com",
        "Tuesday, May 5, 2020 2020 in 2020 last",
        "\u{200B}Zero\u{200B}Width\u{FEFF} Ω Ωmega in Ωmega",
    ];
    for text in odd {
        for e in entities(text) {
            assert_eq!(e.count, e.mentions.len());
            for m in &e.mentions {
                assert!(m.start < m.end && m.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }
}

#[test]
fn output_is_deterministic() {
    let text = "Anna Smith and Bob Smith met Carl Jones and the NYPD in Boston. Smith left. \
                Jones stayed. The FBI and the CIA and NATO watched.";
    assert_eq!(entities(text), entities(text));
}

/// A US political news story written for textlens (not from any corpus): the people,
/// organizations and places a reader would list, with how often each is named. The entity
/// stage must find at least 90% of them with the right kind, and at least 85% of what it
/// reports as a person, organization or place must be on the list.
const POLITICAL_STORY: &str = r#"Hochul, Mamdani clash with Trump administration over ICE raids in New York

ALBANY, N.Y. — Gov. Kathy Hochul on Tuesday accused the Trump administration of "terrorizing" immigrant families after agents from Immigration and Customs Enforcement (ICE) detained dozens of workers at a construction site in Queens.

"This is not how a democracy treats its neighbors," Hochul told reporters at the state Capitol. "We will not stand by while federal agents sweep up people who have lived here for decades."

New York City Mayor Zohran Mamdani, who took office in January, said the city's police department would not cooperate with the operation. Mamdani met with Police Commissioner Jessica Tisch at City Hall on Wednesday morning, according to a statement from his office.

The raids come as the Justice Department presses ahead with lawsuits against so-called sanctuary cities. Attorney General Pam Bondi said in a statement that New York officials "are putting politics ahead of public safety." Homeland Security Secretary Kristi Noem's department defended the arrests, saying all of those detained had final orders of removal.

Senate Minority Leader Chuck Schumer, D-N.Y., called the operation "cruel and chaotic" and demanded that ICE release the names of those held. Rep. Alexandria Ocasio-Cortez, D-N.Y., joined protesters outside the Jacob K. Javits Federal Building in Manhattan, where many of the detainees were being processed.

Republicans pushed back. House Speaker Mike Johnson, R-La., said Democrats were "defending lawbreakers," while Rep. Elise Stefanik, R-N.Y., urged the Department of Homeland Security to expand the operation to Buffalo and Rochester.

At the White House, press secretary Karoline Leavitt said President Donald Trump was "fully behind" the agents. Trump, speaking later to reporters aboard Air Force One, called Mamdani "a communist" and threatened to withhold federal funding from New York City.

The American Civil Liberties Union (ACLU) filed an emergency motion in federal court in Brooklyn on Wednesday, arguing that the detentions violated due process. Donna Lieberman, executive director of the New York Civil Liberties Union, said the group had heard from more than 40 families.

The dispute is the latest in a series of confrontations between Washington and Democratic-led states. In June, Trump deployed the National Guard to Los Angeles over the objections of California Gov. Gavin Newsom. Illinois Gov. JB Pritzker has also sued the administration over immigration enforcement in Chicago.

Hochul, who faces reelection next year, has tried to strike a balance. She said New York would cooperate with the FBI on criminal investigations but would not let state troopers assist ICE. Her likely Republican challenger, Bruce Blakeman, the Nassau County executive, said the governor had "chosen illegal immigrants over New Yorkers."

Outside the Javits center, Maria Lopez, 34, said her brother had been taken while pouring concrete. "He has been here since 2009," Lopez said. "He pays taxes. He has two kids."

The Department of Homeland Security did not respond to a request for comment. A spokeswoman for the New York Police Department said officers were present only to direct traffic. The Metropolitan Transportation Authority said subway service near the site was briefly suspended.

Schumer said he would raise the raids with Senate Majority Leader John Thune and would press the Senate Judiciary Committee to hold hearings. The committee's chairman, Sen. Chuck Grassley of Iowa, did not comment.

Reporting by the Associated Press and Reuters contributed to this article.
"#;

#[test]
fn political_story_entities() {
    use EntityKind::{Organization as O, Person as P, Place as L};
    // (name, kind, mentions). Left out on purpose: "Democrats", "Republicans" (groups),
    // "Air Force One" (a plane), "Democratic-led", "New Yorkers".
    let expected: &[(&str, EntityKind, usize)] = &[
        ("Kathy Hochul", P, 4),
        ("Zohran Mamdani", P, 4),
        ("Donald Trump", P, 5),
        ("Jessica Tisch", P, 1),
        ("Pam Bondi", P, 1),
        ("Kristi Noem", P, 1),
        ("Chuck Schumer", P, 2),
        ("Alexandria Ocasio-Cortez", P, 1),
        ("Mike Johnson", P, 1),
        ("Elise Stefanik", P, 1),
        ("Karoline Leavitt", P, 1),
        ("Donna Lieberman", P, 1),
        ("Gavin Newsom", P, 1),
        ("JB Pritzker", P, 1),
        ("Bruce Blakeman", P, 1),
        ("Maria Lopez", P, 2),
        ("John Thune", P, 1),
        ("Chuck Grassley", P, 1),
        ("Immigration and Customs Enforcement", O, 5),
        ("Justice Department", O, 1),
        ("Department of Homeland Security", O, 2),
        ("Senate", O, 2),
        ("House", O, 1),
        ("White House", O, 1),
        ("American Civil Liberties Union", O, 2),
        ("New York Civil Liberties Union", O, 1),
        ("National Guard", O, 1),
        ("FBI", O, 1),
        ("New York Police Department", O, 1),
        ("Metropolitan Transportation Authority", O, 1),
        ("Senate Judiciary Committee", O, 1),
        ("Associated Press", O, 1),
        ("Reuters", O, 1),
        ("ALBANY", L, 1),
        ("New York", L, 4),
        ("New York City", L, 2),
        ("Queens", L, 1),
        ("City Hall", L, 1),
        ("Jacob K. Javits Federal Building", L, 1),
        ("Manhattan", L, 1),
        ("Buffalo", L, 1),
        ("Rochester", L, 1),
        ("Brooklyn", L, 1),
        ("Washington", L, 1),
        ("Los Angeles", L, 1),
        ("California", L, 1),
        ("Illinois", L, 1),
        ("Chicago", L, 1),
        ("Nassau County", L, 1),
        ("Iowa", L, 1),
        ("Javits", L, 1),
    ];
    assert!(expected.len() >= 40);
    let found = entities(POLITICAL_STORY);
    let named: Vec<&Entity> = found
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place))
        .collect();
    let right = |name: &str, kind: EntityKind| named.iter().any(|e| e.name == name && e.kind == kind);
    let hits = expected.iter().filter(|(name, kind, _)| right(name, *kind)).count();
    let misses: Vec<&str> = expected.iter().filter(|(n, k, _)| !right(n, *k)).map(|(n, _, _)| *n).collect();
    assert!(hits * 10 >= expected.len() * 9, "found {hits} of {}; missed {misses:?}", expected.len());
    let real = named.iter().filter(|e| expected.iter().any(|(n, k, _)| *n == e.name && *k == e.kind)).count();
    let wrong: Vec<String> = named
        .iter()
        .filter(|e| !expected.iter().any(|(n, k, _)| *n == e.name && *k == e.kind))
        .map(|e| format!("{} ({:?})", e.name, e.kind))
        .collect();
    assert!(real * 100 >= named.len() * 85, "{real} of {} reported are real; wrong: {wrong:?}", named.len());
    // The counts of the people and organizations the story is about.
    for (name, kind, count) in expected.iter().filter(|(_, _, c)| *c > 1) {
        if let Some(e) = named.iter().find(|e| e.name == *name && e.kind == *kind) {
            assert_eq!(e.count, *count, "{name}");
        }
    }
    for name in
        ["Kathy Hochul", "Zohran Mamdani", "Chuck Schumer", "Immigration and Customs Enforcement", "Justice Department"]
    {
        assert!(named.iter().any(|e| e.name == name), "{name} missing");
    }
    // Titles, party tags and "the" stay outside the spans.
    assert!(named
        .iter()
        .all(|e| !e.name.contains("D-N.Y") && !e.name.starts_with("Gov.") && !e.name.starts_with("the ")));
}

#[test]
fn products_need_a_cue_datelines_are_places_and_names_split() {
    let text = "LONDON 1996-08-30\nUsers left Internet Explorer, Chrome surged and Safari gained. \
                Afghan Ambassador to the United States Hamdullah Mohib said the Council on Foreign Relations \
                and the Food and Drug Administration agreed.\nLeeds 0 Chelsea 3\n";
    let found = entities(text);
    for word in ["Chrome", "Safari", "Explorer"] {
        assert!(found.iter().all(|e| !e.name.contains(word)), "{word} reported");
    }
    assert_eq!(kind_of(&found, "LONDON"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "United States"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Hamdullah Mohib"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Council on Foreign Relations"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Food and Drug Administration"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Chelsea"), Some(EntityKind::Organization));
}

#[test]
fn a_given_name_that_is_also_a_place_opens_a_person() {
    let text = "The parties should split, George H. Reama, a labor expert, said here. Mr. Reama left.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "George H. Reama"), ["George H. Reama", "Mr. Reama"]);
    assert_eq!(kind_of(&found, "George H. Reama"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "George"), None);
}

#[test]
fn a_description_no_title_list_holds_is_outside_the_name() {
    let text = "Olympic Diving Champion Zoe Ann Olsen said she would compete. Olsen won in 1948.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Zoe Ann Olsen"), ["Zoe Ann Olsen", "Olsen"]);
    assert_eq!(kind_of(&found, "Zoe Ann Olsen"), Some(EntityKind::Person));
    // Places that open with common words and end with a name stay whole.
    let text = "They drove through the San Joaquin Valley to Fort Ethan Allen.";
    let found = entities(text);
    assert!(found.iter().any(|e| e.name == "San Joaquin Valley"), "{found:?}");
    assert!(found.iter().any(|e| e.name == "Fort Ethan Allen"), "{found:?}");
}

#[test]
fn miss_is_a_title() {
    let text = "Miss Ethel Gee was arrested on Monday. Miss Gee denied it.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Ethel Gee"), ["Miss Ethel Gee", "Miss Gee"]);
}

#[test]
fn names_with_two_particles_are_whole() {
    let text = "Ursula von der Leyen spoke in Brussels. Later, von der Leyen met Oscar de la Hoya.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Ursula von der Leyen"), ["Ursula von der Leyen", "Leyen"]);
    assert_eq!(kind_of(&found, "Ursula von der Leyen"), Some(EntityKind::Person));
    assert_eq!(mentions(text, &found, "Oscar de la Hoya"), ["Oscar de la Hoya"]);
}

#[test]
fn initials_written_apart_are_the_name_they_spell() {
    let text = "The United States sent aid. Officials in the U. S. said so, and the U.S. agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "United States"), ["United States", "U. S.", "U.S."]);
    assert_eq!(kind_of(&found, "United States"), Some(EntityKind::Place));
}

#[test]
fn a_listed_abbreviation_stands_for_its_listed_name() {
    let text = "Dallas County voted first. The District of Columbia voted next, and Washington, D.C., \
                counted late. In Raleigh, N.C., the count was slow.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "District of Columbia"), ["District of Columbia", "D.C."]);
    assert_eq!(mentions(text, &found, "Dallas County"), ["Dallas County"]);
}

#[test]
fn a_title_keeps_a_surname_from_a_person_of_the_other_sex() {
    let text = "President John F. Kennedy spoke. First Lady Jacqueline Kennedy listened. \
                Later Mr. Kennedy left, and Mrs. Kennedy stayed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "John F. Kennedy"), ["President John F. Kennedy", "Mr. Kennedy"]);
    assert_eq!(mentions(text, &found, "Jacqueline Kennedy"), ["First Lady Jacqueline Kennedy", "Mrs. Kennedy"]);
}

#[test]
fn a_name_in_capitals_is_named_as_the_text_writes_it_elsewhere() {
    let text = "NEW YORK (AP) — The mayor of New York spoke on Monday.\n\nFARGO, N.D. — The mayor of Fargo, N.D., said it would.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "New York"), ["NEW YORK", "New York"]);
    assert_eq!(mentions(text, &found, "Fargo"), ["FARGO", "Fargo"]);
    // Written only in capitals, it keeps them.
    let found = entities("LONDON (Reuters) — Prices rose.");
    assert_eq!(kind_of(&found, "LONDON"), Some(EntityKind::Place));
}

#[test]
fn an_abbreviation_with_and_without_periods_is_one_name() {
    let text = "The US envoy met UK officials. The U.S. said the U.K. would pay. The UN agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "U.S."), ["US", "U.S."]);
    assert_eq!(mentions(text, &found, "U.K."), ["UK", "U.K."]);
    assert_eq!(mentions(text, &found, "UN"), ["UN"]);
}

#[test]
fn an_abbreviation_without_periods_is_what_the_lists_know_with_them() {
    let text = "Scientists of the University of Sheffield and of the US said it. Officials in DC \
                agreed, and the NFL did not.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "US"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "DC"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "NFL"), Some(EntityKind::Organization));
}

#[test]
fn organizations_named_in_their_own_language() {
    let text = "José Núñez of Société Générale said the deal was done. Analysts at Deutsche Telekom \
                and Radio France agreed, and a spokesman for Air France declined to comment.";
    let found = entities(text);
    for name in ["Société Générale", "Deutsche Telekom", "Radio France", "Air France"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Organization), "{name}: {found:?}");
    }
    assert_eq!(kind_of(&found, "José Núñez"), Some(EntityKind::Person));
}

#[test]
fn a_month_that_is_also_a_word_is_a_date_after_in_or_since() {
    let text = "Lagarde spoke in March. Prices have risen since May. The march in June Carter's town \
                was long, and confidence in May's cabinet fell.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "March"), Some(EntityKind::Date), "{found:?}");
    assert_eq!(kind_of(&found, "May"), Some(EntityKind::Date), "{found:?}");
    let dates: Vec<&str> = found
        .iter()
        .filter(|e| e.kind == EntityKind::Date)
        .flat_map(|e| e.mentions.iter().map(|m| &text[m.start..m.end]))
        .collect();
    assert_eq!(dates, ["March", "May"]);
}

#[test]
fn a_word_written_as_a_brand_is_an_organization() {
    let text = "Shares of UniCredit rose in Milan, and BlackRock bought more. Sen. Mitch McConnell, \
                Gen. Douglas MacArthur and Ron DeSantis were named too.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "UniCredit"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "BlackRock"), Some(EntityKind::Organization), "{found:?}");
    for name in ["Mitch McConnell", "Douglas MacArthur", "Ron DeSantis"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Person), "{name}");
    }
}

#[test]
fn saints_cities_and_streets_keep_their_st() {
    let text = "ST. LOUIS (AP) — The St. Louis Cardinals won. She lives in St. Petersburg, Fla., and \
                flew to St. Paul from St. Louis.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "St. Louis"), Some(EntityKind::Place), "{found:?}");
    assert_eq!(kind_of(&found, "St. Petersburg"), Some(EntityKind::Place), "{found:?}");
    assert_eq!(kind_of(&found, "St. Paul"), Some(EntityKind::Place), "{found:?}");
    assert!(!found.iter().any(|e| e.name == "Louis" || e.name == "Louis Cardinals"), "{found:?}");
}

#[test]
fn offices_and_positions_stay_outside_the_name() {
    let text = "President of Baseball Operations John Mozeliak spoke first. Shortstop Masyn Winn \
                spoke next, then Secretary of State Mike Pompeo.";
    let found = entities(text);
    for name in ["John Mozeliak", "Masyn Winn", "Mike Pompeo"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Person), "{name}: {found:?}");
    }
    assert_eq!(found.iter().filter(|e| e.kind == EntityKind::Person).count(), 3, "{found:?}");
}

#[test]
fn an_organization_named_after_a_place_goes_by_the_rest_of_its_name() {
    let text = "The New York Yankees won. The Yankees play again Monday. The U.S. Senate voted and \
                the Senate adjourned.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "New York Yankees"), ["New York Yankees", "Yankees"], "{found:?}");
    assert_eq!(mentions(text, &found, "U.S. Senate"), ["U.S. Senate", "Senate"], "{found:?}");
    // The longest place: Kansas City's Chiefs, though Kansas is a place too.
    let text = "The Kansas City Chiefs won. Buffalo fell to the Chiefs again.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Kansas City Chiefs"), ["Kansas City Chiefs", "Chiefs"], "{found:?}");
    // One place written in full and abbreviated: one organization.
    let text = "The U.S. Department of Agriculture acted. The United States Department of Agriculture \
                agreed, and the Department of Agriculture paid.";
    let found = entities(text);
    let usda =
        ["U.S. Department of Agriculture", "United States Department of Agriculture", "Department of Agriculture"];
    assert_eq!(mentions(text, &found, "United States Department of Agriculture"), usda, "{found:?}");
    // Two of them share the rest: "the Times" could be either.
    let text = "The New York Times and the Los Angeles Times reported it. The Times said more.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "New York Times"), ["New York Times"], "{found:?}");
    assert_eq!(mentions(text, &found, "Times"), ["Times"], "{found:?}");
}

#[test]
fn hyphenated_titles_and_sources_after_according_to() {
    let text = "NATO Secretary-General Mark Rutte condemned the attack. The strikes hit three regions, \
                according to Ukrenergo, the grid operator.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Mark Rutte"), Some(EntityKind::Person), "{found:?}");
    assert_eq!(kind_of(&found, "Ukrenergo"), Some(EntityKind::Organization), "{found:?}");
}

#[test]
fn a_surname_that_is_a_place_makes_no_person_without_a_given_name() {
    // "Canada" and "Washington" are surnames in the census lists and places too.
    let text = "Exports fell, according to Statistics Canada. George Washington crossed the river.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Statistics Canada"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "George Washington"), Some(EntityKind::Person), "{found:?}");
}

#[test]
fn an_occupation_before_a_name_is_a_title() {
    let text = "Meteorologist Ariel Cohen said gusts could reach 100 mph. Economist Jane Roe disagreed. \
                The Producer Price Index rose.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Ariel Cohen"), ["Meteorologist Ariel Cohen"], "{found:?}");
    assert_eq!(mentions(text, &found, "Jane Roe"), ["Economist Jane Roe"], "{found:?}");
    assert!(found.iter().all(|e| e.kind != EntityKind::Person || !e.name.contains("Price")), "{found:?}");
}

#[test]
fn a_place_of_several_words_known_whole_beats_given_names() {
    // "Santa" and "Ana" are given names, "Leone" a surname.
    let text = "Fires were driven by Santa Ana winds. Aid reached Sierra Leone on Monday.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Santa Ana"), Some(EntityKind::Place), "{found:?}");
    assert_eq!(kind_of(&found, "Sierra Leone"), Some(EntityKind::Place), "{found:?}");
}

#[test]
fn an_x_of_y_and_z_organization_opening_a_sentence() {
    let text = "The Centers for Disease Control and Prevention reported cases. \
                The Department of Health and Human Services agreed.";
    let found = entities(text);
    for name in ["Centers for Disease Control and Prevention", "Department of Health and Human Services"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Organization), "{found:?}");
    }
}

#[test]
fn the_head_of_an_x_of_y_name_may_follow_a_word_that_qualifies_it() {
    let text = "Reserve Bank of India Governor Sanjay Malhotra spoke. She studied at the Art Institute \
                of Chicago. The study was published in the Medical Journal of Australia.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Medical Journal of Australia"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Reserve Bank of India"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Art Institute of Chicago"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Sanjay Malhotra"), Some(EntityKind::Person), "{found:?}");
}

#[test]
fn words_that_qualify_a_title_may_follow_it() {
    let text = "Chief Executive Kelly Ortberg spoke. FAA Administrator Mike Whitaker agreed. \
                Secretary of the Treasury Douglas Dillon did not.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Kelly Ortberg"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Mike Whitaker"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Douglas Dillon"), Some(EntityKind::Person));
    assert!(found.iter().all(|e| !e.name.contains("Executive") && !e.name.contains("Administrator")));
}

#[test]
fn an_x_of_y_and_z_name_whose_head_follows_a_qualifier() {
    let text = "The International Association of Machinists and Aerospace Workers rejected the offer.";
    let found = entities(text);
    let name = "International Association of Machinists and Aerospace Workers";
    assert_eq!(kind_of(&found, name), Some(EntityKind::Organization));
}

#[test]
fn a_company_is_one_with_and_without_its_legal_form() {
    let text = "Boeing Co reported a loss. Boeing said it would cut jobs. GM and General Motors Co. agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Boeing Co"), ["Boeing Co", "Boeing"]);
    // An acronym before "and" is a name of its own, not the start of a longer one.
    assert_eq!(mentions(text, &found, "General Motors Co."), ["GM", "General Motors Co."]);
}

#[test]
fn a_surname_alone_stays_with_the_person_it_stood_for() {
    let text = "Maria Delgado, a civil rights lawyer, died on Sunday. Delgado argued school cases. \
                Her husband, the architect Robert Delgado, died in 2015. Delgado told the Times she was proud.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Maria Delgado"), ["Maria Delgado", "Delgado", "Delgado"]);
    assert_eq!(mentions(text, &found, "Robert Delgado"), ["Robert Delgado"]);
}

#[test]
fn regions_and_investment_firms() {
    let text = "Ken Herbert, an analyst at RBC Capital Markets, said workers in the Pacific Northwest \
                voted. Delegates to the Democratic National Convention cheered the First Amendment.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "RBC Capital Markets"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Pacific Northwest"), Some(EntityKind::Place));
    // An event and a law, neither organization nor place (CoNLL's MISC).
    assert!(found.iter().all(|e| !e.name.contains("Convention") && !e.name.contains("Amendment")));
}

#[test]
fn people_at_a_name_work_there() {
    let text = "Analysts at Jefferies said the results were bad. Economists at Morgan Stanley said so too.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Jefferies"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Morgan Stanley"), Some(EntityKind::Organization));
}

#[test]
fn the_fed_is_the_federal_reserve_not_a_regional_fed() {
    let text = "The Federal Reserve held rates. Raphael Bostic of the Atlanta Fed spoke. The Fed will meet in June.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Federal Reserve"), ["Federal Reserve", "Fed"]);
    assert_eq!(mentions(text, &found, "Atlanta Fed"), ["Atlanta Fed"]);
}

#[test]
fn a_surname_of_two_words_alone_is_the_person() {
    let text = "President Andrés Manuel López Obrador spoke in Mexico City. López Obrador has long \
                favored non-intervention. Ahmed Aboul Gheit agreed, and Aboul Gheit said so.";
    let found = entities(text);
    assert_eq!(
        mentions(text, &found, "Andrés Manuel López Obrador"),
        ["President Andrés Manuel López Obrador", "López Obrador"]
    );
    assert_eq!(mentions(text, &found, "Ahmed Aboul Gheit"), ["Ahmed Aboul Gheit", "Aboul Gheit"]);
}

#[test]
fn an_ordinary_word_for_a_person_before_a_name_describes_it() {
    let text = "Tenant Luis Ortega said he woke to the alarm. Firefighter Ana Torres carried him out.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Luis Ortega"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Ana Torres"), Some(EntityKind::Person));
}

#[test]
fn football_clubs_named_by_a_plain_word() {
    let text = "Saka scored to give Arsenal a 2-1 win over Chelsea. Chelsea Clinton watched.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Arsenal"), Some(EntityKind::Organization));
    assert_eq!(mentions(text, &found, "Chelsea"), ["Chelsea"]);
    assert_eq!(kind_of(&found, "Chelsea Clinton"), Some(EntityKind::Person));
}

#[test]
fn technology_companies_and_a_description_before_one() {
    let text = "Demand from Meta Platforms grew. Rival Advanced Micro Devices raised its forecast. \
                AMD Chief Executive Lisa Su spoke. Grand Central Bakery took first place.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Meta Platforms"), Some(EntityKind::Organization));
    assert_eq!(mentions(text, &found, "Advanced Micro Devices"), ["Advanced Micro Devices", "AMD"]);
    assert_eq!(kind_of(&found, "Lisa Su"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Grand Central Bakery"), Some(EntityKind::Organization));
}

#[test]
fn a_storm_is_no_person() {
    let text = "Hurricane Milton made landfall on Wednesday. Forecasters said Milton would weaken. \
                Gov. Ron DeSantis spoke.";
    let found = entities(text);
    assert!(found.iter().all(|e| !e.name.contains("Milton") && e.name != "Forecasters"), "{found:?}");
    assert_eq!(kind_of(&found, "Ron DeSantis"), Some(EntityKind::Person));
}

#[test]
fn a_surname_the_place_list_knows_is_the_person_named_just_before() {
    let text = "Health Secretary Robert F. Kennedy Jr. spoke on Fox News. Kennedy also promoted \
                vitamin A. Officials in Kennedy, a district of Bogota, disagreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Robert F. Kennedy"), ["Health Secretary Robert F. Kennedy", "Kennedy"]);
    assert_eq!(kind_of(&found, "Robert F. Kennedy"), Some(EntityKind::Person));
}

#[test]
fn a_title_ends_an_x_and_y_name() {
    let text = "Health and Human Services Secretary Robert F. Kennedy Jr. spoke on Tuesday.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Health and Human Services"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Robert F. Kennedy"), Some(EntityKind::Person));
}

#[test]
fn an_unknown_name_opening_a_sentence_before_who() {
    let text = "French President Emmanuel Macron spoke on Sunday.\n\nMacron, who arrived late, met the prince.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Emmanuel Macron"), ["President Emmanuel Macron", "Macron"]);
}

#[test]
fn a_co_author_is_a_title_and_a_telescope_no_person() {
    let text = "Co-author Laura Kreidberg spoke. The James Webb Space Telescope saw it.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Laura Kreidberg"), Some(EntityKind::Person));
    assert!(found.iter().all(|e| !e.name.contains("Telescope") && !e.name.contains("Co-author")), "{found:?}");
}

#[test]
fn an_organization_goes_on_past_its_complement_but_not_into_where_it_is() {
    let text = "Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell spoke. \
                Cres Eastman chairs the Australian Centre for Control of Iodine Deficiency Disorders. \
                A team from Colorado State University of the US and the University of Sheffield of \
                the UK took part. The Department of Economic Affairs of the Government of India agreed.";
    let found = entities(text);
    for name in [
        "Joint Council for the Welfare of Immigrants",
        "Australian Centre for Control of Iodine Deficiency Disorders",
        "Colorado State University",
        "University of Sheffield",
        "Department of Economic Affairs",
        "Government of India",
    ] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Organization), "{name}");
    }
    assert_eq!(kind_of(&found, "US"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "UK"), Some(EntityKind::Place));
}

#[test]
fn an_office_named_with_for_and_the_person_after_it() {
    let text = "The talks resumed, Minister for Foreign Affairs Penny Wong said. The United Nations \
                High Commissioner for Refugees said more help was needed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Penny Wong"), ["Penny Wong"]);
    assert_eq!(kind_of(&found, "United Nations High Commissioner for Refugees"), Some(EntityKind::Organization));
    assert!(found.iter().all(|e| !e.name.starts_with("for ") && e.name != "Refugees"), "{found:?}");
}

#[test]
fn an_organization_then_its_person() {
    let text = "After the leak, the CEO of the Refugee Council Enver Solomon told Sky News it must \
                be thought out. City Solicitor David Berger agreed. The director of the Council on \
                American-Islamic Relations Alia Salem said so.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Refugee Council"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Council on American-Islamic Relations"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Alia Salem"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Enver Solomon"), Some(EntityKind::Person));
    // A city's office is not a city with a person after it.
    assert_eq!(kind_of(&found, "City"), None);
}

#[test]
fn a_name_before_the_noun_it_modifies_and_a_follower_described() {
    let text = "Scientology tried to remove a video featuring Scientologist Tom Cruise from YouTube. \
                The Tom Cruise video spread. Critics of the Cruise video laughed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Tom Cruise"), ["Tom Cruise", "Tom Cruise", "Cruise"]);
    assert_eq!(kind_of(&found, "Tom Cruise"), Some(EntityKind::Person));
}

#[test]
fn a_letter_and_a_word_is_no_name_and_a_weekly_is_a_paper() {
    let text = "Images of the boy wearing a NASA T-shirt spread. An X-ray showed it. \
                The story ran in LA Weekly on Monday.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "NASA"), Some(EntityKind::Organization));
    assert!(found.iter().all(|e| !e.name.contains("T-shirt") && e.name != "X-ray"), "{found:?}");
    assert_eq!(kind_of(&found, "LA Weekly"), Some(EntityKind::Organization));
}

#[test]
fn a_name_listed_with_places_or_organizations_is_of_their_kind() {
    let text = "The survey was carried out in Queensland, Victoria, and Tasmania last year. \
                Ubisoft, Microsoft, and Sony all had large areas set up.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Victoria"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Ubisoft"), Some(EntityKind::Organization));
    // A given name before the comma is no place: "George, Townley, or Ted".
    let text = "None of the brothers had heard the Call. Not George, Townley, or Ted.";
    assert_ne!(kind_of(&entities(text), "Townley"), Some(EntityKind::Place));
}

#[test]
fn an_acronym_of_a_thing_or_a_roman_numeral_is_no_name() {
    let text = "Mohamed was a VIP guest at the fair. He called it Scientology vs. the Internet, part XVII. \
                Mr. Hawksley was a part-time CD director.";
    let found = entities(text);
    for name in ["VIP", "XVII", "CD"] {
        assert_eq!(kind_of(&found, name), None, "{name}");
    }
    // In brackets after the name it spells, such an acronym is that name: "RBI" is also runs
    // batted in.
    let text = "The Reserve Bank of India's (RBI) committee voted 4-2. The Commerce Department agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Reserve Bank of India"), ["Reserve Bank of India", "RBI"]);
    let text = "The Commerce Department agreed. Mr. Hawksley was a part-time CD director.";
    assert_eq!(mentions(text, &entities(text), "Commerce Department"), ["Commerce Department"]);
}

#[test]
fn an_office_with_for_then_a_name_no_list_knows() {
    let text = "Minister for International Development Anneliese Dodds told the BBC it was fine. \
                The Commissioner for Human Rights said so.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Anneliese Dodds"), Some(EntityKind::Person));
    assert!(found.iter().all(|e| !e.name.contains("Human Rights")), "{found:?}");
}

#[test]
fn a_states_abbreviation_after_a_place_is_a_place_with_its_period() {
    let text = "SPRINGFIELD, Ill. (AP) — Stadiums in Dayton, Ohio, and Allentown, Pa., earned less. \
                She felt ill.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Ill."), ["Ill."]);
    assert_eq!(kind_of(&found, "Ill."), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Pa."), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Allentown"), Some(EntityKind::Place));
    assert_eq!(mentions(text, &found, "Pa."), ["Pa."]);
}

#[test]
fn an_appositive_that_gives_an_office_makes_a_person() {
    let text = "The CBI said its members would cut hiring. Rain Newton-Smith, the CBI's chief executive, \
                said firms had been blindsided.";
    assert_eq!(kind_of(&entities(text), "Rain Newton-Smith"), Some(EntityKind::Person));
}

#[test]
fn a_nationality_noun_is_no_name() {
    let text = "Mikel Arteta said his side had been too passive. The Spaniard said they would improve. \
                The Swedes and the Danes met the Frenchman.";
    let found = entities(text);
    for word in ["Spaniard", "Swedes", "Danes", "Frenchman"] {
        assert_eq!(kind_of(&found, word), None, "{word}");
    }
}

#[test]
fn a_side_in_a_match_report_is_an_organization() {
    let text = "Salah double sends Liverpool top. Mohamed Salah scored twice as Liverpool beat Brighton 3-1 \
                at Anfield. Liverpool manager Arne Slot was pleased. Arsenal, losing 2–1 to Aston Villa, slipped. \
                Chaplin visited England.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Liverpool"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Aston Villa"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Anfield"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "England"), Some(EntityKind::Place));
}

#[test]
fn a_country_that_plays_a_match_is_its_side_throughout() {
    let text = "Group F — Norway 2 – 0 Chile\n\nIn Oslo, Norway faced Chile in Group F before a full stadium. \
                Norway had more of the ball, and Chile tired late. Norway won in Norway's capital. \
                The report compares Peru 1990 – 1995 Lima in detail.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Norway"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Chile"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Oslo"), Some(EntityKind::Place));
    // The tournament's group: its teams, not a place ("in Group F").
    assert_eq!(kind_of(&found, "Group F"), Some(EntityKind::Organization));
    // Years and a range of figures are no score.
    assert_eq!(kind_of(&found, "Peru"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Lima"), Some(EntityKind::Place));
}

#[test]
fn after_a_title_and_of_the_comes_the_office_s_organization() {
    let text = "Cres Eastman, Director of the Australian National Iodine Nutrition Study, spoke. \
                Director of the FBI James Comey agreed, as did the Director of the Peace Corps.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Australian National Iodine Nutrition Study"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Peace Corps"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "FBI"), Some(EntityKind::Organization));
    assert_eq!(mentions(text, &found, "James Comey"), ["James Comey"]);
}

#[test]
fn a_companys_product_or_event_counts_as_the_company() {
    let text = "Mohamed was invited to the Google Science Fair. The recently released Google Chrome \
                is gaining. He works for Google. Sony PlayStation sales rose. The United Nations met. \
                Fritz Reiner led the Chicago Symphony Orchestra in Chicago.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Google"), ["Google", "Google", "Google"], "{found:?}");
    assert_eq!(kind_of(&found, "Sony"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "United Nations"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Chicago Symphony Orchestra"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Chicago"), Some(EntityKind::Place));
}

#[test]
fn a_name_that_opens_a_compound_modifier_is_no_name() {
    let text = "Atwood, a Booker Prize-winner, was there. Pulitzer Prize-winning journalist Jane Doe \
                spoke. A Goldman Sachs-backed fund grew, and a Kremlin-linked group. Goldman Sachs declined.";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Atwood", "Jane Doe", "Goldman Sachs"], "{found:?}");
    assert_eq!(mentions(text, &found, "Goldman Sachs"), ["Goldman Sachs"]);
}

#[test]
fn a_states_abbreviation_is_the_state() {
    let text = "He moved to Chicago, Ill., in 2001. Illinois is flat. She lives in Sacramento, Calif., \
                with her family. California is big. Ill health forced him out. They went to Mass on Sunday.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Illinois"), ["Ill.", "Illinois"]);
    assert_eq!(mentions(text, &found, "California"), ["Calif.", "California"]);
}

#[test]
fn more_offices_before_a_name() {
    let text = "Montgomery County Prosecutor Mathias Heck Jr. said his office would seek a high bond. \
                City Solicitor David Berger agreed, and Coroner Ann Lee did too.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Montgomery County"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "David Berger"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Ann Lee"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "City"), None);
}

#[test]
fn a_company_described_or_spoken_for_and_a_country_before_an_x_and_y_name() {
    let text = "The drug, developed by Danish company Novo Nordisk, slowed decline. A spokesperson for \
                Novo Nordisk said more trials would follow. The U.S. Food and Drug Administration agreed.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Novo Nordisk"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "U.S. Food and Drug Administration"), Some(EntityKind::Organization));
}

#[test]
fn a_product_is_no_person() {
    let text = "Cloud companies keep buying its Blackwell processors. Demand for Blackwell is staggering, \
                and production of Blackwell will rise.";
    assert_eq!(kind_of(&entities(text), "Blackwell"), None);
}

#[test]
fn an_institution_named_with_a_possessive() {
    let text = "She was treated at Children's Hospital of Philadelphia. He teaches at St. Michael's College \
                and at King's College, London. Women's Bureau officials met. Biden's Department of Justice \
                sued, and Maryland's Secretary of State resigned.";
    let found = entities(text);
    for name in ["Children's Hospital of Philadelphia", "St. Michael's College", "King's College", "Women's Bureau"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Organization), "{name}");
    }
    assert!(found.iter().all(|e| !e.name.contains("Biden's") && !e.name.contains("Maryland's")), "{found:?}");
}

#[test]
fn hollywood_is_a_place() {
    let text = "He was one of Hollywood's most respected actors. He never missed Hollywood.";
    assert_eq!(mentions(text, &entities(text), "Hollywood"), ["Hollywood", "Hollywood"]);
}

#[test]
fn us_towns_in_the_news_are_places() {
    let text = "Mr. and Mrs. John Smith of Denton are visiting friends in Coronado and Santa Monica.";
    let found = entities(text);
    for name in ["Denton", "Coronado", "Santa Monica"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
}

#[test]
fn an_x_of_y_name_opens_a_sentence_in_a_text_that_uses_its_head_as_a_word() {
    // "the central bank", "the city" elsewhere: "Bank", "City" are ordinary words of the text,
    // but at a sentence's start before "of" and a name they head one.
    let text = "He left early.\n\nBank of England Governor Andrew Bailey declined to comment, but a \
                spokesperson for the central bank said it. City of London police said the city was calm.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Bank of England"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Andrew Bailey"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "City of London"), Some(EntityKind::Place));
    // An ordinary word before "of" still opens no name.
    let text = "Most of Europe was cold. Most people stayed home.";
    assert_eq!(mentions(text, &entities(text), "Europe"), ["Europe"]);
    assert!(entities(text).iter().all(|e| !e.name.starts_with("Most")));
}

#[test]
fn a_club_named_after_its_city_stays_a_club_through_the_report() {
    let text = "Manchester City beat Liverpool 3-0 on Sunday. Liverpool, the champions, have lost five \
                games. Liverpool's manager spoke. City travel to Leeds next, while Liverpool host Fulham.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Liverpool"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Manchester City"), Some(EntityKind::Organization));
    // With no result, the city is a place.
    let text = "Fans in Liverpool cheered. Liverpool is a port city. The mayor of Liverpool spoke.";
    assert_eq!(kind_of(&entities(text), "Liverpool"), Some(EntityKind::Place));
}

#[test]
fn an_acronym_skips_a_country_before_the_name_and_the_words_it_gained_last() {
    let text = "The U.S. Securities and Exchange Commission sued the firm. The SEC said it had lied. \
                The U.S. Food and Drug Administration agreed. The FDA was firm. \
                The Centers for Disease Control and Prevention warned. A CDC spokesperson said so.";
    let found = entities(text);
    assert_eq!(
        mentions(text, &found, "U.S. Securities and Exchange Commission"),
        ["U.S. Securities and Exchange Commission", "SEC"]
    );
    assert_eq!(
        mentions(text, &found, "U.S. Food and Drug Administration"),
        ["U.S. Food and Drug Administration", "FDA"]
    );
    assert_eq!(
        mentions(text, &found, "Centers for Disease Control and Prevention"),
        ["Centers for Disease Control and Prevention", "CDC"]
    );
}

#[test]
fn a_name_before_the_office_of_one_who_leads_it_is_an_organization() {
    let text = "United Auto Workers President Shawn Fain called it a betrayal. Teamsters President Sean \
                Obrien agreed. Ohio Gov. Mike DeWine and State Atty. Gen. Ken Paxton did not.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "United Auto Workers"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Teamsters"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Shawn Fain"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Ohio"), Some(EntityKind::Place));
    assert!(found.iter().all(|e| !e.name.contains("Atty.")));
}

#[test]
fn a_party_noun_is_no_part_of_a_name() {
    let text = "Gustavo Rivera, a Bronx Democrat, said so. The Pulaski Republican disagreed. \
                Republican Richard Nixon spoke. Nixon left.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Bronx"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Pulaski"), Some(EntityKind::Place));
    assert_eq!(mentions(text, &found, "Richard Nixon"), ["Richard Nixon", "Nixon"]);
    assert!(found.iter().all(|e| !e.name.contains("Democrat") && !e.name.contains("Republican")));
}

#[test]
fn an_acronym_opens_an_organizations_name_and_prof_is_a_title() {
    let text = "NHS England said hospitals would stay open. Prof Meghana Pandit, NHS England's medical \
                director, agreed. Dr. K.J.P. Baraclough said so too, and Baraclough left.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "NHS England"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Meghana Pandit"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "K.J.P. Baraclough"), Some(EntityKind::Person));
}

#[test]
fn more_words_that_end_an_organizations_name() {
    let text = "Demetrius Crichlow, president of New York City Transit, spoke. Delta Air Lines and \
                the New York Central Railroad agreed.";
    let found = entities(text);
    for name in ["New York City Transit", "Delta Air Lines", "New York Central Railroad"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Organization), "{name}");
    }
}

#[test]
fn a_name_after_a_kind_of_place_and_of_is_a_place() {
    let text = "Russian forces captured the village of Petropavlivka. The outbreak began in the southern \
                town of Jinka in November.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Petropavlivka"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Jinka"), Some(EntityKind::Place));
}

#[test]
fn retail_copy_companies_and_indexes() {
    let text = "Strong earnings from Walmart and Home Depot eased worries. The Nasdaq Composite added \
                0.2% and the Dow Jones Industrial Average rose.\n\nHome Depot, the world's largest home \
                improvement chain, said sales rose at its home stores.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Home Depot"), ["Home Depot", "Home Depot"]);
    assert_eq!(kind_of(&found, "Home Depot"), Some(EntityKind::Organization));
    // A stock index is no organization or person (CoNLL's MISC).
    assert!(found.iter().all(|e| !e.name.contains("Composite") && !e.name.contains("Average")));
}

#[test]
fn a_title_before_and_stands_alone() {
    let text = "Statements by the President and Defense Department spokesmen assured us. The State \
                Department agreed.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Defense Department"), Some(EntityKind::Organization));
    assert!(found.iter().all(|e| !e.name.starts_with("and ")));
}

#[test]
fn an_offices_possessive_inside_an_organizations_name() {
    let text = "They were found dead, the Santa Fe County Sheriff's Office said. The Manhattan District \
                Attorney's Office declined to comment.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Santa Fe County Sheriff's Office"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Manhattan District Attorney's Office"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Office"), None);
    let text = "The Cook County State's Attorney's Office is expected to file charges Monday.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Cook County State's Attorney's Office"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Cook County State"), None);
}

#[test]
fn a_spokesperson_for_a_person_leaves_the_surname_to_the_person() {
    let text = "Gov. Greg Abbott signed the bill in June. A spokesperson for Abbott did not respond. \
                A spokesperson for Novo Nordisk declined to comment.";
    let found = entities(text);
    let abbott = found.iter().find(|e| e.name == "Greg Abbott").expect("Greg Abbott");
    assert_eq!((abbott.kind, abbott.count), (EntityKind::Person, 2));
    assert_eq!(kind_of(&found, "Abbott"), None);
    assert_eq!(kind_of(&found, "Novo Nordisk"), Some(EntityKind::Organization));
}

#[test]
fn a_relative_named_after_the_word_for_them_is_a_person() {
    let text = "His daughter, Giulia, a marine biologist, has studied it. Her son Tancredi agreed. \
                She thanked her husband, State Sen. Tom Lee.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Giulia"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Tancredi"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Tom Lee"), Some(EntityKind::Person));
    assert!(found.iter().all(|e| !e.name.starts_with("State")), "{found:?}");
}

#[test]
fn the_name_before_a_surnames_particle_is_the_persons() {
    let text = "Brazilian President Luiz Inacio Lula da Silva spoke first. \"The world is not short of \
                resources,\" Lula said.";
    let found = entities(text);
    let lula = found.iter().find(|e| e.name == "Luiz Inacio Lula da Silva").expect("Lula");
    assert_eq!((lula.kind, lula.count), (EntityKind::Person, 2));
    assert_eq!(kind_of(&found, "Lula"), None);
}

#[test]
fn a_title_word_that_ends_a_given_names_run_is_a_surname() {
    let text = "Stephen King said it was scary. Martin Luther King Jr. spoke in 1963. Billie Jean King \
                won. Prime Minister John Major resigned. King Charles visited.";
    let found = entities(text);
    for name in ["Stephen King", "Martin Luther King", "Billie Jean King", "John Major"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Person), "{name}: {found:?}");
    }
    assert_eq!(kind_of(&found, "Charles"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "King Charles"), None);
}

#[test]
fn a_known_place_in_capitals_after_a_title_is_no_person() {
    let text = "“The Bank will move first,” said Paul Dales, the firm's chief UK economist. Families \
                were paying for Tory mismanagement.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "UK"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Tory"), None);
}

#[test]
fn a_title_after_its_noun_and_a_comma_and_a_tour_are_no_names() {
    let text = "The album, “The Tortured Poets Department,” features Post Malone. Her Eras Tour resumes \
                in Paris.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Tortured Poets Department"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Eras Tour"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Post Malone"), Some(EntityKind::Person));
}

#[test]
fn a_place_with_a_record_in_brackets_is_its_team() {
    let text = "Buffalo (8-4) visits Miami (6-6-1) next week. Paris (2024-25) was fine.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Buffalo"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Miami"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Paris"), Some(EntityKind::Place));
}

#[test]
fn an_ordinary_words_possessive_inside_an_institutions_name() {
    let text = "It was funded by the United Nations Children's Fund. She studied at Texas Woman's University.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "United Nations Children's Fund"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Texas Woman's University"), Some(EntityKind::Organization));
}

#[test]
fn an_acronym_of_a_thing_with_periods_is_no_name() {
    let text = "“To realize the promise of A.I., we need to govern it,” Mr. Biden said. A.I. is here.";
    assert_eq!(kind_of(&entities(text), "A.I."), None);
}

#[test]
fn ukrainian_cities_in_the_spellings_of_war_news_are_places() {
    let text = "The Zaporizhzhia nuclear power plant lost power. Strikes hit Kherson and Bakhmut.";
    let found = entities(text);
    for name in ["Zaporizhzhia", "Kherson", "Bakhmut"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}: {found:?}");
    }
}

#[test]
fn what_one_leads_or_founded_is_an_organization() {
    let text = "Kelly Ortberg, a former head of Rockwell Collins, takes over. He met the president of \
                Mexico and the founder of E. R. Squibb and Sons.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Rockwell Collins"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Mexico"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Kelly Ortberg"), Some(EntityKind::Person));
}

#[test]
fn a_common_word_that_says_things_is_no_person() {
    let text = "Members said the vote was close. Police said the man fled. \
                Gordon Brown spoke later. Brown said he agreed.";
    let found = entities(text);
    assert_ne!(kind_of(&found, "Members"), Some(EntityKind::Person), "{found:?}");
    assert_ne!(kind_of(&found, "Police"), Some(EntityKind::Person), "{found:?}");
    let brown = found.iter().find(|e| e.name == "Gordon Brown").expect("Gordon Brown");
    assert_eq!((brown.kind, brown.count), (EntityKind::Person, 2));
}

#[test]
fn an_abbreviated_university_is_an_organization() {
    let found = entities("Dr. Jane Smith of Oxford Univ. said rents rose.");
    assert_eq!(kind_of(&found, "Oxford Univ."), Some(EntityKind::Organization));
}

#[test]
fn a_name_that_which_describes_is_no_person() {
    let text = "Boeing and Lockheed Martin, which build major parts of the rocket, referred questions to NASA. \
                Ann Martin, who builds rockets, spoke.";
    let found = entities(text);
    assert_ne!(kind_of(&found, "Lockheed Martin"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Ann Martin"), Some(EntityKind::Person));
    let text = "Visitors filled McCormick Place, which opened in 1960. McCormick Place is big.";
    assert_ne!(kind_of(&entities(text), "McCormick Place"), Some(EntityKind::Person));
}

#[test]
fn a_title_of_a_work_in_quote_marks_is_no_name() {
    let text = "Hackman won for playing Jimmy Doyle in “The French Connection.” He later starred in the \
                film “Unforgiven” with Clint Eastwood. “Toyota,” he said, “makes good cars.”";
    let found = entities(text);
    assert_eq!(kind_of(&found, "French Connection"), None);
    assert_eq!(kind_of(&found, "Unforgiven"), None);
    assert_eq!(kind_of(&found, "Clint Eastwood"), Some(EntityKind::Person));
}

#[test]
fn a_nickname_in_quote_marks_stays_inside_the_name() {
    let text = "He played Detective Jimmy “Popeye” Doyle in the film. Doyle was tough. Arthur \"Bugs\" \
                Baer wrote it.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Jimmy “Popeye” Doyle"), ["Detective Jimmy “Popeye” Doyle", "Doyle"]);
    assert_eq!(kind_of(&found, "Arthur \"Bugs\" Baer"), Some(EntityKind::Person));
    // A given name the lists do not know, before a surname they do.
    let text = "The star Earvin “Magic” Johnson spoke. Johnson smiled.";
    assert_eq!(mentions(text, &entities(text), "Earvin “Magic” Johnson"), ["Earvin “Magic” Johnson", "Johnson"]);
}

#[test]
fn a_plural_title_before_a_list_of_names() {
    let text = "Chief Justice John Roberts and Justices Clarence Thomas and Samuel Alito have signaled \
                skepticism.";
    let found = entities(text);
    for name in ["John Roberts", "Clarence Thomas", "Samuel Alito"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Person), "{name}");
    }
}

#[test]
fn acronyms_of_things_in_business_copy_are_no_names() {
    let text = "The EV market has cooled. Nvidia sells GPUs to the makers of LLMs.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Nvidia"), Some(EntityKind::Organization));
    for word in ["EV", "GPUs", "LLMs"] {
        assert_eq!(kind_of(&found, word), None, "{word}");
    }
}

#[test]
fn a_nonprofit_or_a_watchdog_named_after_its_noun() {
    let text = "Prosecutors say the scheme, centered on the nonprofit Feeding Our Future, cost taxpayers \
                millions. The watchdog Transparency Now agreed.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Feeding Our Future"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Transparency Now"), Some(EntityKind::Organization));
}

#[test]
fn a_company_named_by_a_possessive_keeps_its_s() {
    let text = "Sales at McDonald’s rose. The Macy's parade went on. Mark Zandi, chief economist at \
                Moody's Analytics, agreed with Moody's Investors Service and JPMorgan Chase. \
                Jack McDonald's car was red.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "McDonald’s"), ["McDonald’s"], "{found:?}");
    assert_eq!(kind_of(&found, "McDonald’s"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Macy's"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Moody's Analytics"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Moody's Investors Service"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "JPMorgan Chase"), Some(EntityKind::Organization));
    // A person's possessive is not the company's name.
    assert_eq!(mentions(text, &found, "Jack McDonald"), ["Jack McDonald"]);
}

#[test]
fn what_shares_are_held_in_is_a_company() {
    let text = "Shares in Ocado fell. Investors sold shares of Wolfspeed. Shares in Asia rose.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Ocado"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Wolfspeed"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Asia"), Some(EntityKind::Place));
}

#[test]
fn irelands_head_of_government_is_a_title() {
    let text = "Irish Taoiseach Simon Harris met the Tánaiste Micheál Martin.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Simon Harris"), ["Taoiseach Simon Harris"], "{found:?}");
    assert_eq!(mentions(text, &found, "Micheál Martin"), ["Tánaiste Micheál Martin"]);
}

#[test]
fn companies_named_like_people_and_publications_named_after_their_kind() {
    let text = "Eli Lilly and Novo Nordisk declined to comment. A study in the journal Nature \
                agreed, the tabloid Bild said.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Eli Lilly"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Novo Nordisk"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Nature"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Bild"), Some(EntityKind::Organization));
}

#[test]
fn an_appositive_that_says_what_a_name_is() {
    let text = "NetChoice, a trade group whose members include Meta, sued. It was joined by the \
                band Wet Leg, the think tank Power Shift Africa and by Tom Kieffer. Kieffer, the \
                only junior in the group, spoke.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Power Shift Africa"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "NetChoice"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Wet Leg"), Some(EntityKind::Organization));
    assert_eq!(mentions(text, &found, "Tom Kieffer"), ["Tom Kieffer", "Kieffer"]);
}

#[test]
fn a_bill_by_its_number_is_no_name() {
    let text = "The law, known as H.B. 20, was signed. Congress passed H.R. 1 and Arizona's S.B. 1070.";
    let found = entities(text);
    for bill in ["H.B.", "H.R.", "S.B."] {
        assert_eq!(kind_of(&found, bill), None, "{found:?}");
    }
    assert_eq!(kind_of(&found, "Congress"), Some(EntityKind::Organization));
}

#[test]
fn a_compass_adjective_alone_is_no_place() {
    let text = "Zelenskyy appealed to Western allies. Northern liberals agreed. He flew to Western \
                Australia and then to the West.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Western"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Northern"), None);
    assert_eq!(kind_of(&found, "Western Australia"), Some(EntityKind::Place));
}

#[test]
fn a_product_named_before_its_kind_is_no_organization() {
    let text = "Demand for Blackwell is incredible. Supply of the Blackwell chips is short. Nvidia \
                chips sell. It was read in a Beckman model DU spectrophotometer.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Blackwell"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Nvidia"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Beckman"), Some(EntityKind::Organization));
}

#[test]
fn well_known_companies_are_companies_wherever_they_stand() {
    let text = "The company faced pressure from Huawei. Billboard said the record sold well. It \
                runs on Mozilla Firefox. Warner Bros. Discovery's “Barbie” led.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Warner Bros. Discovery"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Huawei"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Billboard"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Mozilla"), Some(EntityKind::Organization));
}

#[test]
fn a_known_organization_after_a_place_and_one_ending_in_international() {
    let text = "At least 12 people were injured, according to the Kenya Red Cross. Amnesty \
                International said it had documented abuses. A bill passed the Georgia House.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Kenya Red Cross"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Amnesty International"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Georgia House"), Some(EntityKind::Organization));
}

#[test]
fn an_organization_named_again_without_its_of() {
    let text = "William Martinelli, chairman of the Citizens Group of Johnston, spoke. He hoped the \
                Citizens Group would lead. The Royal Academy of Music and the Royal Academy of Arts \
                met; the Royal Academy agreed.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Citizens Group of Johnston"), ["Citizens Group of Johnston", "Citizens Group"]);
    // Two organizations of that name "of" somewhere: the short one is neither.
    assert_eq!(mentions(text, &found, "Royal Academy of Music"), ["Royal Academy of Music"], "{found:?}");
}

#[test]
fn players_who_beat_each_other_in_sets_are_people() {
    let text = "Carlos Alcaraz beat Jannik Sinner 6-4, 3-6, 7-6 to win the title. Sinner was gracious. \
                Leeds United beat Derby County 3-0. Carlos Alcaraz beat Frances Tiafoe 6-3.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Carlos Alcaraz"), Some(EntityKind::Person), "{found:?}");
    assert_eq!(mentions(text, &found, "Jannik Sinner"), ["Jannik Sinner", "Sinner"]);
    assert_eq!(kind_of(&found, "Jannik Sinner"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Frances Tiafoe"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Leeds United"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Derby County"), Some(EntityKind::Organization));
    // A nationality's noun is no person.
    let text = "“I love playing here,” the 37-year-old Serb said.";
    assert_eq!(kind_of(&entities(text), "Serb"), None);
}

#[test]
fn a_lone_name_with_a_who_clause_is_a_person_and_a_denomination_no_name() {
    let text = "Swift attended alongside Beyoncé, who is releasing her own film. He will be \
                succeeded by Rob Ledford of Gainesville, who has been an assistant. A modest \
                Methodist, who said so, agreed. The Baptist minister came.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Beyoncé"), Some(EntityKind::Person), "{found:?}");
    assert_ne!(kind_of(&found, "Gainesville"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Methodist"), None);
    assert_eq!(kind_of(&found, "Baptist"), None);
}

#[test]
fn a_hall_takes_its_of() {
    let text = "The meeting at the Great Hall of the People lasted 35 minutes.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Great Hall of the People"), ["Great Hall of the People"], "{found:?}");
}

#[test]
fn an_adjective_made_from_a_name_is_no_name() {
    let text = "One of the unbeaten teams, the Brazillian squad, lost. It was an Orwellian scheme. \
                The Smithsonian said so. It was read on a Varian model A60 spectrometer.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Brazillian"), None, "{found:?}");
    assert_eq!(kind_of(&found, "Orwellian"), None);
    assert!(found.iter().any(|e| e.name == "Smithsonian"), "{found:?}");
    assert!(found.iter().any(|e| e.name == "Varian"), "{found:?}");
}

#[test]
fn a_team_named_after_its_country_is_an_organization() {
    let text = "Team Estonia built robots. He cheered for Team USA.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "Team Estonia"), Some(EntityKind::Organization), "{found:?}");
    assert_eq!(kind_of(&found, "Team USA"), Some(EntityKind::Organization));
}

#[test]
fn a_nationality_of_two_words_is_no_name() {
    let text = "South Korean President Yoon Suk Yeol apologized. The South African Prime Minister spoke, \
                and so did the U.S. President.";
    let found = entities(text);
    assert_eq!(kind_of(&found, "South Korean"), None, "{found:?}");
    assert_eq!(kind_of(&found, "South African"), None);
    assert_eq!(kind_of(&found, "South African Prime"), None);
    assert_eq!(kind_of(&found, "U.S."), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Yoon Suk Yeol"), Some(EntityKind::Person));
}

#[test]
fn a_company_named_again_without_its_trade_word() {
    let text = "The film earned $96 million, according to AMC Theatres. AMC distributed it directly. \
                Ticonderoga Motors went broke; Ticonderoga folded.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "AMC Theatres"), ["AMC Theatres", "AMC"], "{found:?}");
    assert_eq!(mentions(text, &found, "Ticonderoga Motors"), ["Ticonderoga Motors", "Ticonderoga"]);
}
