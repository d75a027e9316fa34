//! Throughput of the pipeline's parts: span indexing + splicing, token counting, and whole
//! bodies through `headroom::compress`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use headroom::provider::{Edit, splice};
use headroom::tokenizer::Encoding;
use headroom::{Config, Endpoint};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

/// A ~1 MB chat body: many turns of tool calls with JSON outputs.
fn big_body() -> Vec<u8> {
    let output = String::from_utf8(fixture("corpus/a01-aws-ec2-security-groups.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&output).unwrap();
    let tool = value["messages"][3]["content"].as_str().unwrap().to_owned();
    let mut messages = vec![serde_json::json!({"role": "system", "content": "sys"})];
    for i in 0..20 {
        let id = format!("call_{i}");
        messages.push(serde_json::json!({"role": "assistant", "tool_calls": [{"id": id, "type": "function", "function": {"name": "aws", "arguments": "{}"}}]}));
        messages.push(serde_json::json!({"role": "tool", "tool_call_id": id, "content": tool}));
    }
    serde_json::to_vec(&serde_json::json!({"model": "gpt-4o", "messages": messages})).unwrap()
}

fn index_and_splice(c: &mut Criterion) {
    let body = big_body();
    let text = std::str::from_utf8(&body).unwrap();
    let mut group = c.benchmark_group("provider");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("index_1mb_chat", |b| b.iter(|| Endpoint::OpenAiChat.index(black_box(text)).unwrap()));
    let index = Endpoint::OpenAiChat.index(text).unwrap();
    assert_eq!(index.blocks.len(), 20, "one block per tool output");
    group.bench_function("splice_1mb_chat", |b| {
        b.iter(|| {
            let edits = index.blocks.iter().map(|bl| Edit::string(bl.span.clone(), "short")).collect();
            black_box(splice(black_box(&body), black_box(edits)).unwrap().len())
        })
    });
    group.finish();
}

fn tokens(c: &mut Criterion) {
    let text = String::from_utf8(fixture("corpus/a01-aws-ec2-security-groups.json")).unwrap();
    Encoding::O200kBase.count("warm up");
    let mut group = c.benchmark_group("tokenizer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("o200k_count", |b| b.iter(|| Encoding::O200kBase.count(black_box(&text))));
    group.bench_function("o200k_count_above_1000", |b| {
        b.iter(|| Encoding::O200kBase.count_above(black_box(&text), 1000))
    });
    let code = String::from_utf8(fixture("code/context.go.txt")).unwrap();
    group.throughput(Throughput::Bytes(code.len() as u64));
    group.bench_function("o200k_count_code", |b| b.iter(|| Encoding::O200kBase.count(black_box(&code))));
    group.finish();
}

fn compress(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("compress");
    for (name, endpoint) in [
        ("chat.json", Endpoint::OpenAiChat),
        ("anthropic.json", Endpoint::AnthropicMessages),
        ("responses.json", Endpoint::OpenAiResponses),
        ("corpus/a01-aws-ec2-security-groups.json", Endpoint::OpenAiChat),
    ] {
        let body = fixture(name);
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(name, |b| b.iter(|| headroom::compress(black_box(&body), endpoint, &config).unwrap()));
    }
    group.finish();
}

/// The last tool output of a fixture request body: a real capture of that kind.
fn tool_output(path: &str) -> String {
    let body: serde_json::Value = serde_json::from_slice(&fixture(path)).unwrap();
    headroom::count::body_texts(&body).pop().unwrap()
}

fn untuned(case: &str) -> String {
    tool_output(&format!("untuned/{case}/request.json"))
}

fn compressors(c: &mut Criterion) {
    use headroom::transform::*;
    let id = "0123456789abcdef01234567";
    let cases: Vec<(&str, Box<dyn Compressor>, String)> = vec![
        ("json_kubectl_pods", Box::new(JsonCrusher), untuned("kubectl-pods-json")),
        ("json_stripe_fixtures", Box::new(JsonCrusher), tool_output("corpus/a05-stripe-fixtures.json")),
        ("log_app_traceback", Box::new(LogCompressor), untuned("python-traceback-in-app-log")),
        ("log_dpkg_list", Box::new(LogCompressor), untuned("dpkg-list")),
        ("search_git_grep", Box::new(SearchCompressor), untuned("git-grep-pub-fn")),
        ("diff_git_show", Box::new(DiffCompressor), untuned("git-show-commit")),
        ("html_rustdoc", Box::new(HtmlCompressor), untuned("rustdoc-html")),
        (
            "text_readme",
            Box::new(TextCompressor),
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap().repeat(4),
        ),
    ];
    let mut group = c.benchmark_group("compressor");
    for (name, compressor, input) in &cases {
        let ctx = Context { question: Some("why did it fail?"), ..Context::bare(id) };
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(*name, |b| b.iter(|| compressor.compress(black_box(input), &ctx)));
    }
    group.finish();
}

criterion_group!(benches, index_and_splice, tokens, compressors, compress);
criterion_main!(benches);
