//! Anthropic Messages: `tool_result` block contents in user turns.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{
    Block, Call, Index, IndexOptions, Objects, Origin, Question, decode_opt, messages, string_at, text_values,
};

#[derive(Default, Deserialize)]
struct Message<'a> {
    #[serde(borrow)]
    role: Option<Cow<'a, str>>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct ContentBlock<'a> {
    #[serde(borrow, rename = "type")]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text: Option<&'a RawValue>,
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    input: Option<&'a RawValue>,
    #[serde(borrow)]
    tool_use_id: Option<&'a RawValue>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
    #[serde(borrow)]
    is_error: Option<&'a RawValue>,
}

const TEXT_PARTS: &[&str] = &["text"];

pub(super) fn index(base: &str, options: IndexOptions) -> Result<Index, serde_json::Error> {
    let mut index = Index::default();
    let list: Vec<Message<'_>> = messages(base, &mut index, options, false)?;
    visit(base, &mut index, list.into_iter(), options)?;
    Ok(index)
}

/// Walks the messages in order, remembering tool calls until their results appear.
fn visit<'a>(
    base: &str,
    index: &mut Index,
    messages: impl Iterator<Item = Message<'a>>,
    options: IndexOptions,
) -> Result<(), serde_json::Error> {
    let mut calls: HashMap<String, Call> = HashMap::new();
    let mut question = Question::default();
    for (i, msg) in messages.enumerate() {
        let Some(content) = msg.content else { continue };
        match msg.role.as_deref() {
            Some("assistant") => remember_calls(base, content, &mut question, &mut calls)?,
            Some("user") if content.get().starts_with('"') => {
                question.set(vec![content]);
                if let Some((span, text)) = options.user_text.then(|| string_at(base, content)).flatten() {
                    index.blocks.push(Block::new(span, text, Origin::User, i, Call::default(), false));
                }
            }
            Some("user") if content.get().starts_with('[') => {
                let blocks: Objects<ContentBlock<'_>> = serde_json::from_str(content.get())?;
                let mut user_text = Vec::new();
                for cb in blocks.0 {
                    match cb.kind.as_deref() {
                        Some("text") => {
                            user_text.extend(cb.text);
                            if let Some((span, text)) =
                                cb.text.filter(|_| options.user_text).and_then(|t| string_at(base, t))
                            {
                                index.blocks.push(Block::new(span, text, Origin::User, i, Call::default(), false));
                            }
                        }
                        Some("tool_result") => {
                            let call =
                                decode_opt(cb.tool_use_id).and_then(|id| calls.get(&id).cloned()).unwrap_or_default();
                            let is_error = cb.is_error.is_some_and(|e| e.get() == "true");
                            let Some(content) = cb.content else { continue };
                            for (span, text) in text_values(base, content, TEXT_PARTS)? {
                                index.blocks.push(Block::new(
                                    span,
                                    text,
                                    Origin::ToolOutput,
                                    i,
                                    call.clone(),
                                    is_error,
                                ));
                            }
                        }
                        _ => {}
                    }
                }
                if !user_text.is_empty() {
                    question.set(user_text);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn remember_calls<'a>(
    base: &str,
    content: &RawValue,
    question: &mut Question<'a>,
    calls: &mut HashMap<String, Call>,
) -> Result<(), serde_json::Error> {
    if !content.get().starts_with('[') {
        return Ok(());
    }
    let blocks: Vec<ContentBlock<'_>> = serde_json::from_str(content.get())?;
    for cb in blocks {
        if !matches!(cb.kind.as_deref(), Some("tool_use" | "server_tool_use")) {
            continue;
        }
        if let Some(id) = decode_opt(cb.id) {
            let args = cb.input.map(|i| i.get().to_owned());
            calls.insert(id, Call { name: decode_opt(cb.name), args, question: question.get(base, TEXT_PARTS) });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tool_results_and_skips_thinking() {
        let body = r#"{"model":"claude-sonnet-4-5","max_tokens":1024,"system":"s","messages":[
            {"role":"user","content":"why?"},
            {"role":"assistant","content":[{"type":"thinking","thinking":"hm","signature":"sig=="},{"type":"tool_use","id":"tu1","name":"Bash","input":{"cmd":"ls"}}]},
            {"role":"user","content":[{"type":"tool_result","tool_use_id":"tu1","is_error":true,"content":[{"type":"text","text":"boom"}],"cache_control":{"type":"ephemeral"}},{"type":"text","text":"and?"}]}
        ]}"#;
        let index = index(body, IndexOptions::default()).unwrap();
        let tool: Vec<_> = index.blocks.iter().filter(|b| b.origin == Origin::ToolOutput).collect();
        assert_eq!(tool.len(), 1);
        assert_eq!(tool[0].text, "boom");
        assert!(tool[0].is_error);
        assert_eq!(tool[0].tool_name.as_deref(), Some("Bash"));
        assert_eq!(tool[0].tool_args.as_deref(), Some(r#"{"cmd":"ls"}"#));
        assert_eq!(tool[0].question.as_deref(), Some("why?"));
        assert_eq!(index.blocks.iter().filter(|b| b.origin == Origin::User).count(), 2);
    }
}
