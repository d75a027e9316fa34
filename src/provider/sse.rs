//! A byte-level Server-Sent Events framer and the usage observer built on it.
//!
//! The framer sees copies of the response frames, never the frames the client gets: it only
//! reads. Events may be split anywhere across chunks, including inside a multi-byte UTF-8
//! character; an event is decoded only once it is complete. Oversized events are skipped
//! rather than buffered without bound.

use serde_json::Value;

/// Longest event the framer holds; longer ones are skipped and counted in [`SseFramer::skipped`].
pub const MAX_EVENT_BYTES: usize = 1 << 20;

/// One complete SSE event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field, if any.
    pub event: Option<String>,
    /// The `data:` lines joined with `\n`.
    pub data: String,
}

/// Splits a byte stream into SSE events.
#[derive(Debug, Default)]
pub struct SseFramer {
    buf: Vec<u8>,
    skipping: bool,
    skipped: usize,
    last_cr: bool,
}

impl SseFramer {
    /// A framer with nothing buffered.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds `chunk`, calling `on_event` for every event it completes.
    ///
    /// ```
    /// use headroom::provider::sse::SseFramer;
    /// let mut framer = SseFramer::new();
    /// let mut seen = Vec::new();
    /// framer.push(b"event: ping\nda", |e| seen.push(e));
    /// framer.push(b"ta: {}\n\n", |e| seen.push(e));
    /// assert_eq!(seen[0].event.as_deref(), Some("ping"));
    /// assert_eq!(seen[0].data, "{}");
    /// ```
    pub fn push(&mut self, chunk: &[u8], mut on_event: impl FnMut(SseEvent)) {
        for &byte in chunk {
            // Normalise CRLF and lone CR to LF so one blank-line rule ends events.
            let byte = match (byte, self.last_cr) {
                (b'\n', true) => {
                    self.last_cr = false;
                    continue;
                }
                (b'\r', _) => {
                    self.last_cr = true;
                    b'\n'
                }
                _ => {
                    self.last_cr = false;
                    byte
                }
            };
            if byte == b'\n' && self.buf.last() == Some(&b'\n') {
                if self.skipping {
                    self.skipping = false;
                } else if let Some(event) = parse_event(&self.buf) {
                    on_event(event);
                }
                self.buf.clear();
                continue;
            }
            if self.skipping {
                self.buf.clear();
                self.buf.push(byte);
                continue;
            }
            self.buf.push(byte);
            if self.buf.len() > MAX_EVENT_BYTES {
                self.skipping = true;
                self.skipped += 1;
                self.buf.clear();
                self.buf.push(byte);
            }
        }
    }

    /// How many events were too long to parse.
    pub fn skipped(&self) -> usize {
        self.skipped
    }
}

fn parse_event(raw: &[u8]) -> Option<SseEvent> {
    let text = std::str::from_utf8(raw).ok()?;
    let mut event = SseEvent::default();
    let mut data_lines = Vec::new();
    for line in text.split('\n') {
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => event.event = Some(value.to_owned()),
            "data" => data_lines.push(value),
            _ => {}
        }
    }
    if data_lines.is_empty() && event.event.is_none() {
        return None;
    }
    event.data = data_lines.join("\n");
    Some(event)
}

/// Token usage a provider reported for one response.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Input tokens billed at the full rate.
    pub input_tokens: u64,
    /// Output tokens.
    pub output_tokens: u64,
    /// Input tokens read from the prompt cache.
    pub cache_read_tokens: u64,
    /// Input tokens written to the prompt cache.
    pub cache_write_tokens: u64,
}

impl Usage {
    /// Folds the `usage` object of any of the three providers into `self`; later non-zero
    /// values replace earlier ones, as Anthropic's `message_delta` updates `message_start`.
    pub fn merge_json(&mut self, usage: &Value) {
        let get = |path: &[&str]| {
            let mut v = usage;
            for p in path {
                v = v.get(p)?;
            }
            v.as_u64()
        };
        let set = |slot: &mut u64, value: Option<u64>| {
            if let Some(v) = value.filter(|v| *v > 0) {
                *slot = v;
            }
        };
        set(&mut self.input_tokens, get(&["input_tokens"]).or(get(&["prompt_tokens"])));
        set(&mut self.output_tokens, get(&["output_tokens"]).or(get(&["completion_tokens"])));
        set(
            &mut self.cache_read_tokens,
            get(&["cache_read_input_tokens"])
                .or(get(&["prompt_tokens_details", "cached_tokens"]))
                .or(get(&["input_tokens_details", "cached_tokens"])),
        );
        set(&mut self.cache_write_tokens, get(&["cache_creation_input_tokens"]));
    }

    /// Reads usage out of one SSE event or a whole JSON response body.
    pub fn observe_json(&mut self, json: &str) {
        let Ok(value) = serde_json::from_str::<Value>(json) else { return };
        for usage in [
            value.get("usage"),
            value.get("message").and_then(|m| m.get("usage")),
            value.get("response").and_then(|r| r.get("usage")),
        ]
        .into_iter()
        .flatten()
        {
            self.merge_json(usage);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut framer = SseFramer::new();
        let mut out = Vec::new();
        for c in chunks {
            framer.push(c, |e| out.push(e));
        }
        out
    }

    #[test]
    fn frames_across_every_split_point() {
        let stream =
            "event: a\r\ndata: {\"t\":\"héllo ✓\"}\r\n\r\ndata: line1\ndata: line2\n\n: comment\n\n".as_bytes();
        let whole = frame_all(&[stream]);
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].data, "{\"t\":\"héllo ✓\"}");
        assert_eq!(whole[1].data, "line1\nline2");
        for cut in 0..stream.len() {
            assert_eq!(frame_all(&[&stream[..cut], &stream[cut..]]), whole, "cut at {cut}");
        }
    }

    #[test]
    fn skips_oversized_events_and_recovers() {
        let mut framer = SseFramer::new();
        let mut out = Vec::new();
        let big = vec![b'x'; MAX_EVENT_BYTES + 10];
        framer.push(b"data: ", |e| out.push(e));
        framer.push(&big, |e| out.push(e));
        framer.push(b"\n\ndata: ok\n\n", |e| out.push(e));
        assert_eq!(framer.skipped(), 1);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].data, "ok");
    }

    #[test]
    fn reads_usage_of_each_provider() {
        let mut u = Usage::default();
        u.observe_json(r#"{"type":"message_start","message":{"usage":{"input_tokens":10,"cache_read_input_tokens":7,"output_tokens":1}}}"#);
        u.observe_json(r#"{"type":"message_delta","usage":{"output_tokens":42}}"#);
        assert_eq!(u, Usage { input_tokens: 10, output_tokens: 42, cache_read_tokens: 7, cache_write_tokens: 0 });
        let mut c = Usage::default();
        c.observe_json(r#"{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":6,"prompt_tokens_details":{"cached_tokens":2}}}"#);
        assert_eq!((c.input_tokens, c.output_tokens, c.cache_read_tokens), (5, 6, 2));
        let mut r = Usage::default();
        r.observe_json(r#"{"type":"response.completed","response":{"usage":{"input_tokens":3,"output_tokens":4}}}"#);
        assert_eq!((r.input_tokens, r.output_tokens), (3, 4));
    }
}
