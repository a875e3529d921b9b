//! Which language a text is in, told by its commonest function words.
//!
//! Function words are the most frequent words of any text and differ between languages, so
//! counting hits on a short list per language is enough to tell the six languages the engine
//! has stop words for apart, even on a paragraph. A word that several languages share ("de",
//! "la", "a") counts for each of them a fraction. A text with no hits at all is taken as English.

use std::sync::OnceLock;

use crate::hash::FastMap;
use crate::stopwords::LANGUAGES;

/// The 30-odd commonest function words of each language, in the order of `LANGUAGES`.
/// Chosen for textlens: frequent, and as far as possible found in one language only.
const MARKERS: [&str; 6] = [
    "the and of to is that it with was for this are have be from by which were has they you not but his her \
     would there their been had will",
    "el la los las que de y en del se por con una para es como pero más sus fue ha este esta también muy sobre \
     entre ya cuando hay al",
    "le la les des du et est une dans que qui pour pas sur au aux avec ce il elle sont été mais ont nous vous \
     cette leur ses plus",
    "der die das und ist nicht ein eine zu den mit sich des auf für im dem auch es an werden aus er hat dass sie \
     nach wird bei wie",
    "il lo la di che e è per una un non sono della del con gli nel le alla anche come più questo ma ha dei delle \
     essere stato sua",
    "o os as de que e do da em um uma para com não dos das no na por mais foi são ao pelo pela também seu sua \
     ele está",
];

/// For each marker word, the languages that list it (bit `i` for `LANGUAGES[i]`).
fn markers() -> &'static FastMap<&'static str, u8> {
    static MAP: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FastMap<&'static str, u8> = FastMap::default();
        for (i, words) in MARKERS.iter().enumerate() {
            for word in words.split_whitespace() {
                *map.entry(word).or_insert(0) |= 1 << i;
            }
        }
        map
    })
}

/// The language (ISO 639-1 code) of a text given as distinct lower-case terms and their counts.
pub(crate) fn detect<'a>(terms: impl Iterator<Item = (&'a str, usize)>) -> &'static str {
    let markers = markers();
    let mut scores = [0f64; 6];
    for (term, count) in terms {
        if let Some(&languages) = markers.get(term) {
            let share = count as f64 / f64::from(languages.count_ones());
            for (i, score) in scores.iter_mut().enumerate() {
                if languages & (1 << i) != 0 {
                    *score += share;
                }
            }
        }
    }
    // The first of equal best scores wins, so English wins a tie (and a text with no hits).
    let mut best = 0;
    for i in 1..scores.len() {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    LANGUAGES[best].0
}

/// `code` if it is a language the engine has stop words for.
pub(crate) fn known(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().map(|&(c, _)| c).find(|&c| c == code)
}

#[cfg(test)]
mod tests {
    use super::detect;
    use crate::hash::FastMap;

    fn language(text: &str) -> &'static str {
        let mut counts: FastMap<String, usize> = FastMap::default();
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
        detect(counts.iter().map(|(t, &c)| (t.as_str(), c)))
    }

    #[test]
    fn tells_six_languages_apart() {
        let cases = [
            (
                "en",
                "The council said on Monday that the new bridge would be finished by spring, and that it was \
                    paid for by the state.",
            ),
            (
                "es",
                "El ayuntamiento anunció el lunes que el nuevo puente estará terminado en primavera y que las \
                    obras se pagarán con fondos de la región.",
            ),
            (
                "fr",
                "Le conseil municipal a annoncé lundi que le nouveau pont sera terminé au printemps et que les \
                    travaux sont payés par la région.",
            ),
            (
                "de",
                "Der Stadtrat hat am Montag mitgeteilt, dass die neue Brücke im Frühjahr fertig wird und dass \
                    das Land sie bezahlt.",
            ),
            (
                "it",
                "Il consiglio comunale ha annunciato lunedì che il nuovo ponte sarà finito in primavera e che i \
                    lavori sono pagati dalla regione.",
            ),
            (
                "pt",
                "A câmara municipal anunciou na segunda-feira que a nova ponte estará pronta na primavera e que \
                    as obras são pagas pelo governo do estado.",
            ),
        ];
        for (expected, text) in cases {
            assert_eq!(language(text), expected, "{text}");
        }
    }

    #[test]
    fn no_evidence_means_english() {
        assert_eq!(language(""), "en");
        assert_eq!(language("Zebra quagga okapi."), "en");
    }
}
