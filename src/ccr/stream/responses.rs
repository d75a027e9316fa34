//! OpenAI Responses streams: `output_index` renumbered across rounds, `sequence_number`
//! consecutive, one `response.created` and one `response.completed` listing every item the
//! client saw, with usage summed.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use super::{RoundEnd, is_ours, rewrite};
use crate::ccr::find_calls;
use crate::provider::Endpoint;

#[derive(Default)]
pub struct State {
    next_sequence: u64,
    response_id: Option<Value>,
    /// Items the client saw in earlier rounds.
    offset: u64,
    withheld_items: HashSet<String>,
    withheld_indexes: BTreeSet<u64>,
    passed_indexes: BTreeSet<u64>,
    /// Every item the client saw, for the final `response.completed`.
    visible: Vec<Value>,
    client_calls: bool,
    held_end: Option<(Vec<u8>, Value)>,
    input_tokens: u64,
    output_tokens: u64,
    rounds: usize,
}

impl State {
    pub fn next_round(&mut self) {
        self.offset += self.passed_indexes.len() as u64;
        self.withheld_items.clear();
        self.withheld_indexes.clear();
        self.passed_indexes.clear();
        self.client_calls = false;
        self.held_end = None;
        self.rounds += 1;
    }

    pub fn event(&mut self, raw: &[u8], mut value: Value, round: usize, withhold: bool) -> Vec<u8> {
        let kind = value["type"].as_str().unwrap_or_default().to_owned();
        match kind.as_str() {
            "response.created" | "response.in_progress" => {
                if self.response_id.is_none() {
                    self.response_id = value["response"].get("id").cloned();
                }
                if round > 0 {
                    return Vec::new();
                }
            }
            "response.completed" | "response.incomplete" | "response.failed" => {
                let usage = &value["response"]["usage"];
                self.input_tokens += usage["input_tokens"].as_u64().unwrap_or(0);
                self.output_tokens += usage["output_tokens"].as_u64().unwrap_or(0);
                self.held_end = Some((raw.to_vec(), value));
                return Vec::new();
            }
            "response.output_item.added" => {
                let item = &value["item"];
                let call = item["type"] == "function_call";
                if withhold && call && is_ours(item["name"].as_str()) {
                    self.withheld_items.insert(item["id"].as_str().unwrap_or_default().to_owned());
                    if let Some(index) = value["output_index"].as_u64() {
                        self.withheld_indexes.insert(index);
                    }
                    return Vec::new();
                }
                self.client_calls |= call;
            }
            _ => {}
        }
        let item_id = value["item_id"].as_str().or_else(|| value["item"]["id"].as_str());
        if item_id.is_some_and(|id| self.withheld_items.contains(id)) {
            return Vec::new();
        }
        let mut changed = false;
        if let Some(index) = value["output_index"].as_u64() {
            if self.withheld_indexes.contains(&index) {
                return Vec::new();
            }
            self.passed_indexes.insert(index);
            let client = self.offset + index - self.withheld_indexes.range(..index).count() as u64;
            if client != index {
                value["output_index"] = client.into();
                changed = true;
            }
        }
        if kind == "response.output_item.done" {
            self.visible.push(value["item"].clone());
        }
        changed |= self.renumber(&mut value);
        if changed { rewrite(raw, &value) } else { raw.to_vec() }
    }

    /// Gives the event the next sequence number; whether that changed it.
    fn renumber(&mut self, value: &mut Value) -> bool {
        let Some(sequence) = value.get("sequence_number").and_then(Value::as_u64) else { return false };
        let next = self.next_sequence;
        self.next_sequence += 1;
        if sequence == next {
            return false;
        }
        value["sequence_number"] = next.into();
        true
    }

    pub fn end_round(&mut self, more: bool) -> RoundEnd {
        let Some((raw, mut value)) = self.held_end.take() else { return RoundEnd::Done { tail: Vec::new() } };
        let response = value["response"].clone();
        let (calls, _) = find_calls(Endpoint::OpenAiResponses, &response);
        if more && !calls.is_empty() && !self.client_calls && value["type"] == "response.completed" {
            return RoundEnd::Retrieve { assistant: response, calls };
        }
        let mut changed = self.renumber(&mut value);
        if let Some(response) =
            value.get_mut("response").filter(|r| r.is_object() && (self.rounds > 0 || !self.withheld_items.is_empty()))
        {
            if let Some(id) = &self.response_id {
                response["id"] = id.clone();
            }
            response["output"] = Value::Array(self.visible.clone());
            let usage = &mut response["usage"];
            if usage.is_object() {
                usage["input_tokens"] = self.input_tokens.into();
                usage["output_tokens"] = self.output_tokens.into();
                usage["total_tokens"] = (self.input_tokens + self.output_tokens).into();
            }
            changed = true;
        }
        RoundEnd::Done { tail: if changed { rewrite(&raw, &value) } else { raw } }
    }
}
