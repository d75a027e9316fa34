//! How long each corpus case takes to compress the first time (memo off): the median of
//! `--runs` runs, the case's size and its throughput; `--blocks` also prints each block's
//! decision, `--out DIR` writes each compressed body to `DIR/<case>` (to diff two builds);
//! `--resent` times a body sent again (memo on, after one warm-up), as on an agent's next turn.
//! Tree-sitter allocates from mimalloc, as in the `headroom` binary, unless `--libc-malloc`.
//! `--parse-floor` also times one plain tree-sitter parse, on one thread, of each block the
//! router sends to the code compressor (`cat -n` numbers read off first): the floor any
//! compressor built on tree-sitter pays for that case.
//!
//! `cargo run --release --example corpus_times -- ../shared/corpus [--runs 21] [--blocks] [--out DIR] [--resent] [--libc-malloc] [--block-threads N] [--parse-floor]`
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
    let parse_floor = args.iter().any(|a| a == "--parse-floor");
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
    let mut floor_ms = 0.0;
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
        #[cfg(feature = "code")]
        if parse_floor {
            let floor = code_parse_ms(&body, endpoint, runs);
            if floor > 0.0 {
                floor_ms += floor;
                println!("    one plain tree-sitter parse of its code: {floor:.2} ms");
            }
        }
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
    if parse_floor {
        let per_case = floor_ms / cases.len().max(1) as f64;
        println!("of which tree-sitter's plain parse of the code blocks: {floor_ms:.2} ms, {per_case:.2} ms a case");
    }
}

/// The median time of one plain tree-sitter parse of each code block in `body`, summed.
#[cfg(feature = "code")]
fn code_parse_ms(body: &[u8], endpoint: headroom::Endpoint, runs: usize) -> f64 {
    use headroom::transform::{CodeCompressor, Kind, Lang, detect_with_args};
    let Ok(index) = std::str::from_utf8(body).map_err(|_| ()).and_then(|b| endpoint.index(b).map_err(|_| ())) else {
        return 0.0;
    };
    let mut total = 0.0;
    for block in &index.blocks {
        if detect_with_args(&block.text, block.tool_name.as_deref(), block.tool_args.as_deref()) != Kind::Code {
            continue;
        }
        let source = CodeCompressor::source_of(&block.text);
        let Some(lang) = block.tool_args.as_deref().and_then(Lang::from_args).or_else(|| Lang::detect(&source)) else {
            continue;
        };
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&lang.grammar()).expect("a grammar of ours loads");
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(parser.parse(source.as_bytes(), None));
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        total += times[times.len() / 2];
    }
    total
}
