//! Tests of the whole entity stage on small news-like texts.

use crate::report::{Entity, EntityKind};
use crate::{sentences, tokens};

fn entities(text: &str) -> Vec<Entity> {
    let tokens = tokens::tokenize(text);
    let sentences = sentences::split(text, &tokens);
    super::find(text, &tokens, &sentences)
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
    assert_eq!(mentions(text, &found, "Donald Trump"), ["Donald Trump", "Trump", "Trump"]);
    assert_eq!(kind_of(&found, "Donald Trump"), Some(EntityKind::Person));
    assert_eq!(found[0].name, "Donald Trump");
    assert_eq!(found[0].count, 3);
}

#[test]
fn titles_and_party_tags_are_outside_spans() {
    let text = "Sen. Chuck Schumer, D-N.Y., met Gov. Kathy Hochul. Schumer said it went well.";
    let found = entities(text);
    assert_eq!(mentions(text, &found, "Chuck Schumer"), ["Chuck Schumer", "Schumer"]);
    assert_eq!(kind_of(&found, "Kathy Hochul"), Some(EntityKind::Person));
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
    assert_eq!(mentions(text, &found, "Zohran Mamdani"), ["Zohran Mamdani", "Mamdani"]);
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
