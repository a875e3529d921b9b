//! Readability formulas: the published ones, from word, sentence, syllable and letter counts.

use crate::report::Readability;

/// The counts the formulas are made of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Words of three or more syllables.
    pub polysyllables: usize,
    /// Letters and digits in words.
    pub characters: usize,
}

/// All six scores, rounded to two decimals. A text without words or sentences scores zero
/// everywhere: the formulas would divide by zero, and JSON has no NaN.
pub(crate) fn readability(counts: &Counts) -> Readability {
    if counts.words == 0 || counts.sentences == 0 {
        return Readability::default();
    }
    let words = counts.words as f64;
    let sentences = counts.sentences as f64;
    let syllables = counts.syllables as f64;
    let polysyllables = counts.polysyllables as f64;
    let characters = counts.characters as f64;

    let words_per_sentence = words / sentences;
    let syllables_per_word = syllables / words;
    let letters_per_100_words = characters / words * 100.0;
    let sentences_per_100_words = sentences / words * 100.0;

    Readability {
        flesch_reading_ease: round2(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word),
        flesch_kincaid_grade: round2(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59),
        gunning_fog: round2(0.4 * (words_per_sentence + 100.0 * polysyllables / words)),
        smog_index: round2(1.0430 * (polysyllables * 30.0 / sentences).sqrt() + 3.1291),
        coleman_liau_index: round2(0.0588 * letters_per_100_words - 0.296 * sentences_per_100_words - 15.8),
        automated_readability_index: round2(4.71 * characters / words + 0.5 * words_per_sentence - 21.43),
    }
}

/// Two decimals; never NaN or infinite, never -0.
fn round2(x: f64) -> f64 {
    let r = (x * 100.0).round() / 100.0;
    if r.is_finite() {
        r + 0.0
    } else {
        0.0
    }
}

/// The school level a US grade score (Flesch-Kincaid, Fog, SMOG, Coleman-Liau, ARI) stands
/// for, in plain words.
pub fn interpret_grade(grade: f64) -> &'static str {
    if grade.is_nan() {
        return "unknown";
    }
    match grade.round() {
        g if g < 2.0 => "grade 1 or below: early elementary school",
        g if g < 3.0 => "grade 2: elementary school",
        g if g < 4.0 => "grade 3: elementary school",
        g if g < 5.0 => "grade 4: elementary school",
        g if g < 6.0 => "grade 5: elementary school",
        g if g < 7.0 => "grade 6: middle school",
        g if g < 8.0 => "grade 7: middle school",
        g if g < 9.0 => "grade 8: middle school",
        g if g < 10.0 => "grade 9: high-school freshman",
        g if g < 11.0 => "grade 10: high-school sophomore",
        g if g < 12.0 => "grade 11: high-school junior",
        g if g < 13.0 => "grade 12: high-school senior",
        g if g < 14.0 => "grade 13: college freshman",
        g if g < 15.0 => "grade 14: college sophomore",
        g if g < 16.0 => "grade 15: college junior",
        g if g < 17.0 => "grade 16: college senior",
        _ => "above grade 16: graduate school",
    }
}

