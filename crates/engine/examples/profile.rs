//! Runs `analyze` on a file many times, for a profiler:
//! `cargo run --release -p textlens-engine --example profile -- FILE [RUNS]`.
use textlens_engine::{analyze, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: profile FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let options = Options::default();
    let started = std::time::Instant::now();
    let mut words = 0;
    for _ in 0..runs {
        words = analyze(&text, &options).stats.words;
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!("{words} words, {:.1} MB/s", text.len() as f64 * runs as f64 / seconds / 1e6);
}
