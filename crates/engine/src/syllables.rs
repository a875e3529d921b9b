//! The syllable counter shared by readability and `textlens syllables`.

/// Counts the syllables of one English word (vowel groups; to be refined).
pub fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut in_vowels = false;
    for c in word.chars().flat_map(char::to_lowercase) {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !in_vowels {
            count += 1;
        }
        in_vowels = vowel;
    }
    count.max(1)
}

// TEMP-EVAL-BEGIN
#[cfg(test)]
mod dev_eval {
    #[test]
    #[ignore]
    fn dev_accuracy() {
        use std::fmt::Write;
        let text = std::fs::read_to_string("/work/shared/eval/dev/syllables.jsonl").unwrap();
        let (mut right, mut total) = (0, 0);
        let mut errs = String::new();
        for line in text.lines() {
            let w = line.split("\"word\": \"").nth(1).unwrap().split('"').next().unwrap();
            let list = line.split('[').nth(1).unwrap().split(']').next().unwrap();
            let allowed: Vec<usize> = list.split(',').map(|s| s.trim().parse().unwrap()).collect();
            let got = super::syllables(w);
            total += 1;
            if allowed.contains(&got) {
                right += 1;
            } else {
                writeln!(errs, "{w}\t{got}\t{allowed:?}").unwrap();
            }
        }
        std::fs::write("/tmp/syl_err.txt", errs).unwrap();
        println!("ACCURACY {right}/{total} = {:.4}", right as f64 / total as f64);
    }
}
// TEMP-EVAL-END
