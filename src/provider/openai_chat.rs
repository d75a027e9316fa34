//! OpenAI Chat Completions: `role: "tool"` (and legacy `"function"`) message contents.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Block, Call, Index, IndexOptions, Origin, Question, decode_opt, messages, span_of, text_values};

#[derive(Default, Deserialize)]
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

pub(super) fn index(base: &str, options: IndexOptions) -> Result<Index, serde_json::Error> {
    let mut index = Index::default();
    let list: Vec<Message<'_>> = messages(base, &mut index, options, false)?;
    visit(base, &mut index, list.into_iter(), options)?;
    Ok(index)
}

/// Walks the messages in order, remembering tool calls until their outputs appear.
fn visit<'a>(
    base: &str,
    index: &mut Index,
    messages: impl Iterator<Item = Message<'a>>,
    options: IndexOptions,
) -> Result<(), serde_json::Error> {
    let mut calls: HashMap<String, Call> = HashMap::new();
    let mut legacy_call = Call::default();
    let mut question = Question::default();
    for (i, msg) in messages.enumerate() {
        let texts = |content: Option<&RawValue>| match content {
            Some(content) => text_values(base, content, TEXT_PARTS),
            None => Ok(Vec::new()),
        };
        match msg.role.as_deref() {
            Some("user") => {
                question.set(msg.content.into_iter().collect());
                if options.user_text {
                    for (span, text) in texts(msg.content)? {
                        index.blocks.push(Block::new(span, text, Origin::User, i, Call::default(), false));
                    }
                }
            }
            Some("assistant") => {
                for call in msg.tool_calls.into_iter().flatten() {
                    let (Some(id), Some(function)) = (decode_opt(call.id), call.function) else { continue };
                    let question = question.get(base, TEXT_PARTS);
                    calls.insert(
                        id,
                        Call { name: decode_opt(function.name), args: decode_opt(function.arguments), question },
                    );
                }
                if let Some(function) = msg.function_call {
                    let question = question.get(base, TEXT_PARTS);
                    legacy_call =
                        Call { name: decode_opt(function.name), args: decode_opt(function.arguments), question };
                }
            }
            Some("system" | "developer") => {
                if let Some(content) = msg.content {
                    index.prefix.push(("system", span_of(base, content)));
                }
            }
            Some("tool") => {
                let call = decode_opt(msg.tool_call_id).and_then(|id| calls.get(&id).cloned()).unwrap_or_default();
                for (span, text) in texts(msg.content)? {
                    index.blocks.push(Block::new(span, text, Origin::ToolOutput, i, call.clone(), false));
                }
            }
            Some("function") => {
                let mut call = legacy_call.clone();
                call.name = decode_opt(msg.name).or(call.name);
                for (span, text) in texts(msg.content)? {
                    index.blocks.push(Block::new(span, text, Origin::ToolOutput, i, call.clone(), false));
                }
            }
            _ => {}
        }
    }
    Ok(())
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
        let index = index(body, IndexOptions::default()).unwrap();
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
        assert!(index(r#"{"messages":[],"messages":[]}"#, IndexOptions::default()).is_err());
    }
}
