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

/// Counts its calls; otherwise the log compressor.
#[derive(Clone, Default)]
struct Counted(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl headroom::transform::Compressor for Counted {
    fn name(&self) -> &'static str {
        "counted"
    }
    fn compress(&self, text: &str, ctx: &headroom::transform::Context<'_>) -> Option<headroom::transform::Rewrite> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        headroom::transform::LogCompressor.compress(text, ctx)
    }
}

#[test]
fn a_resent_block_is_compressed_once_and_comes_back_the_same() {
    use headroom::transform::{Compressors, Kind};
    let counted = Counted::default();
    let mut set = Compressors::empty();
    for kind in [Kind::Json, Kind::Log, Kind::Search, Kind::Diff, Kind::Html, Kind::Code, Kind::Text] {
        set = set.with(kind, counted.clone());
    }
    let mut config = Config::default();
    config.compressors = set;
    let body = fixture("chat.json");
    let first = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    let calls = counted.0.load(std::sync::atomic::Ordering::SeqCst);
    assert!(calls > 0);
    let second = headroom::compress(&body, Endpoint::OpenAiChat, &config.clone()).unwrap();
    assert_eq!(counted.0.load(std::sync::atomic::Ordering::SeqCst), calls, "the second turn hit the memo");
    assert_eq!(first.body, second.body, "the same bytes from the memo");
    let longer = extend(&body, Endpoint::OpenAiChat);
    let third = headroom::compress(&longer, Endpoint::OpenAiChat, &config).unwrap();
    assert_eq!(counted.0.load(std::sync::atomic::Ordering::SeqCst), calls + 1, "only the new block is compressed");
    assert!(third.is_rewritten());

    let fresh = config.memoize(false);
    headroom::compress(&body, Endpoint::OpenAiChat, &fresh).unwrap();
    headroom::compress(&body, Endpoint::OpenAiChat, &fresh).unwrap();
    assert_eq!(counted.0.load(std::sync::atomic::Ordering::SeqCst), calls * 3 + 1, "without the memo every time");
}

#[test]
fn a_remembered_block_is_judged_by_each_configs_own_floor_and_encoding() {
    // Clones share the memo, which also remembers the never-worse gate's counts: a clone with
    // a higher floor or another encoding must not be handed the first one's verdict.
    let config = Config::default();
    let body = fixture("chat.json");
    let first = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    assert!(first.report.rewritten() > 0);
    let floor = first.report.blocks.iter().map(|b| b.tokens_before).max().unwrap() * 2;
    let strict = config.clone().min_tokens(floor);
    let kept = headroom::compress(&body, Endpoint::OpenAiChat, &strict).unwrap();
    assert_eq!(kept.report.rewritten(), 0, "every block is under the clone's floor");

    let mut other = config.clone();
    other.encoding = Some(headroom::tokenizer::Encoding::Cl100kBase);
    let counted = headroom::compress(&body, Endpoint::OpenAiChat, &other).unwrap();
    let fresh = headroom::compress(&body, Endpoint::OpenAiChat, &other.clone().memoize(false)).unwrap();
    let tokens =
        |c: &headroom::pipeline::Compressed| c.report.blocks.iter().map(|b| b.tokens_before).collect::<Vec<_>>();
    assert_eq!(tokens(&counted), tokens(&fresh), "counted in the clone's own encoding");
    assert_ne!(tokens(&counted), tokens(&first), "o200k and cl100k counts differ");
}

/// Records the threads blocks were concluded on (where the outcome's hook runs).
#[derive(Clone, Default)]
struct Threads(std::sync::Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>);

impl headroom::pipeline::CompressionHooks for Threads {
    fn post_compress(&self, _block: &headroom::pipeline::BlockView<'_>, _outcome: &headroom::pipeline::BlockReport) {
        let name = std::thread::current().name().unwrap_or("unnamed").to_owned();
        self.0.lock().unwrap().insert(name);
    }
}

/// Large blocks compressed side by side on several threads come out as the same bytes and the
/// same block reports as when compressed one after another on the calling thread.
#[test]
fn blocks_on_several_threads_give_the_bytes_of_one() {
    let body = four_large_outputs();
    let run = |threads: usize| {
        let seen = Threads::default();
        let config = Config::default().memoize(false).block_threads(threads).hooks(seen.clone());
        let out = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
        let names = seen.0.lock().unwrap().clone();
        (out, names)
    };
    let (alone, alone_threads) = run(1);
    let (shared, shared_threads) = run(4);
    assert_eq!(alone.report.blocks.iter().filter(|b| b.decision == headroom::pipeline::Decision::Rewritten).count(), 4);
    assert_eq!(alone.body, shared.body);
    assert_eq!(alone.report.blocks, shared.report.blocks);
    assert!(!alone_threads.contains("headroom-block"), "{alone_threads:?}");
    assert!(shared_threads.contains("headroom-block"), "{shared_threads:?}");
}

/// A re-sent request whose large blocks are all remembered is answered on the calling thread:
/// a helper thread would find nothing to do and only be waited for.
#[test]
fn remembered_blocks_are_not_sent_to_other_threads() {
    let body = four_large_outputs();
    let seen = Threads::default();
    let config = Config::default().block_threads(4).hooks(seen.clone());
    let first = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    assert!(seen.0.lock().unwrap().contains("headroom-block"), "the first time, side by side");
    seen.0.lock().unwrap().clear();
    let again = headroom::compress(&body, Endpoint::OpenAiChat, &config).unwrap();
    assert_eq!(first.body, again.body);
    assert_eq!(first.report.blocks, again.report.blocks);
    let threads = seen.0.lock().unwrap().clone();
    assert!(!threads.is_empty() && !threads.contains("headroom-block"), "{threads:?}");
}

/// A Chat Completions body with four large tool outputs of different kinds.
fn four_large_outputs() -> Vec<u8> {
    let outputs: Vec<String> = ["kubectl-pods-json", "dpkg-list", "python-traceback-in-app-log", "rustdoc-html"]
        .iter()
        .map(|case| headroom::count::body_texts(&serde_json::from_slice(&untuned_body(case)).unwrap()).pop().unwrap())
        .collect();
    let mut messages = vec![json!({"role": "user", "content": "why is the api pod restarting?"})];
    for (i, output) in outputs.iter().enumerate() {
        let call = json!({"id": format!("c{i}"), "type": "function", "function": {"name": "bash", "arguments": "{}"}});
        messages.push(json!({"role": "assistant", "content": null, "tool_calls": [call]}));
        messages.push(json!({"role": "tool", "tool_call_id": format!("c{i}"), "content": output}));
    }
    serde_json::to_vec(&json!({"model": "gpt-4o", "messages": messages})).unwrap()
}

fn untuned_body(case: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/untuned/{case}/request.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}
