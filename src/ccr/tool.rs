//! The `headroom_retrieve` tool: its definition in each provider's shape, finding the model's
//! calls to it in a response, and the turns that answer them.

use serde_json::{Value, json};

use super::RETRIEVE_TOOL;
use crate::provider::Endpoint;

const DESCRIPTION: &str =
    "Returns the original text an omission marker stands for; `query` keeps only lines containing it.";

fn parameters() -> Value {
    json!({
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "The marker's id."},
            "query": {"type": "string"}
        },
        "required": ["id"]
    })
}

/// The tool definition for `endpoint`, as compact JSON: the same bytes on every request.
///
/// ```
/// use headroom::Endpoint;
/// let def = headroom::ccr::tool_definition(Endpoint::AnthropicMessages);
/// assert!(def.starts_with(r#"{"name":"headroom_retrieve","#));
/// assert_eq!(def, headroom::ccr::tool_definition(Endpoint::AnthropicMessages));
/// ```
pub fn tool_definition(endpoint: Endpoint) -> String {
    let def = match endpoint {
        Endpoint::AnthropicMessages => {
            json!({"name": RETRIEVE_TOOL, "description": DESCRIPTION, "input_schema": parameters()})
        }
        Endpoint::OpenAiResponses => {
            json!({"type": "function", "name": RETRIEVE_TOOL, "description": DESCRIPTION, "parameters": parameters()})
        }
        Endpoint::OpenAiChat => {
            json!({"type": "function", "function": {"name": RETRIEVE_TOOL, "description": DESCRIPTION, "parameters": parameters()}})
        }
    };
    def.to_string()
}

/// One call the model made to `headroom_retrieve`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetrieveCall {
    /// The provider's id of the call, which the result must name.
    pub call_id: String,
    /// The marker id asked for.
    pub id: String,
    /// The optional line filter.
    pub query: Option<String>,
}

/// The model's calls in a non-streaming `response`: retrieve calls, and whether it also
/// called other (client) tools.
pub fn find_calls(endpoint: Endpoint, response: &Value) -> (Vec<RetrieveCall>, bool) {
    let mut calls = Vec::new();
    let mut others = false;
    let mut see = |name: Option<&str>, call_id: Option<&str>, args: Option<Value>| {
        if name != Some(RETRIEVE_TOOL) {
            others = true;
            return;
        }
        let args = args.unwrap_or(Value::Null);
        calls.push(RetrieveCall {
            call_id: call_id.unwrap_or_default().to_owned(),
            id: args.get("id").and_then(Value::as_str).unwrap_or_default().to_owned(),
            query: args.get("query").and_then(Value::as_str).map(str::to_owned),
        });
    };
    let parse_args = |v: Option<&Value>| match v {
        Some(Value::String(s)) => serde_json::from_str(s).ok(),
        Some(other) => Some(other.clone()),
        None => None,
    };
    match endpoint {
        Endpoint::OpenAiChat => {
            let message = &response["choices"][0]["message"];
            for call in message["tool_calls"].as_array().into_iter().flatten() {
                let f = &call["function"];
                see(f["name"].as_str(), call["id"].as_str(), parse_args(f.get("arguments")));
            }
        }
        Endpoint::AnthropicMessages => {
            for block in response["content"].as_array().into_iter().flatten().filter(|b| b["type"] == "tool_use") {
                see(block["name"].as_str(), block["id"].as_str(), block.get("input").cloned());
            }
        }
        Endpoint::OpenAiResponses => {
            for item in response["output"].as_array().into_iter().flatten().filter(|i| i["type"] == "function_call") {
                see(item["name"].as_str(), item["call_id"].as_str(), parse_args(item.get("arguments")));
            }
        }
    }
    (calls, others)
}

/// What the retrieve tool answers: the original, or the lines of it that contain `query`.
pub fn answer(original: Option<&str>, query: Option<&str>) -> String {
    match (original, query.filter(|q| !q.is_empty())) {
        (None, _) => "The original for this id has expired or was never stored; continue without it.".to_owned(),
        (Some(text), None) => text.to_owned(),
        (Some(text), Some(q)) => {
            let q = q.to_lowercase();
            let lines: Vec<&str> = text.lines().filter(|l| l.to_lowercase().contains(&q)).collect();
            if lines.is_empty() { format!("No line of the original contains {q:?}.") } else { lines.join("\n") }
        }
    }
}

/// The items to append to the request's message (or `input`) list: the model's turn as it
/// was, then the results of its retrieve calls.
pub fn continuation(endpoint: Endpoint, response: &Value, results: &[(RetrieveCall, String)]) -> Vec<Value> {
    match endpoint {
        Endpoint::OpenAiChat => {
            let mut items = vec![response["choices"][0]["message"].clone()];
            items.extend(
                results.iter().map(|(c, text)| json!({"role": "tool", "tool_call_id": c.call_id, "content": text})),
            );
            items
        }
        Endpoint::AnthropicMessages => {
            let blocks: Vec<Value> = results
                .iter()
                .map(|(c, text)| json!({"type": "tool_result", "tool_use_id": c.call_id, "content": text}))
                .collect();
            vec![
                json!({"role": "assistant", "content": response["content"]}),
                json!({"role": "user", "content": blocks}),
            ]
        }
        Endpoint::OpenAiResponses => {
            let mut items: Vec<Value> = response["output"].as_array().cloned().unwrap_or_default();
            items.extend(
                results
                    .iter()
                    .map(|(c, text)| json!({"type": "function_call_output", "call_id": c.call_id, "output": text})),
            );
            items
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_calls_in_each_provider() {
        let chat = json!({"choices": [{"message": {"role": "assistant", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "headroom_retrieve", "arguments": "{\"id\":\"abc\",\"query\":\"err\"}"}}]}}]});
        assert_eq!(
            find_calls(Endpoint::OpenAiChat, &chat).0,
            vec![RetrieveCall { call_id: "c1".into(), id: "abc".into(), query: Some("err".into()) }]
        );
        let anthropic = json!({"content": [{"type": "text", "text": "x"}, {"type": "tool_use", "id": "t1", "name": "headroom_retrieve", "input": {"id": "abc"}},
            {"type": "tool_use", "id": "t2", "name": "Bash", "input": {}}]});
        let (calls, others) = find_calls(Endpoint::AnthropicMessages, &anthropic);
        assert_eq!((calls.len(), others), (1, true));
        let responses = json!({"output": [{"type": "function_call", "call_id": "f1", "name": "headroom_retrieve", "arguments": "{\"id\":\"abc\"}"}]});
        assert_eq!(find_calls(Endpoint::OpenAiResponses, &responses).0[0].call_id, "f1");
    }

    #[test]
    fn answers_filter_lines() {
        assert_eq!(answer(Some("a ok\nb ERROR x\nc"), Some("error")), "b ERROR x");
        assert!(answer(None, None).contains("expired"));
    }
}
