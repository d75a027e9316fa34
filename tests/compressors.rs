//! Every compressor on real-shaped inputs: fewer tokens through the pipeline, every
//! error-signal line kept, same input → same bytes, and the original retrievable.

mod common;

use std::sync::Arc;

use headroom::ccr::{MemoryStore, Store, Tenant, marker_ids};
use headroom::count::{body_texts, count_body};
use headroom::transform::signals::is_error;
use headroom::transform::{
    Compressor, Context, DiffCompressor, HtmlCompressor, JsonCrusher, LogCompressor, SearchCompressor, TextCompressor,
};
use headroom::{Config, Endpoint};
use proptest::prelude::*;

const ID: &str = "0123456789abcdef01234567";

fn chat(output: &str) -> Vec<u8> {
    serde_json::json!({"model": "gpt-4o", "messages": [
        {"role": "user", "content": "what failed?"},
        {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "bash", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c", "content": output}
    ]})
    .to_string()
    .into_bytes()
}

/// Log lines with noise, repeats and a few error lines at random places.
fn log_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        8 => (0..5000u32, "[a-z]{3,8}").prop_map(|(n, w)| format!("[{n:05}] INFO step {w} done in {}ms", n % 97)),
        2 => Just("waiting for lock".to_owned()),
        1 => (0..999u32).prop_map(|n| format!("ERROR: request {n} failed: connection refused")),
        1 => "[a-z]{4,10}".prop_map(|w| format!("thread 'main' panicked at src/{w}.rs:1:1")),
    ];
    prop::collection::vec(line, 40..400).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn logs_keep_every_error_line_and_never_grow(text in log_text()) {
        let ctx = Context::bare(ID);
        if let Some(out) = LogCompressor.compress(&text, &ctx) {
            for line in text.lines().filter(|l| is_error(l)) {
                prop_assert!(out.text.contains(line), "lost error line {line:?}");
            }
        }
        let body = chat(&text);
        let out = headroom::compress(&body, Endpoint::OpenAiChat, &Config::default()).unwrap();
        let (before, after): (serde_json::Value, serde_json::Value) = (serde_json::from_slice(&body).unwrap(), serde_json::from_slice(&out.body).unwrap());
        prop_assert!(count_body(&after) <= count_body(&before));
        prop_assert_eq!(&out.body, &headroom::compress(&body, Endpoint::OpenAiChat, &Config::default()).unwrap().body);
    }

    #[test]
    fn json_keeps_error_items(n in 6..120usize, bad in 0..6usize) {
        let items: Vec<_> = (0..n).map(|i| serde_json::json!({"id": format!("job-{i}"), "state": if i == bad { "failed" } else { "succeeded" }, "ms": i * 3})).collect();
        let text = serde_json::to_string_pretty(&items).unwrap();
        let out = JsonCrusher.compress(&text, &Context::bare(ID)).unwrap();
        let as_object = format!(r#""id":"job-{bad}","state":"failed""#);
        let as_row = format!(r#"["job-{bad}","failed","#);
        prop_assert!(out.text.contains(&as_object) || out.text.contains(&as_row), "{}", out.text);
    }
}

/// For each compressor, a real-shaped input; the rewrite is smaller and deterministic.
fn samples() -> Vec<(&'static str, Box<dyn Compressor>, String)> {
    let log: String = (0..300)
        .map(|i| {
            format!(
                "2026-11-29T10:{:02}:{:02}Z INFO worker-{} handled request id={}\n",
                i / 60,
                i % 60,
                i % 4,
                1000 + i
            )
        })
        .collect::<String>()
        + "2026-11-29T10:05:00Z ERROR worker-2 upstream timeout after 30s (request id=1301)\n";
    let hits: String =
        (0..200).map(|i| format!("src/module_{}.rs:{}:    let value = compute(input);\n", i % 20, i + 1)).collect();
    let mut diff = String::from(
        "commit 0123456789abcdef\nAuthor: A <a@b>\n\n    fix: handle empty input\n\ndiff --git a/src/lib.rs b/src/lib.rs\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,60 +1,60 @@\n",
    );
    diff.extend((0..30).map(|i| format!(" context line {i}\n")));
    diff.push_str("-    if input.len() > 0 {\n+    if !input.is_empty() {\n");
    diff.extend((30..60).map(|i| format!(" context line {i}\n")));
    let html = format!(
        "<html><head><style>.x{{}}</style></head><body><nav>menu</nav><h1>Guide</h1>{}</body></html>",
        (0..80)
            .map(|i| format!("<p>Paragraph {i} explains a detail of the configuration format.</p>"))
            .collect::<String>()
    );
    let text: String = (0..80)
        .map(|i| format!("## Section {i}\n\nThis section describes option number {i} of the tool in some detail.\n\n"))
        .collect();
    let json = serde_json::to_string_pretty(
        &(0..80)
            .map(|i| serde_json::json!({"name": format!("svc-{i}"), "status": "ok", "replicas": 3}))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    vec![
        ("log", Box::new(LogCompressor), log),
        ("search", Box::new(SearchCompressor), hits),
        ("diff", Box::new(DiffCompressor), diff),
        ("html", Box::new(HtmlCompressor), html),
        ("text", Box::new(TextCompressor), text),
        ("json", Box::new(JsonCrusher), json),
    ]
}

#[test]
fn every_compressor_shrinks_and_is_deterministic() {
    for (name, compressor, input) in samples() {
        let ctx = Context::bare(ID);
        let out = compressor.compress(&input, &ctx).unwrap_or_else(|| panic!("{name}: nothing compressed"));
        assert!(out.text.len() < input.len() / 2, "{name}: {} of {} bytes", out.text.len(), input.len());
        assert_eq!(compressor.compress(&input, &ctx), Some(out.clone()), "{name}: not deterministic");
        assert!(out.lossy, "{name}");
        assert_eq!(marker_ids(&out.text), vec![ID], "{name}: one marker naming the block's id");
    }
}

#[test]
fn originals_round_trip_through_the_store() {
    for (name, _, input) in samples() {
        let store = MemoryStore::new();
        let config = Config::default().store(Some(Arc::new(store.clone())));
        let out = headroom::compress(&chat(&input), Endpoint::OpenAiChat, &config).unwrap();
        let after: serde_json::Value = serde_json::from_slice(&out.body).unwrap();
        let text = body_texts(&after).join("\n");
        let ids = marker_ids(&text);
        assert!(!ids.is_empty(), "{name}: no marker");
        for id in ids {
            let original = headroom::ccr::block_on(store.get(&Tenant::anonymous(), id)).unwrap().expect("stored");
            assert_eq!(original, input, "{name}: stored original differs");
        }
    }
}

/// Real tool outputs nobody tuned for (`tests/fixtures/untuned`): every fact survives.
#[test]
fn untuned_fixtures_keep_every_fact() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/untuned"));
    let cases = headroom::eval::case_dirs(dir).unwrap();
    assert!(cases.len() >= 20);
    let results: Vec<_> = cases.iter().map(|c| headroom::eval::run_case(c, &Config::default()).unwrap()).collect();
    for r in &results {
        assert!(
            r.lost.is_empty() && r.only_recoverable.is_empty(),
            "{}: lost {:?} {:?}",
            r.id,
            r.lost,
            r.only_recoverable
        );
        assert!(r.tokens_after <= r.tokens_before, "{}", r.id);
    }
    let totals = headroom::eval::totals(&results);
    assert!(totals.tokens_after * 2 < totals.tokens_before, "{}", totals.line());
}

/// The shared corpus, when it is next to the checkout (`HEADROOM_CORPUS` overrides).
#[test]
fn shared_corpus_keeps_every_fact_when_present() {
    let dir = std::env::var("HEADROOM_CORPUS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus").into());
    let Ok(cases) = headroom::eval::case_dirs(std::path::Path::new(&dir)) else {
        eprintln!("skipped: no corpus at {dir}");
        return;
    };
    let results: Vec<_> = cases.iter().map(|c| headroom::eval::run_case(c, &Config::default()).unwrap()).collect();
    let totals = headroom::eval::totals(&results);
    assert_eq!(totals.facts_kept, totals.facts_total, "{}", totals.line());
    assert!(totals.tokens_after * 10 <= totals.tokens_before * 4, "{}", totals.line());
}
