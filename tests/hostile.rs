//! Hostile input: each gets a clear 4xx or an untouched passthrough, in bounded time and
//! memory, never a panic.

mod common;

use headroom::transform::Kind;

use std::time::{Duration, Instant};

use bytes::Bytes;
use common::*;
use headroom::{Config, Endpoint, HeadroomLayer};
use serde_json::json;
use tower::ServiceExt;

/// Sends `body` through the layer; returns the status and what the inner service received.
async fn through(path: &str, content_type: &str, body: impl Into<Bytes>) -> (u16, Option<Bytes>) {
    let seen = Seen::default();
    let svc = HeadroomLayer::new().layer_service(recorder(seen.clone()));
    let body = body.into();
    let req = http::Request::post(path)
        .header("content-type", content_type)
        .header("content-length", body.len())
        .body(http_body_util::Full::new(body))
        .unwrap();
    let response = svc.oneshot(req).await.unwrap();
    let got = seen.0.lock().unwrap().last().map(|(_, b)| b.clone());
    (response.status().as_u16(), got)
}

async fn untouched(body: Vec<u8>) {
    let (status, got) = through("/v1/chat/completions", "application/json", body.clone()).await;
    assert_eq!(status, 200);
    assert_eq!(got.as_deref(), Some(body.as_slice()));
}

#[tokio::test]
async fn malformed_and_odd_json_passes_through_untouched() {
    let tool = |content: serde_json::Value| {
        json!({"messages": [{"role": "tool", "tool_call_id": "x", "content": content}]}).to_string()
    };
    let cases: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"\xef\xbb\xbf{\"messages\":[]}".to_vec(),
        br#"{"messages":[{"role":"tool","content":"\ud800 lone surrogate"}]}"#.to_vec(),
        br#"{"messages":[{"role":"tool","content":"x","content":"y"}]}"#.to_vec(),
        format!(r#"{{"temperature":{},"messages":[]}}"#, "9".repeat(5000)).into_bytes(),
        b"{\"messages\":[{\"role\":\"tool\",\"content\":\"\xff\xfe\"}]}".to_vec(),
        format!("{}{}", "[".repeat(20_000), "]".repeat(20_000)).into_bytes(),
        tool(json!("tiny")).into_bytes(),
        b"null".to_vec(),
        b"{\"messages\":{}}".to_vec(),
        b"{\"messages\":[1,\"two\",null,[3]]}".to_vec(),
    ];
    for body in cases {
        untouched(body).await;
    }
}

#[tokio::test]
async fn content_types_that_lie_are_judged_by_the_body() {
    // Says JSON, is not: untouched. Says text, is JSON: not buffered, untouched.
    let (status, got) = through("/v1/messages", "application/json", "<html>not json</html>").await;
    assert_eq!((status, got.as_deref()), (200, Some(&b"<html>not json</html>"[..])));
    let body = fixture("anthropic.json");
    let (status, got) = through("/v1/messages", "text/plain", body.clone()).await;
    assert_eq!((status, got.as_deref()), (200, Some(body.as_slice())));
}

#[test]
fn a_hundred_thousand_tiny_tool_outputs_stay_fast() {
    let mut messages = Vec::new();
    for i in 0..100_000 {
        messages.push(json!({"role": "assistant", "tool_calls": [{"id": format!("c{i}"), "type": "function", "function": {"name": "t", "arguments": "{}"}}]}));
        messages.push(json!({"role": "tool", "tool_call_id": format!("c{i}"), "content": "ok"}));
    }
    let body = serde_json::to_vec(&json!({"model": "gpt-4o", "messages": messages})).unwrap();
    let started = Instant::now();
    // The bound is on growth (a quadratic walk takes minutes), not speed: the test build is
    // unoptimised and may share the cores, so the default 2 s deadline is not the measure here.
    let config = Config::default().deadline(Duration::from_secs(20));
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    assert_eq!(out.body, body);
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
}

#[test]
fn one_thirty_megabyte_string_is_handled_within_the_deadline() {
    let line = "2026-11-29T10:00:00Z INFO request served in 12ms\n";
    let mut output = line.repeat((30 << 20) / line.len());
    output.push_str("ERROR: the one line that matters\n");
    let body = serde_json::to_vec(&json!({"model": "gpt-4o", "messages": [
        {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "logs", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c", "content": output}
    ]}))
    .unwrap();
    let config = Config::default().deadline(Duration::from_secs(30));
    match headroom::compress(&body, Endpoint::OpenAiChat, &config) {
        Ok(out) => {
            let text = String::from_utf8(out.body).unwrap();
            assert!(text.contains("ERROR: the one line that matters"));
        }
        Err(e) => assert!(e.to_string().contains("deadline"), "{e}"),
    }
}

#[tokio::test]
async fn the_layer_deadline_bounds_even_a_huge_body() {
    let line = "2026-11-29T10:00:00Z INFO request served in 12ms\n";
    let output = line.repeat((20 << 20) / line.len());
    let body = serde_json::to_vec(&json!({"messages": [
        {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "logs", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c", "content": output}
    ]}))
    .unwrap();
    let seen = Seen::default();
    let svc = HeadroomLayer::new().deadline(Duration::from_millis(1)).layer_service(recorder(seen.clone()));
    let started = Instant::now();
    svc.oneshot(post("/v1/chat/completions", body.clone())).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
    let got = seen.last_body();
    assert!(got.as_ref() == body.as_slice() || got.len() < body.len(), "either the original or a finished rewrite");
}

/// A lone surrogate escape outside any block is left byte for byte while the rest is rewritten.
#[test]
fn a_lone_surrogate_outside_blocks_passes_through_byte_for_byte() {
    let body = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/fuzz/lone-surrogate-in-metadata-with-tools.json"
    ))
    .unwrap();
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &Config::default().min_tokens(8)).unwrap();
    assert!(out.is_rewritten());
    let needle = br#""caf\u00e9 \uBd83d\ude00""#;
    assert!(body.windows(needle.len()).any(|w| w == needle));
    assert!(out.body.windows(needle.len()).any(|w| w == needle), "the escape is kept as it came");
}

/// Inputs the fuzzers found problems with stay regression tests.
#[test]
fn fuzz_findings_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz");
    for entry in std::fs::read_dir(dir).unwrap() {
        let body = std::fs::read(entry.unwrap().path()).unwrap();
        for endpoint in Endpoint::ALL {
            let _ = headroom::compress(&body, endpoint, &Config::default().min_tokens(8));
        }
        if let Ok(text) = std::str::from_utf8(&body) {
            let ctx = headroom::transform::Context::bare("0123456789abcdef01234567");
            let every = headroom::transform::Compressors::default();
            for kind in [Kind::Json, Kind::Log, Kind::Search, Kind::Diff, Kind::Html, Kind::Code, Kind::Text] {
                if let Some(compressor) = every.get(kind) {
                    let _ = compressor.compress(text, &ctx);
                }
            }
            if let Some(out) =
                headroom::transform::Compressor::compress(&headroom::transform::LogCompressor, text, &ctx)
            {
                for line in text.split('\n').filter(|l| headroom::transform::signals::is_error(l)) {
                    assert!(out.text.contains(line), "lost error line {line:?}");
                }
            }
        }
    }
}
