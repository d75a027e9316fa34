//! Runs the code compressor on a 1 MB source many times, for `perf record`:
//! `cargo run --release --features code --example code_profile -- tests/fixtures/code/tokio.rs 20`.
//! Tree-sitter allocates from mimalloc, as in the `headroom` binary; `--libc-malloc` as a
//! third argument leaves it on libc's `malloc`, to compare.

use headroom::transform::{CodeCompressor, Compressor, Context};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: code_profile <path> [rounds]");
    let rounds: usize = args.next().map_or(10, |n| n.parse().expect("a number"));
    if args.next().as_deref() != Some("--libc-malloc") {
        // SAFETY: no tree-sitter object exists yet.
        unsafe { headroom::transform::parse_with_mimalloc() };
    }
    let file = std::fs::read_to_string(&path).expect("readable file");
    let source = file.repeat((1 << 20) / file.len() + 1);
    let call = format!(r#"{{"path": "{path}"}}"#);
    let ctx = Context { tool_args: Some(&call), ..Context::bare("0123456789abcdef01234567") };
    let started = std::time::Instant::now();
    let mut kept = 0;
    for _ in 0..rounds {
        kept += CodeCompressor.compress(&source, &ctx).map_or(source.len(), |r| r.text.len());
    }
    println!("{} bytes -> {} bytes, {:?} per round", source.len(), kept / rounds, started.elapsed() / rounds as u32);
}
