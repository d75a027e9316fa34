//! OpenAI Responses: `function_call_output`, `custom_tool_call_output` and
//! `local_shell_call_output` item outputs.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Block, Call, Index, IndexOptions, Origin, Question, decode_opt, messages, text_values};

#[derive(Default, Deserialize)]
struct Item<'a> {
    #[serde(borrow, rename = "type")]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    role: Option<Cow<'a, str>>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    call_id: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    arguments: Option<&'a RawValue>,
    #[serde(borrow)]
    input: Option<&'a RawValue>,
    #[serde(borrow)]
    action: Option<&'a RawValue>,
    #[serde(borrow)]
    output: Option<&'a RawValue>,
}

const USER_PARTS: &[&str] = &["input_text"];
const OUTPUT_PARTS: &[&str] = &["input_text", "output_text", "text"];

pub(super) fn index(base: &str, options: IndexOptions) -> Result<Index, serde_json::Error> {
    let mut index = Index::default();
    let list: Vec<Item<'_>> = messages(base, &mut index, options, true)?;
    visit(base, &mut index, list.into_iter(), options)?;
    Ok(index)
}

/// Walks the items in order, remembering calls until their outputs appear.
fn visit<'a>(
    base: &str,
    index: &mut Index,
    items: impl Iterator<Item = Item<'a>>,
    options: IndexOptions,
) -> Result<(), serde_json::Error> {
    let mut calls: HashMap<String, Call> = HashMap::new();
    let mut question = Question::default();
    for (i, item) in items.enumerate() {
        match item.kind.as_deref() {
            None | Some("message") if item.role.as_deref() == Some("user") => {
                question.set(item.content.into_iter().collect());
                let texts = match item.content.filter(|_| options.user_text) {
                    Some(content) => text_values(base, content, USER_PARTS)?,
                    None => Vec::new(),
                };
                for (span, text) in texts {
                    index.blocks.push(Block::new(span, text, Origin::User, i, Call::default(), false));
                }
            }
            Some("function_call" | "custom_tool_call" | "local_shell_call") => {
                let Some(id) = decode_opt(item.call_id).or_else(|| decode_opt(item.id)) else { continue };
                let args = decode_opt(item.arguments)
                    .or_else(|| decode_opt(item.input))
                    .or_else(|| item.action.map(|a| a.get().to_owned()));
                let name = decode_opt(item.name)
                    .or_else(|| (item.kind.as_deref() == Some("local_shell_call")).then(|| "local_shell".to_owned()));
                calls.insert(id, Call { name, args, question: question.get(base, USER_PARTS) });
            }
            Some("function_call_output" | "custom_tool_call_output" | "local_shell_call_output") => {
                let id = decode_opt(item.call_id).or_else(|| decode_opt(item.id));
                let call = id.and_then(|id| calls.get(&id).cloned()).unwrap_or_default();
                let Some(output) = item.output else { continue };
                for (span, text) in text_values(base, output, OUTPUT_PARTS)? {
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
    fn finds_call_outputs_and_leaves_reasoning() {
        let body = r#"{"model":"gpt-5","instructions":"be terse","input":[
            {"role":"user","content":[{"type":"input_text","text":"list pods"}]},
            {"type":"reasoning","id":"rs_1","encrypted_content":"gAAA","summary":[]},
            {"type":"function_call","call_id":"fc1","name":"kubectl","arguments":"{\"args\":\"get pods\"}"},
            {"type":"function_call_output","call_id":"fc1","output":"pod-a Running"},
            {"type":"custom_tool_call_output","call_id":"zz","output":[{"type":"input_text","text":"x"}]}
        ]}"#;
        let index = index(body, IndexOptions::default()).unwrap();
        let tool: Vec<_> = index.blocks.iter().filter(|b| b.origin == Origin::ToolOutput).collect();
        assert_eq!(tool.len(), 2);
        assert_eq!(tool[0].tool_name.as_deref(), Some("kubectl"));
        assert_eq!(tool[0].question.as_deref(), Some("list pods"));
        assert_eq!(tool[1].text, "x");
        assert_eq!(index.messages.len(), 5);
    }
}
