//! Invariant 1: bytes outside rewritten string values are identical; untouched bodies are
//! forwarded as the very same bytes. One conformance suite runs over every provider slice.

mod common;

use common::*;
use headroom::{Config, Endpoint, HeadroomLayer};
use tower::ServiceExt;

#[test]
fn bytes_outside_rewritten_blocks_are_identical_for_every_provider() {
    for (name, endpoint, body) in fixtures() {
        let out = headroom::compress(&body, endpoint, &Config::default().retrieval(false)).unwrap();
        assert!(out.is_rewritten(), "{name}: expected something to compress");
        assert!(out.body.len() < body.len(), "{name}");
        let (before, n_before) = outside_blocks(&body, endpoint);
        let (after, n_after) = outside_blocks(&out.body, endpoint);
        assert_eq!(n_before, n_after, "{name}: block count changed");
        assert_eq!(sha256(&before), sha256(&after), "{name}: bytes outside blocks differ");
        serde_json::from_slice::<serde_json::Value>(&out.body).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn tricky_spellings_survive_a_rewrite() {
    let body = fixture("chat.json");
    let out = headroom::compress(&body, Endpoint::OpenAiChat, &Config::default()).unwrap();
    let text = String::from_utf8(out.body).unwrap();
    for needle in [
        "\"temperature\": 1.0",
        "\"top_p\": 1e-3",
        "123456789012345678901234567890",
        r"caf\u00e9 \ud83d\ude00",
        "[1.0, 2.50, -0.0]",
        "\"reasoning_content\": \"internal\"",
        "data:image/png;base64,iVBORw0KGgo=",
    ] {
        assert!(text.contains(needle), "lost {needle:?}");
    }
    let anthropic = String::from_utf8(
        headroom::compress(&fixture("anthropic.json"), Endpoint::AnthropicMessages, &Config::default()).unwrap().body,
    )
    .unwrap();
    for needle in [
        r#""signature":"EqQBCkYIBxgCKkA3\/+sig==""#,
        r#""data":"EmwKAhgBEgy3""#,
        r#""cache_control":{"type":"ephemeral"}"#,
        r"\u2014",
    ] {
        assert!(anthropic.contains(needle), "lost {needle:?}");
    }
}

#[test]
fn excluded_tool_output_is_untouched() {
    let body = fixture("anthropic.json");
    let out = headroom::compress(&body, Endpoint::AnthropicMessages, &Config::default()).unwrap();
    let read = out.report.blocks.iter().find(|b| b.tool_name.as_deref() == Some("Read")).unwrap();
    assert_eq!(read.decision, headroom::pipeline::Decision::Kept(headroom::pipeline::KeepReason::ExcludedTool));
}

#[tokio::test]
async fn untouched_bodies_arrive_as_the_same_bytes_through_the_layer() {
    for (name, endpoint, body) in fixtures() {
        let seen = Seen::default();
        let svc =
            HeadroomLayer::new().min_tokens(usize::MAX / 2).retrieval(false).layer_service(recorder(seen.clone()));
        svc.oneshot(post(path_of(endpoint), body.clone())).await.unwrap();
        assert_eq!(seen.last_body().as_ref(), body.as_slice(), "{name}");
    }
}

#[tokio::test]
async fn rewritten_bodies_get_a_correct_content_length() {
    for (name, endpoint, body) in fixtures() {
        let seen = Seen::default();
        let svc = HeadroomLayer::new().layer_service(recorder(seen.clone()));
        let response = svc.oneshot(post(path_of(endpoint), body.clone())).await.unwrap();
        let got = seen.last_body();
        assert!(got.len() < body.len(), "{name}: not compressed");
        let declared: usize = seen.last_parts().headers["content-length"].to_str().unwrap().parse().unwrap();
        assert_eq!(declared, got.len(), "{name}");
        let report = response.extensions().get::<headroom::CompressionReport>().expect("report in response extensions");
        assert!(report.rewritten() > 0);
        assert!(
            seen.last_parts().extensions.get::<headroom::CompressionReport>().is_some(),
            "report in request extensions"
        );
    }
}

#[test]
fn the_one_pass_index_finds_the_same_tool_outputs() {
    use headroom::provider::{IndexOptions, Origin};
    for (name, endpoint, body) in fixtures() {
        let text = std::str::from_utf8(&body).unwrap();
        let full = endpoint.index(text).unwrap();
        let fast = endpoint.index_with(text, IndexOptions { message_spans: false, user_text: false }).unwrap();
        let tools = |i: &headroom::provider::Index| {
            i.blocks
                .iter()
                .filter(|b| b.origin == Origin::ToolOutput)
                .map(|b| {
                    (
                        b.span.clone(),
                        b.text.clone(),
                        b.tool_name.clone(),
                        b.tool_args.clone(),
                        b.question.clone(),
                        b.message,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(tools(&full), tools(&fast), "{name}");
        assert_eq!((full.model, full.stream, full.prefix), (fast.model, fast.stream, fast.prefix), "{name}");
    }
}

#[test]
fn the_retrieve_tool_is_the_only_other_addition_and_always_the_same_bytes() {
    for (name, endpoint, body) in fixtures() {
        let with = headroom::compress(&body, endpoint, &Config::default()).unwrap();
        let without = headroom::compress(&body, endpoint, &Config::default().retrieval(false)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let has_tools = v["tools"].as_array().is_some_and(|t| !t.is_empty());
        if !has_tools {
            assert_eq!(with.body, without.body, "{name}: no tool without declared tools");
            continue;
        }
        let definition = format!(",{}", headroom::ccr::tool_definition(endpoint));
        let text = String::from_utf8(with.body.clone()).unwrap();
        assert_eq!(text.matches(&definition).count(), 1, "{name}");
        assert_eq!(text.replacen(&definition, "", 1).into_bytes(), without.body, "{name}: anything else changed");
        let again = headroom::compress(&with.body, endpoint, &Config::default()).unwrap();
        assert_eq!(
            String::from_utf8(again.body).unwrap().matches("\"headroom_retrieve\"").count(),
            1,
            "{name}: added once"
        );
    }
}
