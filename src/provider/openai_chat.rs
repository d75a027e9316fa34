//! OpenAI Chat Completions: `role: "tool"` (and legacy `"function"`) message contents.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Block, Call, Index, Origin, Top, decode_opt, span_of, text_values};

#[derive(Deserialize)]
struct Message<'a> {
    #[serde(borrow)]
    role: Option<Cow<'a, str>>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
    #[serde(borrow)]
    tool_call_id: Option<&'a RawValue>,
    #[serde(borrow)]
    tool_calls: Option<Vec<ToolCall<'a>>>,
    #[serde(borrow)]
    function_call: Option<Function<'a>>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct ToolCall<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    function: Option<Function<'a>>,
}

#[derive(Deserialize)]
struct Function<'a> {
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    arguments: Option<&'a RawValue>,
}

const TEXT_PARTS: &[&str] = &["text"];

pub(super) fn index(base: &str) -> Result<Index, serde_json::Error> {
    let body: Top<'_> = serde_json::from_str(base)?;
    let mut index = Index::default();
    body.apply(base, &mut index);
    let Some(messages) = body.messages.filter(|m| m.get().starts_with('[')) else {
        return Ok(index);
    };
    index.messages_array = Some(span_of(base, messages));
    let messages: Vec<&RawValue> = serde_json::from_str(messages.get())?;
    let mut calls: HashMap<String, Call> = HashMap::new();
    let mut legacy_call = Call::default();
    let mut question: Option<String> = None;
    for (i, raw) in messages.iter().enumerate() {
        index.messages.push(span_of(base, raw));
        if !raw.get().starts_with('{') {
            continue;
        }
        let msg: Message<'_> = serde_json::from_str(raw.get())?;
        let texts = match msg.content {
            Some(content) => text_values(base, content, TEXT_PARTS)?,
            None => Vec::new(),
        };
        match msg.role.as_deref() {
            Some("user") => {
                question = Some(texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n"));
                for (span, text) in texts {
                    index.blocks.push(block(span, text, Origin::User, i, Call::default()));
                }
            }
            Some("assistant") => {
                for call in msg.tool_calls.into_iter().flatten() {
                    let (Some(id), Some(function)) = (decode_opt(call.id), call.function) else { continue };
                    calls.insert(
                        id,
                        Call {
                            name: decode_opt(function.name),
                            args: decode_opt(function.arguments),
                            question: question.clone(),
                        },
                    );
                }
                if let Some(function) = msg.function_call {
                    legacy_call = Call {
                        name: decode_opt(function.name),
                        args: decode_opt(function.arguments),
                        question: question.clone(),
                    };
                }
            }
            Some("system" | "developer") => index.prefix.push(("system", span_of(base, raw))),
            Some("tool") => {
                let call = decode_opt(msg.tool_call_id).and_then(|id| calls.get(&id).cloned()).unwrap_or_default();
                for (span, text) in texts {
                    index.blocks.push(block(span, text, Origin::ToolOutput, i, call.clone()));
                }
            }
            Some("function") => {
                let mut call = legacy_call.clone();
                call.name = decode_opt(msg.name).or(call.name);
                for (span, text) in texts {
                    index.blocks.push(block(span, text, Origin::ToolOutput, i, call.clone()));
                }
            }
            _ => {}
        }
    }
    Ok(index)
}

fn block(span: std::ops::Range<usize>, text: String, origin: Origin, message: usize, call: Call) -> Block {
    Block {
        span,
        text,
        origin,
        message,
        tool_name: call.name,
        tool_args: call.args,
        question: call.question,
        is_error: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tool_outputs_with_their_call() {
        let body = r#"{"model":"gpt-4o","stream":true,"messages":[
            {"role":"system","content":"sys"},
            {"role":"user","content":"find it"},
            {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"grep","arguments":"{\"q\":\"x\"}"}}]},
            {"role":"tool","tool_call_id":"c1","content":"out\u0041put"},
            {"role":"tool","tool_call_id":"c2","content":[{"type":"text","text":"part"},{"type":"image_url","image_url":{"url":"u"}}]}
        ]}"#;
        let index = index(body).unwrap();
        assert_eq!(index.model.as_deref(), Some("gpt-4o"));
        assert!(index.stream);
        assert_eq!(index.messages.len(), 5);
        let tools: Vec<_> = index.blocks.iter().filter(|b| b.origin == Origin::ToolOutput).collect();
        assert_eq!(tools.len(), 2);
        assert_eq!(tools[0].text, "outAput");
        assert_eq!(&body[tools[0].span.clone()], r#""out\u0041put""#);
        assert_eq!(tools[0].tool_name.as_deref(), Some("grep"));
        assert_eq!(tools[0].question.as_deref(), Some("find it"));
        assert_eq!(tools[1].tool_name, None);
        assert_eq!(tools[1].text, "part");
    }

    #[test]
    fn rejects_duplicate_known_fields() {
        assert!(index(r#"{"messages":[],"messages":[]}"#).is_err());
    }
}
