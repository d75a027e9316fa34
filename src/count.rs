//! Counting a whole request body the way `peer/tokcount.py` does, so numbers compare.
//!
//! o200k_base over every text the model reads, +3 per message or `input` item, `system` /
//! `instructions`, and `tools` as compact JSON. Used by `headroom compress` and `eval`;
//! the pipeline itself counts only what a decision needs.

use serde_json::Value;

use crate::tokenizer::Encoding;

const PER_MESSAGE: usize = 3;
const ZERO_BLOCKS: &[&str] = &["image", "image_url", "input_image", "document", "redacted_thinking", "input_audio"];

/// Token count of a request body (any of the three shapes), as `tokcount.py` counts it.
///
/// ```
/// let body = serde_json::json!({"messages": [{"role": "user", "content": "hello world"}]});
/// assert_eq!(headroom::count::count_body(&body), 3 + 2);
/// ```
pub fn count_body(body: &Value) -> usize {
    let count = |t: &str| Encoding::O200kBase.count(t);
    let mut total = 0;
    for msg in body.get("messages").and_then(Value::as_array).into_iter().flatten() {
        if msg.is_object() {
            total += count_message(msg);
        }
    }
    match body.get("input") {
        Some(Value::String(s)) => total += PER_MESSAGE + count(s),
        Some(Value::Array(items)) => {
            for item in items {
                total += PER_MESSAGE + item_texts(item).iter().map(|t| count(t)).sum::<usize>();
            }
        }
        _ => {}
    }
    total += content_texts(body.get("system")).iter().map(|t| count(t)).sum::<usize>();
    if let Some(Value::String(s)) = body.get("instructions") {
        total += count(s);
    }
    if let Some(tools) = body.get("tools").filter(|t| truthy(t)) {
        total += count(&compact(tools));
    }
    total
}

/// Every text the model reads: system, instructions, message contents, `input` items.
pub fn body_texts(body: &Value) -> Vec<String> {
    let mut out = content_texts(body.get("system"));
    if let Some(Value::String(s)) = body.get("instructions") {
        out.push(s.clone());
    }
    for msg in body.get("messages").and_then(Value::as_array).into_iter().flatten() {
        out.extend(content_texts(msg.get("content")));
    }
    match body.get("input") {
        Some(Value::String(s)) => out.push(s.clone()),
        Some(Value::Array(items)) => items.iter().for_each(|i| out.extend(item_texts(i))),
        _ => {}
    }
    out
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::String(s) => !s.is_empty(),
        Value::Bool(b) => *b,
        Value::Number(_) => true,
    }
}

fn compact(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn str_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        None => String::new(),
        Some(other) => compact(other),
    }
}

fn content_texts(content: Option<&Value>) -> Vec<String> {
    match content {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(blocks)) => blocks.iter().flat_map(block_texts).collect(),
        Some(other) => vec![compact(other)],
    }
}

fn block_texts(block: &Value) -> Vec<String> {
    let Value::Object(map) = block else {
        return vec![match block {
            Value::String(s) => s.clone(),
            other => compact(other),
        }];
    };
    match map.get("type").and_then(Value::as_str) {
        Some("text" | "input_text" | "output_text") => vec![str_of(map.get("text"))],
        Some("thinking") => vec![str_of(map.get("thinking"))],
        Some("tool_result") => content_texts(map.get("content")),
        Some("tool_use" | "server_tool_use") => {
            vec![str_of(map.get("name")), compact(map.get("input").unwrap_or(&Value::Object(Default::default())))]
        }
        Some(t) if ZERO_BLOCKS.contains(&t) => Vec::new(),
        _ => vec![compact(block)],
    }
}

fn item_texts(item: &Value) -> Vec<String> {
    let Value::Object(map) = item else {
        return vec![match item {
            Value::String(s) => s.clone(),
            other => compact(other),
        }];
    };
    match map.get("type").and_then(Value::as_str) {
        None | Some("message") => content_texts(map.get("content")),
        Some("function_call" | "custom_tool_call") => {
            vec![str_of(map.get("name")), str_of(map.get("arguments").or(map.get("input")))]
        }
        Some("function_call_output" | "custom_tool_call_output" | "local_shell_call_output") => match map.get("output")
        {
            Some(Value::String(s)) => vec![s.clone()],
            other => content_texts(other),
        },
        Some("reasoning") => Vec::new(),
        _ => vec![compact(item)],
    }
}

fn count_message(msg: &Value) -> usize {
    let count = |t: &str| Encoding::O200kBase.count(t);
    let mut n = PER_MESSAGE;
    n += content_texts(msg.get("content")).iter().map(|t| count(t)).sum::<usize>();
    for call in msg.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
        let function = call.get("function");
        n += count(&str_of(function.and_then(|f| f.get("name"))));
        n += count(&str_of(function.and_then(|f| f.get("arguments"))));
    }
    if let Some(name) = msg.get("name").filter(|n| truthy(n)) {
        n += count(&str_of(Some(name)));
    }
    n
}
