//! How long each corpus case takes to compress the first time (memo off): the median of
//! `--runs` runs, the case's size and its throughput; `--blocks` also prints each block's
//! decision, `--out DIR` writes each compressed body to `DIR/<case>` (to diff two builds);
//! `--resent` times a body sent again (memo on, after one warm-up), as on an agent's next turn.
//! Tree-sitter allocates from mimalloc, as in the `headroom` binary, unless `--libc-malloc`.
//!
//! `cargo run --release --example corpus_times -- ../shared/corpus [--runs 21] [--blocks] [--out DIR] [--resent] [--libc-malloc] [--block-threads N]`
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let dir = args.first().filter(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "../shared/corpus".into());
    let runs: usize = value("--runs").and_then(|n| n.parse().ok()).unwrap_or(21).max(1);
    let out = value("--out").map(PathBuf::from);
    if let Some(out) = &out {
        std::fs::create_dir_all(out).expect("a writable --out directory");
    }
    let blocks = args.iter().any(|a| a == "--blocks");
    let resent = args.iter().any(|a| a == "--resent");
    #[cfg(feature = "code")]
    if !args.iter().any(|a| a == "--libc-malloc") {
        // SAFETY: no tree-sitter object exists yet.
        unsafe { headroom::transform::parse_with_mimalloc() };
    }
    let mut config = headroom::Config::default().memoize(resent);
    if let Some(threads) = value("--block-threads").and_then(|n| n.parse().ok()) {
        config = config.block_threads(threads);
    }
    let mut total_ms = 0.0;
    let cases = headroom::eval::case_dirs(Path::new(&dir)).expect("a corpus directory");
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let body = std::fs::read(case.join("request.json")).expect("request.json");
        let Some(endpoint) = headroom::Endpoint::detect(&body) else {
            println!("{name:45} not a provider body");
            continue;
        };
        if resent {
            let _ = headroom::compress(&body, endpoint, &config);
        }
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                let _ = std::hint::black_box(headroom::compress(&body, endpoint, &config));
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        total_ms += median;
        println!("{name:45} {:8} B {median:8.2} ms {:7.1} MB/s", body.len(), body.len() as f64 / median / 1e3);
        let Ok(compressed) = headroom::compress(&body, endpoint, &config) else { continue };
        if blocks {
            for b in &compressed.report.blocks {
                println!("    {:?} {} -> {} tokens, {:?}", b.compressor, b.tokens_before, b.tokens_after, b.decision);
            }
        }
        if let Some(out) = &out {
            std::fs::write(out.join(&name), &compressed.body).expect("writable --out directory");
        }
    }
    println!("{} cases, {total_ms:.2} ms in all, {:.2} ms a case", cases.len(), total_ms / cases.len().max(1) as f64);
}
