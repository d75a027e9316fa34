//! Property tests: for arbitrary JSON-shaped bodies the pipeline never panics, never raises
//! the token count, always forwards valid JSON, and leaves bytes outside blocks alone.

mod common;

use common::outside_blocks;
use headroom::count::count_body;
use headroom::{Config, Endpoint};
use proptest::prelude::*;
use serde_json::{Value, json};

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(|f| json!(f)),
        "[ -~]{0,20}".prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A tool output: pretty JSON, repeated log lines, or arbitrary text.
fn output() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(value(), 0..40).prop_map(|v| serde_json::to_string_pretty(&v).unwrap()),
        (prop::collection::vec("[ -~]{0,30}", 1..30), 1..20usize).prop_map(|(lines, rep)| {
            lines.iter().flat_map(|l| std::iter::repeat_n(l.clone(), rep)).collect::<Vec<_>>().join("\n")
        }),
        "\\PC{0,400}",
    ]
}

fn body() -> impl Strategy<Value = (Endpoint, Vec<u8>)> {
    (0..3usize, prop::collection::vec(output(), 1..4), value(), any::<bool>()).prop_map(|(which, outputs, extra, pretty)| {
        let mut items = vec![];
        let endpoint = Endpoint::ALL[which];
        for (i, out) in outputs.into_iter().enumerate() {
            let id = format!("c{i}");
            match endpoint {
                Endpoint::OpenAiChat => {
                    items.push(json!({"role":"assistant","tool_calls":[{"id":id,"type":"function","function":{"name":"t","arguments":"{}"}}]}));
                    items.push(json!({"role":"tool","tool_call_id":id,"content":out}));
                }
                Endpoint::AnthropicMessages => {
                    items.push(json!({"role":"assistant","content":[{"type":"tool_use","id":id,"name":"t","input":{}}]}));
                    items.push(json!({"role":"user","content":[{"type":"tool_result","tool_use_id":id,"content":out}]}));
                }
                _ => {
                    items.push(json!({"type":"function_call","call_id":id,"name":"t","arguments":"{}"}));
                    items.push(json!({"type":"function_call_output","call_id":id,"output":out}));
                }
            }
        }
        let key = if endpoint == Endpoint::OpenAiResponses { "input" } else { "messages" };
        let body = json!({"model": "gpt-4o", "extra": extra, key: items});
        let bytes = if pretty { serde_json::to_vec_pretty(&body) } else { serde_json::to_vec(&body) };
        (endpoint, bytes.unwrap())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_never_grows_always_valid((endpoint, body) in body()) {
        let config = Config::default().min_tokens(20);
        let out = headroom::compress(&body, endpoint, &config).unwrap();
        let before: Value = serde_json::from_slice(&body).unwrap();
        let after: Value = serde_json::from_slice(&out.body).expect("valid JSON out");
        prop_assert!(count_body(&after) <= count_body(&before));
        prop_assert_eq!(outside_blocks(&body, endpoint), outside_blocks(&out.body, endpoint));
        let again = headroom::compress(&body, endpoint, &config).unwrap();
        prop_assert_eq!(out.body, again.body);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512), which in 0..3usize) {
        let endpoint = Endpoint::ALL[which];
        if let Ok(out) = headroom::compress(&bytes, endpoint, &Config::default()) {
            prop_assert_eq!(out.body, bytes);
        }
    }
}

#[test]
fn deep_nesting_passes_through_without_overflow() {
    let nested = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let as_value = format!("{{\"messages\":[{{\"role\":\"tool\",\"content\":{nested}}}]}}");
    let as_text = serde_json::json!({"messages": [{"role": "tool", "content": nested}]}).to_string();
    for body in [as_value, as_text] {
        match headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &Config::default()) {
            Ok(out) => assert_eq!(out.body, body.as_bytes()),
            Err(e) => assert!(e.to_string().contains("json"), "{e}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn token_counts_equal_tiktoken(text in "\\PC{0,300}|[ -~\\n\\t]{0,300}") {
        use headroom::tokenizer::Encoding;
        for enc in [Encoding::O200kBase, Encoding::Cl100kBase] {
            prop_assert_eq!(enc.count(&text), enc.reference_count(&text));
        }
    }
}
