//! An English stemmer: the Porter2 ("Snowball English") algorithm, written for textlens from the
//! published description (snowballstem.org/algorithms/english/stemmer.html).
//!
//! Stems group the forms of a word ("election", "elections", "elected" → "elect"); a stem is a
//! key, not a word to show. Only ASCII letters and apostrophes are stemmed: any other word is its
//! own stem, so accented or foreign words are never mangled.

/// The stem of a lower-case English word.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        return word.to_owned();
    }
    if let Some(fixed) = exception(word) {
        return fixed.to_owned();
    }
    let mut w = Word::new(word.trim_start_matches('\'').as_bytes());
    if w.b.len() <= 2 {
        return w.finish();
    }
    w.step0();
    w.step1a();
    if matches!(
        w.b.as_slice(),
        b"inning" | b"outing" | b"canning" | b"herring" | b"earring" | b"proceed" | b"exceed" | b"succeed"
    ) {
        return w.finish();
    }
    w.step1b();
    w.step1c();
    w.step2();
    w.step3();
    w.step4();
    w.step5();
    w.finish()
}

/// Words the algorithm lists as special: irregular forms and words it would over-stem.
fn exception(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// A word being stemmed: its letters (a `y` that acts as a consonant is written `Y`) and the
/// starts of its regions R1 and R2.
struct Word {
    b: Vec<u8>,
    r1: usize,
    r2: usize,
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn is_double(pair: &[u8]) -> bool {
    matches!(pair, b"bb" | b"dd" | b"ff" | b"gg" | b"mm" | b"nn" | b"pp" | b"rr" | b"tt")
}

impl Word {
    fn new(word: &[u8]) -> Word {
        let mut b = word.to_vec();
        for i in 0..b.len() {
            if b[i] == b'y' && (i == 0 || is_vowel(b[i - 1])) {
                b[i] = b'Y';
            }
        }
        let r1 = [&b"gener"[..], b"commun", b"arsen"]
            .iter()
            .find(|p| b.starts_with(p))
            .map_or_else(|| region_after(&b, 0), |p| p.len());
        let r2 = region_after(&b, r1);
        Word { b, r1, r2 }
    }

    fn finish(self) -> String {
        self.b.iter().map(|&c| if c == b'Y' { 'y' } else { c as char }).collect()
    }

    fn ends(&self, suffix: &[u8]) -> bool {
        self.b.ends_with(suffix)
    }

    /// The longest of `suffixes` the word ends with.
    fn longest<'s>(&self, suffixes: &[&'s [u8]]) -> Option<&'s [u8]> {
        suffixes.iter().copied().filter(|s| self.ends(s)).max_by_key(|s| s.len())
    }

    fn stem_len(&self, suffix: &[u8]) -> usize {
        self.b.len() - suffix.len()
    }

    fn in_r1(&self, suffix: &[u8]) -> bool {
        self.stem_len(suffix) >= self.r1
    }

    fn in_r2(&self, suffix: &[u8]) -> bool {
        self.stem_len(suffix) >= self.r2
    }

    fn replace(&mut self, suffix: &[u8], with: &[u8]) {
        let n = self.stem_len(suffix);
        self.b.truncate(n);
        self.b.extend_from_slice(with);
    }

    fn has_vowel_before(&self, end: usize) -> bool {
        self.b[..end].iter().any(|&c| is_vowel(c))
    }

    /// Whether the word up to `end` ends in a short syllable.
    fn short_syllable_at(&self, end: usize) -> bool {
        let b = &self.b[..end];
        match b.len() {
            0 | 1 => false,
            2 => is_vowel(b[0]) && !is_vowel(b[1]),
            n => {
                !is_vowel(b[n - 3])
                    && is_vowel(b[n - 2])
                    && !is_vowel(b[n - 1])
                    && !matches!(b[n - 1], b'w' | b'x' | b'Y')
            }
        }
    }

    fn is_short(&self) -> bool {
        self.r1 >= self.b.len() && self.short_syllable_at(self.b.len())
    }

    fn step0(&mut self) {
        if let Some(s) = self.longest(&[b"'s'", b"'s", b"'"]) {
            self.replace(s, b"");
        }
    }

    fn step1a(&mut self) {
        let Some(s) = self.longest(&[b"sses", b"ied", b"ies", b"us", b"ss", b"s"]) else { return };
        match s {
            b"sses" => self.replace(s, b"ss"),
            b"ied" | b"ies" => {
                let with: &[u8] = if self.stem_len(s) > 1 { b"i" } else { b"ie" };
                self.replace(s, with);
            }
            b"s" => {
                let n = self.stem_len(s);
                if n >= 2 && self.has_vowel_before(n - 1) {
                    self.replace(s, b"");
                }
            }
            _ => {}
        }
    }

    fn step1b(&mut self) {
        let Some(s) = self.longest(&[b"eed", b"eedly", b"ed", b"edly", b"ing", b"ingly"]) else { return };
        if matches!(s, b"eed" | b"eedly") {
            if self.in_r1(s) {
                self.replace(s, b"ee");
            }
            return;
        }
        let n = self.stem_len(s);
        if !self.has_vowel_before(n) {
            return;
        }
        self.b.truncate(n);
        if self.ends(b"at") || self.ends(b"bl") || self.ends(b"iz") {
            self.b.push(b'e');
        } else if n >= 2 && is_double(&self.b[n - 2..]) {
            self.b.pop();
        } else if self.is_short() {
            self.b.push(b'e');
        }
    }

    fn step1c(&mut self) {
        let n = self.b.len();
        if n > 2 && matches!(self.b[n - 1], b'y' | b'Y') && !is_vowel(self.b[n - 2]) {
            self.b[n - 1] = b'i';
        }
    }

    fn step2(&mut self) {
        const RULES: &[(&[u8], &[u8])] = &[
            (b"tional", b"tion"),
            (b"enci", b"ence"),
            (b"anci", b"ance"),
            (b"abli", b"able"),
            (b"entli", b"ent"),
            (b"izer", b"ize"),
            (b"ization", b"ize"),
            (b"ational", b"ate"),
            (b"ation", b"ate"),
            (b"ator", b"ate"),
            (b"alism", b"al"),
            (b"aliti", b"al"),
            (b"alli", b"al"),
            (b"fulness", b"ful"),
            (b"ousli", b"ous"),
            (b"ousness", b"ous"),
            (b"iveness", b"ive"),
            (b"iviti", b"ive"),
            (b"biliti", b"ble"),
            (b"bli", b"ble"),
            (b"ogi", b"og"),
            (b"fulli", b"ful"),
            (b"lessli", b"less"),
            (b"li", b""),
        ];
        let Some(&(s, with)) = RULES.iter().filter(|(s, _)| self.ends(s)).max_by_key(|(s, _)| s.len()) else {
            return;
        };
        if !self.in_r1(s) {
            return;
        }
        let before = self.stem_len(s).checked_sub(1).map(|i| self.b[i]);
        let allowed = match s {
            b"ogi" => before == Some(b'l'),
            b"li" => matches!(before, Some(b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't')),
            _ => true,
        };
        if allowed {
            self.replace(s, with);
        }
    }

    fn step3(&mut self) {
        const RULES: &[(&[u8], &[u8])] = &[
            (b"tional", b"tion"),
            (b"ational", b"ate"),
            (b"alize", b"al"),
            (b"icate", b"ic"),
            (b"iciti", b"ic"),
            (b"ical", b"ic"),
            (b"ful", b""),
            (b"ness", b""),
            (b"ative", b""),
        ];
        let Some(&(s, with)) = RULES.iter().filter(|(s, _)| self.ends(s)).max_by_key(|(s, _)| s.len()) else {
            return;
        };
        if self.in_r1(s) && (s != b"ative" || self.in_r2(s)) {
            self.replace(s, with);
        }
    }

    fn step4(&mut self) {
        const SUFFIXES: &[&[u8]] = &[
            b"al", b"ance", b"ence", b"er", b"ic", b"able", b"ible", b"ant", b"ement", b"ment", b"ent", b"ism", b"ate",
            b"iti", b"ous", b"ive", b"ize", b"ion",
        ];
        let Some(s) = self.longest(SUFFIXES) else { return };
        if !self.in_r2(s) {
            return;
        }
        if s == b"ion" {
            let n = self.stem_len(s);
            if n == 0 || !matches!(self.b[n - 1], b's' | b't') {
                return;
            }
        }
        self.replace(s, b"");
    }

    fn step5(&mut self) {
        if self.ends(b"e") {
            let n = self.b.len() - 1;
            if self.in_r2(b"e") || (self.in_r1(b"e") && !self.short_syllable_at(n)) {
                self.b.truncate(n);
            }
        } else if self.ends(b"ll") && self.in_r2(b"l") {
            self.b.pop();
        }
    }
}

/// Where the region after `from` starts: after the first non-vowel that follows a vowel.
fn region_after(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i + 1 < b.len() {
        if is_vowel(b[i]) && !is_vowel(b[i + 1]) {
            return i + 2;
        }
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn examples_from_the_algorithm() {
        let cases = [
            ("election", "elect"),
            ("elections", "elect"),
            ("elected", "elect"),
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consigning", "consign"),
            ("consignment", "consign"),
            ("consolation", "consol"),
            ("generously", "generous"),
            ("generalization", "general"),
            ("communication", "communic"),
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "tie"),
            ("cats", "cat"),
            ("gas", "gas"),
            ("agreed", "agre"),
            ("running", "run"),
            ("hoping", "hope"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("abilities", "abil"),
            ("abandoned", "abandon"),
            ("skies", "sky"),
            ("dying", "die"),
            ("news", "news"),
            ("knightly", "knight"),
            ("hopefulness", "hope"),
            ("yelling", "yell"),
            ("fall", "fall"),
            ("controll", "control"),
            ("trump's", "trump"),
            ("rodríguez", "rodríguez"),
            ("by", "by"),
        ];
        for (word, expected) in cases {
            assert_eq!(stem(word), expected, "{word}");
        }
    }
}
