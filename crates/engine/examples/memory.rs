//! The engine's peak heap while it analyses a file, against the file's size:
//! `cargo run --release -p textlens-engine --example memory -- FILE`.
//!
//! Counts every allocation through a wrapper around the system allocator. Natively `usize` is
//! 8 bytes; in WebAssembly it is 4, so the engine's own tables take less room there.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use textlens_engine::{analyze_with_progress, Options};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: memory FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let mut stages = Vec::new();
    let report = analyze_with_progress(&text, &Options::default(), &mut |p| {
        stages.push((p.stage, NOW.load(Relaxed) - base, PEAK.load(Relaxed) - base));
    });
    let peak = PEAK.load(Relaxed) - base;
    let kept = NOW.load(Relaxed) - base;
    println!(
        "text {:.1} MB; peak heap beyond the text {:.1} MB ({:.1}× the text)",
        mb(text.len()),
        mb(peak),
        peak as f64 / text.len() as f64
    );
    for (stage, now, peak) in stages {
        println!("  at \"{stage}\": {:.1} MB held, peak so far {:.1} MB", mb(now), mb(peak));
    }
    println!("the report held: {:.1} MB", mb(kept));
    drop(report);
}
