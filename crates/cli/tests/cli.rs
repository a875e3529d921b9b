//! The command-line contract: the JSON shape, offsets that slice the text, encodings, refusals.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn textlens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_textlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("textlens runs");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("textlens finishes")
}

fn json(args: &[&str], stdin: &[u8]) -> Value {
    let out = textlens(args, stdin);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

const ARTICLE: &str = "WASHINGTON — Sen. Chuck Schumer said Tuesday that the U.S. Senate would vote on the bill.\n\n“We will not wait,” Schumer told reporters. Trump’s allies disagreed.\n";

#[test]
fn json_has_the_contract_fields() {
    let report = json(&["analyze", "--json", "-"], ARTICLE.as_bytes());
    assert_eq!(report["schema"], 1);
    for field in [
        "characters",
        "characters_no_spaces",
        "words",
        "unique_words",
        "sentences",
        "paragraphs",
        "syllables",
        "reading_time_seconds",
        "speaking_time_seconds",
    ] {
        assert!(report["stats"][field].is_number(), "stats.{field}");
    }
    for field in [
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
    ] {
        assert!(report["readability"][field].is_number(), "readability.{field}");
    }
    assert!(report["entities"].is_array());
    assert!(report["quotes"].is_array());
    assert!(report.get("tokens").is_none(), "tokens only with --tokens");
    assert_eq!(report["stats"]["sentences"], 3);
    assert_eq!(report["stats"]["paragraphs"], 2);
    let first = &report["frequencies"][0];
    assert!(first["term"].is_string() && first["count"].is_number());
}

#[test]
fn every_span_slices_the_text() {
    let report = json(&["analyze", "--json", "--tokens", "-"], ARTICLE.as_bytes());
    let slice = |v: &Value| {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        ARTICLE.get(s..e).expect("span on char boundaries").to_owned()
    };
    let sentences: Vec<String> = report["sentences"].as_array().unwrap().iter().map(slice).collect();
    assert_eq!(
        sentences,
        [
            "WASHINGTON — Sen. Chuck Schumer said Tuesday that the U.S. Senate would vote on the bill.",
            "“We will not wait,” Schumer told reporters.",
            "Trump’s allies disagreed."
        ]
    );
    let tokens = report["tokens"].as_array().unwrap();
    assert!(tokens.iter().all(|t| !slice(t).trim().is_empty() && t["kind"].is_string()));
    assert_eq!(slice(&tokens[0]), "WASHINGTON");
}

#[test]
fn reads_files_in_other_encodings() {
    let dir = std::env::temp_dir().join(format!("textlens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let utf16: Vec<u8> = "\u{feff}Café “ok”. Done.".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let cases: [(&str, Vec<u8>); 3] = [
        ("bom.txt", b"\xEF\xBB\xBFCaf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D. Done.".to_vec()),
        ("utf16.txt", utf16),
        ("cp1252.txt", b"Caf\xE9 \x93ok\x94. Done.".to_vec()),
    ];
    for (name, bytes) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let report = json(&["analyze", "--json", "--tokens", path.to_str().unwrap()], b"");
        assert_eq!(report["stats"]["characters"], 16, "{name}");
        assert_eq!(report["stats"]["sentences"], 2, "{name}");
        assert_eq!(report["frequencies"][0]["term"], "café", "{name}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn binary_input_is_refused_with_exit_code_2() {
    let out = textlens(&["analyze", "--json", "-"], b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not text"));
    assert!(out.stdout.is_empty());
}

#[test]
fn empty_input_is_refused_with_exit_code_2() {
    let out = textlens(&["analyze", "--json", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}

#[test]
fn missing_file_and_bad_usage() {
    assert_eq!(textlens(&["analyze", "/no/such/file.txt"], b"").status.code(), Some(2));
    assert_eq!(textlens(&["analyze", "--frobnicate"], b"").status.code(), Some(1));
    assert_eq!(textlens(&["transmogrify"], b"").status.code(), Some(1));
    let help = textlens(&["--help"], b"");
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("EXAMPLES"));
}

#[test]
fn summary_is_readable() {
    let out = textlens(&["analyze", "-"], ARTICLE.as_bytes());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Words") && text.contains("Sentences") && text.contains("schumer"), "{text}");
}

#[test]
fn syllables_from_arguments_and_stdin() {
    let out = textlens(&["syllables", "cat", "table"], b"");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "cat\t1\ntable\t2\n");
    let out = textlens(&["syllables"], b"banana\nreadability\n");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "banana\t3\nreadability\t5\n");
}

#[test]
fn jsonl_batches_name_their_files() {
    let dir = std::env::temp_dir().join(format!("textlens-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "One. Two.").unwrap();
    std::fs::write(dir.join("b.md"), "Three words here.").unwrap();
    std::fs::write(dir.join("skip.png"), b"\x89PNG").unwrap();
    let out = textlens(&["analyze", "--jsonl", dir.to_str().unwrap()], b"");
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("a.txt"));
    assert_eq!(lines[1]["stats"]["words"], 3);
    std::fs::remove_dir_all(&dir).ok();
}
