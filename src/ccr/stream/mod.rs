//! Retrieval inside streamed responses: the events of the model's `headroom_retrieve` calls
//! are withheld from the client, the stream's ending is held back, and when the model asked
//! only for originals, the continuation's events are spliced in with indices, ids and sequence
//! numbers made consistent, so the client sees one well-formed stream with usage summed.
//!
//! This module is the pure part: events in, bytes out. The layer drives it round by round.

mod anthropic;
mod chat;
mod responses;

use serde_json::Value;

use super::RetrieveCall;
use crate::provider::Endpoint;

/// How a round of the stream ended.
#[derive(Debug)]
pub enum RoundEnd {
    /// The model asked only for originals: answer `calls` after the assistant turn
    /// `assistant` (in the provider's whole-response shape) and splice in the next round.
    Retrieve {
        /// The model's turn, shaped like a whole response of the provider.
        assistant: Value,
        /// The retrieve calls in it.
        calls: Vec<RetrieveCall>,
    },
    /// The stream is over: send `tail` (the held-back ending, usage summed) and close.
    Done {
        /// The bytes that end the client's stream.
        tail: Vec<u8>,
    },
}

/// The per-provider state of a stream being spliced.
pub struct Splicer {
    inner: Inner,
    round: usize,
    last_round: bool,
}

enum Inner {
    Anthropic(anthropic::State),
    Chat(chat::State),
    Responses(responses::State),
}

impl Splicer {
    /// A splicer for a stream of `endpoint`'s events.
    pub fn new(endpoint: Endpoint) -> Self {
        let inner = match endpoint {
            Endpoint::AnthropicMessages => Inner::Anthropic(anthropic::State::default()),
            Endpoint::OpenAiChat => Inner::Chat(chat::State::default()),
            Endpoint::OpenAiResponses => Inner::Responses(responses::State::default()),
        };
        Splicer { inner, round: 0, last_round: false }
    }

    /// Starts the next round (the continuation's stream); in the last one nothing is withheld,
    /// so a retrieve call the model still makes reaches the client as it is.
    pub fn next_round(&mut self, last: bool) {
        self.round += 1;
        self.last_round = last;
        match &mut self.inner {
            Inner::Anthropic(s) => s.next_round(),
            Inner::Chat(s) => s.next_round(),
            Inner::Responses(s) => s.next_round(),
        }
    }

    /// Marks the first round as the last one (retrieval cannot be answered).
    pub fn passthrough(&mut self) {
        self.last_round = true;
    }

    /// What to send the client for one raw upstream event (possibly nothing).
    pub fn event(&mut self, raw: &[u8]) -> Vec<u8> {
        let data = event_data(raw);
        let Some(value) = data.as_deref().and_then(|d| serde_json::from_str::<Value>(d).ok()) else {
            // `[DONE]`, comments and anything unparsable.
            return match &mut self.inner {
                Inner::Chat(s) if data.as_deref().map(str::trim) == Some("[DONE]") => {
                    s.hold_done(raw);
                    Vec::new()
                }
                _ => raw.to_vec(),
            };
        };
        let (round, withhold) = (self.round, !self.last_round);
        match &mut self.inner {
            Inner::Anthropic(s) => s.event(raw, value, round, withhold),
            Inner::Chat(s) => s.event(raw, value, round, withhold),
            Inner::Responses(s) => s.event(raw, value, round, withhold),
        }
    }

    /// The round's upstream stream has ended.
    pub fn end_round(&mut self) -> RoundEnd {
        let more = !self.last_round;
        match &mut self.inner {
            Inner::Anthropic(s) => s.end_round(more),
            Inner::Chat(s) => s.end_round(more),
            Inner::Responses(s) => s.end_round(more),
        }
    }

    /// Rounds spliced in so far.
    pub fn rounds(&self) -> usize {
        self.round
    }
}

/// Splits a byte stream into raw SSE events (each with its blank-line terminator), so events
/// passed through reach the client byte for byte.
#[derive(Default)]
pub struct RawEvents {
    buf: Vec<u8>,
}

impl RawEvents {
    /// Appends `chunk` and returns every event it completes.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<Vec<u8>> {
        self.buf.extend_from_slice(chunk);
        let mut events = Vec::new();
        let mut start = 0;
        while let Some(end) = event_end(&self.buf[start..]) {
            events.push(self.buf[start..start + end].to_vec());
            start += end;
        }
        self.buf.drain(..start);
        // An event that never ends is passed on in pieces rather than held without bound.
        if self.buf.len() > crate::provider::sse::MAX_EVENT_BYTES {
            events.push(std::mem::take(&mut self.buf));
        }
        events
    }

    /// Whatever is left when the stream ends (an unterminated last event).
    pub fn rest(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }
}

/// The length of the first complete event in `buf`, terminator included.
fn event_end(buf: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < buf.len() {
        let line_end = match buf[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(p) => i + p,
            None => return None,
        };
        let mut next = line_end + 1;
        if buf[line_end] == b'\r' && buf.get(next) == Some(&b'\n') {
            next += 1;
        } else if buf[line_end] == b'\r' && next == buf.len() {
            return None; // a CR at the end may be half of a CRLF
        }
        if line_end == i {
            return Some(next); // an empty line ends the event
        }
        i = next;
    }
    None
}

/// The `data:` lines of a raw event, joined.
pub fn event_data(raw: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(raw).ok()?;
    let mut data: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("data:") {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(rest);
                }
                None => data = Some(rest.to_owned()),
            }
        }
    }
    data
}

/// A raw event with its data replaced by `value`, its `event:` line kept.
fn rewrite(raw: &[u8], value: &Value) -> Vec<u8> {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(raw.len() + 16);
    let mut wrote = false;
    for line in text.lines() {
        if line.starts_with("data:") {
            if !wrote {
                out.push_str("data: ");
                out.push_str(&value.to_string());
                out.push('\n');
                wrote = true;
            }
        } else if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
    out.into_bytes()
}

/// An error event in `endpoint`'s shape, for a stream the layer has to end early: the client
/// sees an error, never a clean-looking truncated answer.
pub fn error_event(endpoint: Endpoint, message: &str) -> Vec<u8> {
    let error = serde_json::json!({"type": "api_error", "message": message});
    match endpoint {
        Endpoint::AnthropicMessages => {
            format!("event: error\ndata: {}\n\n", serde_json::json!({"type": "error", "error": error})).into_bytes()
        }
        Endpoint::OpenAiResponses => {
            let event = serde_json::json!({"type": "error", "code": "api_error", "message": message});
            format!("event: error\ndata: {event}\n\n").into_bytes()
        }
        Endpoint::OpenAiChat => format!("data: {}\n\n", serde_json::json!({"error": error})).into_bytes(),
    }
}

/// The arguments a streamed call accumulated, as a JSON value (an object, or null).
fn parse_arguments(text: &str) -> Value {
    if text.trim().is_empty() {
        return Value::Object(Default::default());
    }
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn is_ours(name: Option<&str>) -> bool {
    name == Some(super::RETRIEVE_TOOL)
}

#[cfg(test)]
mod tests;
