//! Folding names to lookup keys: lower case, straight apostrophes and no accents, so that
//! "José Núñez", "Jose Nunez" and "JOSÉ NÚÑEZ" are one key.

/// The lookup key of a word or a phrase.
pub(super) fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(s, &mut out);
    out
}

/// Appends the key of `s` to `out`.
pub(super) fn push_key(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\'' | '’' | 'ʼ' | '‘' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => match strip_accent(c) {
                Some(base) => out.push(base),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
}

/// The unaccented lower-case letter of a Latin letter with a diacritic.
fn strip_accent(c: char) -> Option<char> {
    const TABLE: &[(&str, char)] = &[
        ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", 'a'),
        ("çćĉċčÇĆĈĊČ", 'c'),
        ("ďđĎĐ", 'd'),
        ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", 'e'),
        ("ĝğġģĜĞĠĢ", 'g'),
        ("ĥħĤĦ", 'h'),
        ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", 'i'),
        ("ĵĴ", 'j'),
        ("ķĶ", 'k'),
        ("ĺļľŀłĹĻĽĿŁ", 'l'),
        ("ñńņňÑŃŅŇ", 'n'),
        ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", 'o'),
        ("ŕŗřŔŖŘ", 'r'),
        ("śŝşšșŚŜŞŠȘ", 's'),
        ("ţťŧțŢŤŦȚ", 't'),
        ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", 'u'),
        ("ŵŴ", 'w'),
        ("ýÿŷÝŸŶ", 'y'),
        ("źżžŹŻŽ", 'z'),
    ];
    TABLE.iter().find(|(accented, _)| accented.contains(c)).map(|&(_, base)| base)
}

/// Whether the word starts with an upper-case letter.
pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word has letters and none of them is lower case ("NYPD", "U.S.", "JAPAN").
pub(super) fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_accents_and_apostrophes() {
        assert_eq!(key("José Núñez"), "jose nunez");
        assert_eq!(key("JOSÉ"), "jose");
        assert_eq!(key("O’Neill"), "o'neill");
        assert_eq!(key("Zoë"), "zoe");
        assert_eq!(key("Łódź"), "lodz");
        assert_eq!(key(""), "");
    }

    #[test]
    fn capitals() {
        assert!(is_capitalised("Élodie"));
        assert!(!is_capitalised("élodie"));
        assert!(is_all_caps("U.S."));
        assert!(!is_all_caps("Us"));
        assert!(!is_all_caps("123"));
    }
}
