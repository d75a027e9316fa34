//! Invariant 2: the rewrite of a block depends only on that block, its call and the config,
//! so a conversation resent with more turns compresses its common part to the same bytes.

mod common;

use common::*;
use headroom::{Config, Endpoint};
use serde_json::{Value, json};

fn messages_key(endpoint: Endpoint) -> &'static str {
    if endpoint == Endpoint::OpenAiResponses { "input" } else { "messages" }
}

/// The same conversation with two more turns: an assistant call and its tool output.
fn extend(body: &[u8], endpoint: Endpoint) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(body).unwrap();
    let more_output: String =
        (0..200).map(|i| format!("line {i}: all systems nominal\n")).collect::<String>() + &"same\n".repeat(50);
    let turns = match endpoint {
        Endpoint::OpenAiChat => vec![
            json!({"role":"assistant","content":null,"tool_calls":[{"id":"late","type":"function","function":{"name":"bash","arguments":"{}"}}]}),
            json!({"role":"tool","tool_call_id":"late","content": more_output}),
        ],
        Endpoint::AnthropicMessages => vec![
            json!({"role":"assistant","content":[{"type":"tool_use","id":"late","name":"Bash","input":{}}]}),
            json!({"role":"user","content":[{"type":"tool_result","tool_use_id":"late","content": more_output}]}),
        ],
        _ => vec![
            json!({"type":"function_call","call_id":"late","name":"bash","arguments":"{}"}),
            json!({"type":"function_call_output","call_id":"late","output": more_output}),
        ],
    };
    value[messages_key(endpoint)].as_array_mut().unwrap().extend(turns);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn common_prefix_compresses_to_identical_bytes() {
    for (name, endpoint, body) in fixtures() {
        // Normalise formatting first so both bodies share the prefix byte for byte.
        let base: Value = serde_json::from_slice(&body).unwrap();
        let base = serde_json::to_vec(&base).unwrap();
        let longer = extend(&base, endpoint);
        let a = headroom::compress(&base, endpoint, &Config::default()).unwrap();
        let b = headroom::compress(&longer, endpoint, &Config::default()).unwrap();
        let ia = endpoint.index(std::str::from_utf8(&a.body).unwrap()).unwrap();
        let ib = endpoint.index(std::str::from_utf8(&b.body).unwrap()).unwrap();
        let n = ia.messages.len();
        assert_eq!(ib.messages.len(), n + 2, "{name}");
        let end_a = ia.messages[n - 1].end;
        assert_eq!(&a.body[..end_a], &b.body[..end_a], "{name}: common prefix differs");
        assert!(b.report.rewritten() > a.report.rewritten(), "{name}: the new turn compresses too");
    }
}

#[test]
fn same_input_gives_same_bytes_every_time() {
    for (name, endpoint, body) in fixtures() {
        let first = headroom::compress(&body, endpoint, &Config::default()).unwrap().body;
        for _ in 0..3 {
            assert_eq!(headroom::compress(&body, endpoint, &Config::default()).unwrap().body, first, "{name}");
        }
    }
}
