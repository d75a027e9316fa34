//! Exact token counts (o200k) of the source files in compressed request bodies:
//! `cargo run --release --features full --example code_tokens -- ../shared/corpus`.
//!
//! For each case, every string of `request.json` that the code compressor rewrote (it holds
//! one of its placeholders) is counted before and after; the gate's per-block figures in
//! `headroom compress -v` are sampled estimates for long texts, these are not.

use headroom::tokenizer::Encoding;
use headroom::{Config, Endpoint};
use serde_json::Value;

/// Pairs of strings at the same place in `old` and `new` that differ.
fn changed<'v>(old: &'v Value, new: &'v Value, out: &mut Vec<(&'v str, &'v str)>) {
    match (old, new) {
        (Value::String(a), Value::String(b)) if a != b => out.push((a, b)),
        (Value::Array(a), Value::Array(b)) => a.iter().zip(b).for_each(|(a, b)| changed(a, b, out)),
        (Value::Object(a), Value::Object(b)) => a.iter().for_each(|(k, a)| {
            if let Some(b) = b.get(k) {
                changed(a, b, out)
            }
        }),
        _ => {}
    }
}

/// Whether `text` holds a code placeholder (and not another compressor's marker).
fn is_code(text: &str) -> bool {
    text.contains("/* [… ") || text.contains("...  # [… ")
}

fn main() {
    let corpus = std::env::args().nth(1).expect("usage: code_tokens <corpus dir>");
    let mut dirs: Vec<_> = std::fs::read_dir(&corpus).expect("corpus dir").flatten().map(|e| e.path()).collect();
    dirs.sort();
    let config = Config::default();
    let (mut before, mut after) = (0, 0);
    for dir in dirs {
        let Ok(body) = std::fs::read(dir.join("request.json")) else { continue };
        let endpoint = Endpoint::detect(&body).expect("a provider body");
        let compressed = headroom::compress(&body, endpoint, &config).expect("compresses");
        let old: Value = serde_json::from_slice(&body).expect("json");
        let new: Value = serde_json::from_slice(&compressed.body).expect("json");
        let mut pairs = Vec::new();
        changed(&old, &new, &mut pairs);
        let code: Vec<_> = pairs.into_iter().filter(|(_, new)| is_code(new)).collect();
        if code.is_empty() {
            continue;
        }
        let b: usize = code.iter().map(|(old, _)| Encoding::O200kBase.count(old)).sum();
        let a: usize = code.iter().map(|(_, new)| Encoding::O200kBase.count(new)).sum();
        println!("{:<40} {b:>7} {a:>7} {:.3}", dir.file_name().unwrap().to_string_lossy(), a as f64 / b as f64);
        before += b;
        after += a;
    }
    println!("{:<40} {before:>7} {after:>7} {:.3}", "TOTAL", after as f64 / before as f64);
}
