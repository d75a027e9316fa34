//! Anthropic Messages streams: `content_block_*` indices renumbered, one `message_start`
//! and one `message_delta`/`message_stop` for the whole answer.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};

use super::{RoundEnd, is_ours, parse_arguments, rewrite};
use crate::ccr::RetrieveCall;

#[derive(Default)]
pub struct State {
    /// Upstream block index → the index the client sees, this round.
    map: HashMap<u64, u64>,
    next_client: u64,
    withheld: HashSet<u64>,
    /// This round's blocks, assembled from their deltas, in upstream order.
    blocks: Vec<(u64, Value)>,
    partial: HashMap<u64, String>,
    client_calls: bool,
    held_delta: Option<(Vec<u8>, Value)>,
    held_stop: Option<Vec<u8>>,
    input_tokens: u64,
    output_tokens: u64,
    rounds: usize,
}

impl State {
    pub fn next_round(&mut self) {
        self.map.clear();
        self.withheld.clear();
        self.blocks.clear();
        self.partial.clear();
        self.client_calls = false;
        self.held_delta = None;
        self.held_stop = None;
        self.rounds += 1;
    }

    pub fn event(&mut self, raw: &[u8], mut value: Value, round: usize, withhold: bool) -> Vec<u8> {
        let index = value["index"].as_u64();
        match value["type"].as_str().unwrap_or_default() {
            "message_start" => {
                let usage = &value["message"]["usage"];
                self.input_tokens += usage["input_tokens"].as_u64().unwrap_or(0);
                if round == 0 { raw.to_vec() } else { Vec::new() }
            }
            "content_block_start" => {
                let Some(index) = index else { return raw.to_vec() };
                let block = value["content_block"].clone();
                let tool_use = block["type"] == "tool_use";
                self.blocks.push((index, block.clone()));
                if withhold && tool_use && is_ours(block["name"].as_str()) {
                    self.withheld.insert(index);
                    return Vec::new();
                }
                self.client_calls |= tool_use;
                let client = self.next_client;
                self.next_client += 1;
                self.map.insert(index, client);
                self.renumbered(raw, &mut value, index)
            }
            "content_block_delta" => {
                let Some(index) = index else { return raw.to_vec() };
                self.assemble(index, &value["delta"]);
                if self.withheld.contains(&index) {
                    return Vec::new();
                }
                self.renumbered(raw, &mut value, index)
            }
            "content_block_stop" => {
                let Some(index) = index else { return raw.to_vec() };
                if self.withheld.contains(&index) {
                    return Vec::new();
                }
                self.renumbered(raw, &mut value, index)
            }
            "message_delta" => {
                self.output_tokens += value["usage"]["output_tokens"].as_u64().unwrap_or(0);
                self.held_delta = Some((raw.to_vec(), value));
                Vec::new()
            }
            "message_stop" => {
                self.held_stop = Some(raw.to_vec());
                Vec::new()
            }
            _ => raw.to_vec(),
        }
    }

    fn renumbered(&self, raw: &[u8], value: &mut Value, index: u64) -> Vec<u8> {
        match self.map.get(&index) {
            Some(&client) if client != index => {
                value["index"] = client.into();
                rewrite(raw, value)
            }
            _ => raw.to_vec(),
        }
    }

    fn assemble(&mut self, index: u64, delta: &Value) {
        let Some((_, block)) = self.blocks.iter_mut().rev().find(|(i, b)| *i == index && b.is_object()) else {
            return;
        };
        let append = |block: &mut Value, field: &str, more: &str| {
            let text = format!("{}{more}", block[field].as_str().unwrap_or_default());
            block[field] = text.into();
        };
        match delta["type"].as_str().unwrap_or_default() {
            "text_delta" => append(block, "text", delta["text"].as_str().unwrap_or_default()),
            "thinking_delta" => append(block, "thinking", delta["thinking"].as_str().unwrap_or_default()),
            "signature_delta" => block["signature"] = delta["signature"].clone(),
            "input_json_delta" => {
                self.partial.entry(index).or_default().push_str(delta["partial_json"].as_str().unwrap_or_default())
            }
            _ => {}
        }
    }

    pub fn end_round(&mut self, more: bool) -> RoundEnd {
        for (index, block) in &mut self.blocks {
            if block.is_object() && block["type"] == "tool_use" {
                block["input"] = parse_arguments(self.partial.get(index).map_or("", String::as_str));
            }
        }
        let calls: Vec<RetrieveCall> = self
            .blocks
            .iter()
            .filter(|(i, _)| self.withheld.contains(i))
            .map(|(_, b)| RetrieveCall {
                call_id: b["id"].as_str().unwrap_or_default().to_owned(),
                id: b["input"]["id"].as_str().unwrap_or_default().to_owned(),
                query: b["input"]["query"].as_str().map(str::to_owned),
            })
            .collect();
        if more && !calls.is_empty() && !self.client_calls && self.held_stop.is_some() {
            let content: Vec<Value> = self.blocks.iter().map(|(_, b)| b.clone()).collect();
            return RoundEnd::Retrieve { assistant: json!({ "content": content }), calls };
        }
        let mut tail = Vec::new();
        if let Some((raw, mut value)) = self.held_delta.take() {
            if self.rounds == 0 || !value["usage"].is_object() {
                tail.extend_from_slice(&raw);
            } else {
                value["usage"]["output_tokens"] = self.output_tokens.into();
                if value["usage"].get("input_tokens").is_some() {
                    value["usage"]["input_tokens"] = self.input_tokens.into();
                }
                tail.extend(rewrite(&raw, &value));
            }
        }
        if let Some(raw) = self.held_stop.take() {
            tail.extend(raw);
        }
        RoundEnd::Done { tail }
    }
}
