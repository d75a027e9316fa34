//! The code compressor on 1 MB source files: tree-sitter parse, elision and the re-parse check;
//! beside it, one plain tree-sitter parse of the same bytes on one thread (the floor any
//! tree-sitter compressor pays, read in the same run). Tree-sitter allocates from mimalloc, as
//! in the `headroom` binary.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use headroom::transform::{CodeCompressor, Compressor, Context, Lang};

/// A real fixture repeated to about 1 MB (repeated top-level items still parse cleanly).
fn one_megabyte(name: &str) -> String {
    let file =
        std::fs::read_to_string(format!("{}/tests/fixtures/code/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
    file.repeat((1 << 20) / file.len() + 1)
}

/// gson's `JsonReader` with its class body repeated to about 1 MB: one class all through, as
/// Java files are (no top-level line to split at).
fn one_megabyte_class() -> String {
    let file = std::fs::read_to_string(format!("{}/tests/fixtures/code/JsonReader.java", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture");
    let (head, rest) = file.split_once("public class JsonReader implements Closeable {\n").expect("the class line");
    let body = rest.trim_end().strip_suffix('}').expect("the closing brace");
    let copies = vec![body; (1 << 20) / body.len() + 1].join("\n");
    format!("{head}public class JsonReader implements Closeable {{\n{copies}}}\n")
}

/// The 1 MB sources benched, by name.
fn sources() -> Vec<(&'static str, Lang, String)> {
    let mut all: Vec<(&'static str, Lang, String)> = [
        ("textwrap.py", Lang::Python),
        ("tokio.rs", Lang::Rust),
        ("tree_cursor.c", Lang::C),
        ("context.ts", Lang::TypeScript),
        // Beside context.ts, which tree-sitter-typescript parses with errors: a clean one.
        ("toaster.tsx", Lang::Tsx),
        ("ca.go", Lang::Go),
        ("form_data.js", Lang::JavaScript),
        ("FuzzerFork.cpp", Lang::Cpp),
        ("task.rb", Lang::Ruby),
    ]
    .into_iter()
    .map(|(name, lang)| (name, lang, one_megabyte(name)))
    .collect();
    all.push(("JsonReader.java (one class)", Lang::Java, one_megabyte_class()));
    all
}

fn code(c: &mut Criterion) {
    // As in the `headroom` binary; `BENCH_LIBC_MALLOC=1` measures libc's `malloc` instead.
    if std::env::var_os("BENCH_LIBC_MALLOC").is_none() {
        // SAFETY: no tree-sitter object exists yet.
        unsafe { headroom::transform::parse_with_mimalloc() };
    }
    let mut group = c.benchmark_group("code_1mb");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, _, source) in sources() {
        let path = name.split(' ').next().unwrap_or(name);
        let call = format!(r#"{{"path": "src/{path}"}}"#);
        let ctx = Context { tool_args: Some(&call), ..Context::bare("0123456789abcdef01234567") };
        let out = CodeCompressor.compress(&source, &ctx).expect("something elided");
        assert!(out.text.len() < source.len());
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(name, |b| b.iter(|| CodeCompressor.compress(black_box(&source), black_box(&ctx))));
    }
    group.finish();

    let mut group = c.benchmark_group("code_1mb_one_parse");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, lang, source) in sources() {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&lang.grammar()).expect("grammar loads");
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(name, |b| b.iter(|| parser.parse(black_box(&source), None)));
    }
    group.finish();

    let mut group = c.benchmark_group("code_file");
    for name in ["textwrap.py", "tokio.rs", "context.ts", "JsonReader.java", "context.go.txt"] {
        let source =
            std::fs::read_to_string(format!("{}/tests/fixtures/code/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let call = format!(r#"{{"path": "src/{}"}}"#, name.trim_end_matches(".txt"));
        let ctx = Context { tool_args: Some(&call), ..Context::bare("0123456789abcdef01234567") };
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(name, |b| b.iter(|| CodeCompressor.compress(black_box(&source), black_box(&ctx))));
    }
    group.finish();
}

criterion_group!(benches, code);
criterion_main!(benches);