/// Flesch's own table for the reading-ease score (higher is easier; scores can fall outside
/// 0-100).
pub fn interpret_ease(score: f64) -> &'static str {
    match score {
        s if s.is_nan() => "unknown",
        s if s >= 90.0 => "very easy: 5th grade",
        s if s >= 80.0 => "easy: 6th grade",
        s if s >= 70.0 => "fairly easy: 7th grade",
        s if s >= 60.0 => "plain English: 8th and 9th grade",
        s if s >= 50.0 => "fairly difficult: 10th to 12th grade",
        s if s >= 30.0 => "difficult: college",
        _ => "very difficult: college graduate",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(words: usize, sentences: usize, syllables: usize, polysyllables: usize, characters: usize) -> Counts {
        Counts { words, sentences, syllables, polysyllables, characters }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn hundred_words_in_four_sentences() {
        // 25 words a sentence, 1.4 syllables a word, 12 words of 3+ syllables, 470 letters:
        // FRE 206.835 - 1.015*25 - 84.6*1.4 = 63.02
        // FK 0.39*25 + 11.8*1.4 - 15.59 = 10.68
        // Fog 0.4*(25 + 12) = 14.8
        // SMOG 1.0430*sqrt(12*30/4) + 3.1291 = 13.0239 -> 13.02
        // CLI L=470, S=4: 0.0588*470 - 0.296*4 - 15.8 = 10.652 -> 10.65
        // ARI 4.71*4.7 + 0.5*25 - 21.43 = 13.207 -> 13.21
        let r = readability(&counts(100, 4, 140, 12, 470));
        assert!(close(r.flesch_reading_ease, 63.02), "{r:?}");
        assert!(close(r.flesch_kincaid_grade, 10.68), "{r:?}");
        assert!(close(r.gunning_fog, 14.8), "{r:?}");
        assert!(close(r.smog_index, 13.02), "{r:?}");
        assert!(close(r.coleman_liau_index, 10.65), "{r:?}");
        assert!(close(r.automated_readability_index, 13.21), "{r:?}");
    }

    #[test]
    fn short_easy_text() {
        // 7 words, 2 sentences, 9 syllables, 1 polysyllable, 30 letters:
        // FRE 206.835 - 1.015*3.5 - 84.6*9/7 = 94.5111 -> 94.51
        // FK 0.39*3.5 + 11.8*9/7 - 15.59 = 0.9464 -> 0.95
        // Fog 0.4*(3.5 + 100/7) = 7.1143 -> 7.11
        // SMOG 1.0430*sqrt(15) + 3.1291 = 7.1686 -> 7.17
        // CLI 0.0588*428.571 - 0.296*28.571 - 15.8 = 0.9429 -> 0.94
        // ARI 4.71*30/7 + 1.75 - 21.43 = 0.5057 -> 0.51
        let r = readability(&counts(7, 2, 9, 1, 30));
        assert!(close(r.flesch_reading_ease, 94.51), "{r:?}");
        assert!(close(r.flesch_kincaid_grade, 0.95), "{r:?}");
        assert!(close(r.gunning_fog, 7.11), "{r:?}");
        assert!(close(r.smog_index, 7.17), "{r:?}");
        assert!(close(r.coleman_liau_index, 0.94), "{r:?}");
        assert!(close(r.automated_readability_index, 0.51), "{r:?}");
    }

    #[test]
    fn nothing_to_measure_scores_zero() {
        let zero = Readability::default();
        assert_eq!(readability(&counts(0, 0, 0, 0, 0)), zero);
        assert_eq!(readability(&counts(0, 3, 0, 0, 0)), zero);
        assert_eq!(readability(&counts(5, 0, 7, 1, 20)), zero);
    }

    #[test]
    fn always_finite() {
        for c in
            [counts(1, 1, 0, 0, 0), counts(1, 1000, 1, 0, 1), counts(usize::MAX, 1, usize::MAX, usize::MAX, usize::MAX)]
        {
            let r = readability(&c);
            for x in [
                r.flesch_reading_ease,
                r.flesch_kincaid_grade,
                r.gunning_fog,
                r.smog_index,
                r.coleman_liau_index,
                r.automated_readability_index,
            ] {
                assert!(x.is_finite(), "{c:?} {r:?}");
                assert!(x != 0.0 || x.is_sign_positive(), "{c:?} {r:?}");
            }
        }
    }

    #[test]
    fn grade_words() {
        assert_eq!(interpret_grade(-3.0), "grade 1 or below: early elementary school");
        assert_eq!(interpret_grade(4.6), "grade 5: elementary school");
        assert_eq!(interpret_grade(7.2), "grade 7: middle school");
        assert_eq!(interpret_grade(9.0), "grade 9: high-school freshman");
        assert_eq!(interpret_grade(10.68), "grade 11: high-school junior");
        assert_eq!(interpret_grade(12.4), "grade 12: high-school senior");
        assert_eq!(interpret_grade(14.0), "grade 14: college sophomore");
        assert_eq!(interpret_grade(16.4), "grade 16: college senior");
        assert_eq!(interpret_grade(16.5), "above grade 16: graduate school");
        assert_eq!(interpret_grade(f64::INFINITY), "above grade 16: graduate school");
        assert_eq!(interpret_grade(f64::NAN), "unknown");
    }

    #[test]
    fn ease_words() {
        assert_eq!(interpret_ease(120.0), "very easy: 5th grade");
        assert_eq!(interpret_ease(90.0), "very easy: 5th grade");
        assert_eq!(interpret_ease(85.0), "easy: 6th grade");
        assert_eq!(interpret_ease(72.5), "fairly easy: 7th grade");
        assert_eq!(interpret_ease(63.02), "plain English: 8th and 9th grade");
        assert_eq!(interpret_ease(55.0), "fairly difficult: 10th to 12th grade");
        assert_eq!(interpret_ease(30.0), "difficult: college");
        assert_eq!(interpret_ease(29.99), "very difficult: college graduate");
        assert_eq!(interpret_ease(-40.0), "very difficult: college graduate");
        assert_eq!(interpret_ease(f64::NAN), "unknown");
    }
}
