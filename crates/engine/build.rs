//! Front-codes the large sorted gazetteers for the binary: each entry is written as how many
//! leading bytes it shares with the entry before (one digit, at most 9, on a character
//! boundary) and the rest. Sorted names share long prefixes ("san antonio", "san diego"), and
//! gzip, which the page's WebAssembly is served with, packs these lists a fifth smaller this
//! way than as plain lines (places, surnames and given names: 40.0 KB gzipped -> 33.7 KB). The
//! lists stay plain, readable lines in `data/`; `gazetteer.rs` expands them once, on first use.

use std::{env, fs, path::Path};

const FRONT_CODED: [&str; 3] = ["places.txt", "surnames.txt", "given_names.txt"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FRONT_CODED {
        let source = Path::new("data/entities").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        fs::write(Path::new(&out).join(name), front_code(&text)).expect("OUT_DIR is writable");
    }
}

fn front_code(list: &str) -> String {
    let mut coded = String::with_capacity(list.len());
    let mut previous = "";
    for entry in list.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let mut shared = previous.bytes().zip(entry.bytes()).take(9).take_while(|(a, b)| a == b).count();
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        coded.push(char::from(b'0' + shared as u8));
        coded.push_str(&entry[shared..]);
        coded.push('\n');
        previous = entry;
    }
    coded
}
