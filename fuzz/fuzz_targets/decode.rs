//! `decode` over arbitrary bytes: no panic, no NUL in what it accepts, and UTF-8 text without a
//! byte-order mark or a NUL comes back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = textlens_engine::decode(data);
    if let Ok(text) = &decoded {
        assert!(!text.contains('\0'));
    }
    if let (Ok(text), Ok(original)) = (&decoded, std::str::from_utf8(data)) {
        // Bytes with zeros may be UTF-16 without a BOM; those are decoded as such on purpose.
        if !data.starts_with(b"\xEF\xBB\xBF") && !data.starts_with(b"\xFF\xFE") && !data.starts_with(b"\xFE\xFF") && !data.contains(&0) {
            assert_eq!(text, original);
        }
    }
});
