//! Throughput of the whole analysis (`analyze` with default options) on a small article and on
//! about 1 MB and 10 MB of news text. The large texts are made by `node bench/prepare.js`; a
//! missing file is skipped with a message so the benchmark never fails for want of data.
//!
//! `cargo bench -p textlens-engine --bench analyze` (add `-- --quick` for a short run).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textlens_engine::{analyze, Options};

const TEXTS: [(&str, &str); 3] = [
    ("brown-a01", "samples/brown-a01.txt"),
    ("news-1mb", "bench/data/news-1mb.txt"),
    ("news-10mb", "bench/data/news-10mb.txt"),
];

fn workspace_file(relative: &str) -> PathBuf {
    // CARGO_MANIFEST_DIR is crates/engine; the files are relative to the workspace root.
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative)
}

fn bench_analyze(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("analyze");
    for (name, relative) in TEXTS {
        let path = workspace_file(relative);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("skipping {name}: cannot read {} ({e}); run `node bench/prepare.js`", path.display());
                continue;
            }
        };
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Large inputs take long per iteration: fewer samples keep the run short.
        if text.len() > 4_000_000 {
            group.sample_size(10).measurement_time(Duration::from_secs(15));
        } else {
            group.sample_size(20).measurement_time(Duration::from_secs(5));
        }
        group.bench_function(name, |b| b.iter(|| analyze(black_box(&text), &options)));
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
