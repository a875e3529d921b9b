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
    if crate::words::push_ascii_lowercase(s, out) {
        return;
    }
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

/// The unaccented lower-case letter of a Latin letter with a diacritic. A `match` rather than
/// a table searched letter by letter: the compiler makes it a few range tests.
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => {
            'a'
        }
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => 'c',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => {
            'e'
        }
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'g',
        'ĥ' | 'ħ' | 'Ĥ' | 'Ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => {
            'i'
        }
        'ĵ' | 'Ĵ' => 'j',
        'ķ' | 'Ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'Ñ' | 'Ń' | 'Ņ' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => {
            'o'
        }
        'ŕ' | 'ŗ' | 'ř' | 'Ŕ' | 'Ŗ' | 'Ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů'
        | 'Ű' | 'Ų' => 'u',
        'ŵ' | 'Ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' | 'Ý' | 'Ÿ' | 'Ŷ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        _ => return None,
    })
}

/// Whether the word starts with an upper-case letter.
pub(super) fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether the word has letters and none of them is lower case ("NYPD", "U.S.", "JAPAN").
pub(super) fn is_all_caps(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase);
    }
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
