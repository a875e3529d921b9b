//! Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 (little or big endian,
//! with a byte-order mark or recognised by its zero bytes), and Windows-1252 (a superset of
//! Latin-1) for bytes that are not UTF-8. Binary data is refused.

use std::fmt;

/// Why bytes could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    Binary,
    BadUtf16,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Binary => f.write_str(
                "this looks like a binary file, not text: open it in the program that made it and save or copy it as plain text",
            ),
            ErrorKind::BadUtf16 => f.write_str("this file says it is UTF-16 but holds invalid UTF-16 data"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a file's bytes to text. The byte-order mark, if any, is not part of the text.
///
/// ```
/// assert_eq!(textlens_engine::decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap(), "café");
/// assert_eq!(textlens_engine::decode(b"caf\xE9 \x93hi\x94").unwrap(), "café “hi”");
/// assert!(textlens_engine::decode(b"\x00\x01\x02\x03PNG").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8_or_legacy(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    match utf16_without_bom(bytes) {
        Some(true) => return utf16(bytes, u16::from_le_bytes),
        Some(false) => return utf16(bytes, u16::from_be_bytes),
        None => {}
    }
    utf8_or_legacy(bytes)
}

/// Text with many zero bytes, all at odd (little endian) or all at even offsets, is UTF-16.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let half = sample.len() / 2;
    if odd * 10 >= half * 4 && even == 0 {
        Some(true)
    } else if even * 10 >= half * 4 && odd == 0 {
        Some(false)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let text: String =
        char::decode_utf16(units).collect::<Result<_, _>>().map_err(|_| DecodeError { kind: ErrorKind::BadUtf16 })?;
    check_text(&text)?;
    Ok(text)
}

fn utf8_or_legacy(bytes: &[u8]) -> Result<String, DecodeError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    check_text(&text)?;
    Ok(text)
}

/// Text has no zero bytes and few control characters.
fn check_text(text: &str) -> Result<(), DecodeError> {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars().take(65536) {
        total += 1;
        if c == '\0' {
            return Err(DecodeError { kind: ErrorKind::Binary });
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(DecodeError { kind: ErrorKind::Binary });
    }
    Ok(())
}

/// Windows-1252: Latin-1, with typographic marks in 0x80..=0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_both_ways() {
        let le: Vec<u8> = "\u{feff}Hi “you”".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "\u{feff}Hi “you”".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le).unwrap(), "Hi “you”");
        assert_eq!(decode(&be).unwrap(), "Hi “you”");
        let no_bom: Vec<u8> = "Plain text here".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&no_bom).unwrap(), "Plain text here");
    }

    #[test]
    fn legacy_and_binary() {
        assert_eq!(decode(b"na\xEFve \x96 ok").unwrap(), "naïve – ok");
        assert!(decode(b"GIF89a\x00\x01\x00").is_err());
        assert!(decode(&[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]).is_err());
        assert_eq!(decode(b"").unwrap(), "");
    }
}
