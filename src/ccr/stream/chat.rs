//! OpenAI Chat Completions streams: `tool_calls` indices renumbered, one chunk id, the
//! finish chunk, the usage chunk and `[DONE]` once at the end.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Value, json};

use super::{RoundEnd, is_ours, parse_arguments, rewrite};
use crate::ccr::RetrieveCall;

#[derive(Default)]
pub struct State {
    id: Option<Value>,
    map: HashMap<u64, u64>,
    withheld: HashSet<u64>,
    content: String,
    /// This round's calls by upstream index: (id, name, arguments).
    calls: BTreeMap<u64, (String, String, String)>,
    client_calls: bool,
    held_finish: Vec<Vec<u8>>,
    held_usage: Option<(Vec<u8>, Value)>,
    held_done: Option<Vec<u8>>,
    prompt_tokens: u64,
    completion_tokens: u64,
    rounds: usize,
}

impl State {
    pub fn next_round(&mut self) {
        self.map.clear();
        self.withheld.clear();
        self.content.clear();
        self.calls.clear();
        self.client_calls = false;
        self.held_finish.clear();
        self.held_usage = None;
        self.held_done = None;
        self.rounds += 1;
    }

    pub fn hold_done(&mut self, raw: &[u8]) {
        self.held_done = Some(raw.to_vec());
    }

    pub fn event(&mut self, raw: &[u8], mut value: Value, round: usize, withhold: bool) -> Vec<u8> {
        let mut changed = false;
        match &self.id {
            None => self.id = value.get("id").cloned(),
            // Only a continuation's chunks are given the first round's id.
            Some(id) if round > 0 && value.get("id").is_some_and(|v| v != id) => {
                value["id"] = id.clone();
                changed = true;
            }
            Some(_) => {}
        }
        if let Some(usage) = value.get("usage").filter(|u| u.is_object()) {
            self.prompt_tokens += usage["prompt_tokens"].as_u64().unwrap_or(0);
            self.completion_tokens += usage["completion_tokens"].as_u64().unwrap_or(0);
            if value["choices"].as_array().is_none_or(Vec::is_empty) {
                self.held_usage = Some((raw.to_vec(), value));
                return Vec::new();
            }
        }
        let Some(choice) = value.get_mut("choices").and_then(|c| c.get_mut(0)) else {
            return if changed { rewrite(raw, &value) } else { raw.to_vec() };
        };
        if let Some(text) = choice.pointer("/delta/content").and_then(Value::as_str) {
            self.content.push_str(text);
        }
        let finish = choice.get("finish_reason").is_some_and(|f| !f.is_null());
        if let Some(entries) = choice.pointer_mut("/delta/tool_calls").and_then(Value::as_array_mut) {
            let before = entries.len();
            let mut kept = Vec::with_capacity(before);
            for mut entry in entries.drain(..) {
                let index = entry.get("index").and_then(Value::as_u64).unwrap_or(0);
                let function = entry.get("function");
                if let Some(name) = function.and_then(|f| f.get("name")).and_then(Value::as_str) {
                    let id = entry.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
                    self.calls.insert(index, (id, name.to_owned(), String::new()));
                    if withhold && is_ours(Some(name)) {
                        self.withheld.insert(index);
                    } else {
                        self.client_calls = true;
                        let client = self.map.len() as u64;
                        self.map.insert(index, client);
                    }
                }
                let args = entry.pointer("/function/arguments").and_then(Value::as_str);
                if let (Some(args), Some(call)) = (args, self.calls.get_mut(&index)) {
                    call.2.push_str(args);
                }
                if self.withheld.contains(&index) {
                    continue;
                }
                if let Some(&client) = self.map.get(&index).filter(|&&c| c != index) {
                    entry["index"] = client.into();
                    changed = true;
                }
                kept.push(entry);
            }
            changed |= kept.len() != before;
            let empty = kept.is_empty();
            *entries = kept;
            if empty
                && before > 0
                && let Some(delta) = choice.get_mut("delta").and_then(Value::as_object_mut)
            {
                delta.remove("tool_calls");
                let nothing_else = delta.values().all(|v| v.is_null() || v.as_str() == Some(""));
                if nothing_else && !finish {
                    return Vec::new();
                }
            }
        }
        let out = if changed { rewrite(raw, &value) } else { raw.to_vec() };
        if finish {
            self.held_finish.push(out);
            return Vec::new();
        }
        out
    }

    pub fn end_round(&mut self, more: bool) -> RoundEnd {
        let calls: Vec<RetrieveCall> = self
            .calls
            .iter()
            .filter(|(i, _)| self.withheld.contains(i))
            .map(|(_, (call_id, _, args))| {
                let args = parse_arguments(args);
                RetrieveCall {
                    call_id: call_id.clone(),
                    id: args["id"].as_str().unwrap_or_default().to_owned(),
                    query: args["query"].as_str().map(str::to_owned),
                }
            })
            .collect();
        if more && !calls.is_empty() && !self.client_calls && !self.held_finish.is_empty() {
            let tool_calls: Vec<Value> = self
                .calls
                .values()
                .map(|(id, name, args)| json!({"id": id, "type": "function", "function": {"name": name, "arguments": args}}))
                .collect();
            let content = if self.content.is_empty() { Value::Null } else { Value::from(self.content.clone()) };
            let message = json!({"role": "assistant", "content": content, "tool_calls": tool_calls});
            return RoundEnd::Retrieve { assistant: json!({"choices": [{"message": message}]}), calls };
        }
        let mut tail: Vec<u8> = self.held_finish.drain(..).flatten().collect();
        if let Some((raw, mut value)) = self.held_usage.take() {
            if self.rounds == 0 {
                tail.extend(raw);
            } else {
                let usage = &mut value["usage"];
                usage["prompt_tokens"] = self.prompt_tokens.into();
                usage["completion_tokens"] = self.completion_tokens.into();
                usage["total_tokens"] = (self.prompt_tokens + self.completion_tokens).into();
                tail.extend(rewrite(&raw, &value));
            }
        }
        if let Some(raw) = self.held_done.take() {
            tail.extend(raw);
        }
        RoundEnd::Done { tail }
    }
}
