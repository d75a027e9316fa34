//! Provider wire formats: find the compressible blocks of a request body as byte spans.
//!
//! Each slice parses the body once, borrowing every value as a [`RawValue`] so its position in
//! the original buffer is known, and returns an [`Index`]: the blocks that may be rewritten,
//! where they are, which tool produced them and with what arguments. Rewriting is a
//! [`splice`] of new string literals into the original bytes, so everything else survives.

mod anthropic;
mod openai_chat;
mod openai_responses;
mod parse;
mod splice;
pub mod sse;
pub(crate) mod unescape;

use std::ops::Range;

use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;

pub use splice::{Edit, splice};

use parse::{Call, Objects, Question, decode_opt, messages, span_of, string_at, text_values};

/// An API whose request bodies headroom knows how to compress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Endpoint {
    /// OpenAI Chat Completions, `POST …/chat/completions`.
    OpenAiChat,
    /// OpenAI Responses, `POST …/responses`.
    OpenAiResponses,
    /// Anthropic Messages, `POST …/messages`.
    AnthropicMessages,
}

impl Endpoint {
    /// Every endpoint, in a fixed order.
    pub const ALL: [Endpoint; 3] = [Endpoint::OpenAiChat, Endpoint::OpenAiResponses, Endpoint::AnthropicMessages];

    /// The endpoint a request path addresses, if any.
    ///
    /// ```
    /// use headroom::Endpoint;
    /// assert_eq!(Endpoint::from_path("/v1/chat/completions"), Some(Endpoint::OpenAiChat));
    /// assert_eq!(Endpoint::from_path("/openai/v1/responses"), Some(Endpoint::OpenAiResponses));
    /// assert_eq!(Endpoint::from_path("/v1/messages"), Some(Endpoint::AnthropicMessages));
    /// assert_eq!(Endpoint::from_path("/v1/messages/count_tokens"), None);
    /// ```
    pub fn from_path(path: &str) -> Option<Self> {
        let path = path.trim_end_matches('/');
        if path.ends_with("/chat/completions") {
            Some(Endpoint::OpenAiChat)
        } else if path.ends_with("/responses") {
            Some(Endpoint::OpenAiResponses)
        } else if path.ends_with("/messages") {
            Some(Endpoint::AnthropicMessages)
        } else {
            None
        }
    }

    /// Guesses the endpoint from a body's shape: `input` means Responses; `messages` with a
    /// top-level `system`, `max_tokens` and no `system` role, or Anthropic block types, means
    /// Anthropic; other `messages` bodies are Chat Completions.
    pub fn detect(body: &[u8]) -> Option<Self> {
        #[derive(Deserialize)]
        struct Shape<'a> {
            #[serde(borrow)]
            input: Option<&'a RawValue>,
            #[serde(borrow)]
            messages: Option<&'a RawValue>,
            #[serde(borrow)]
            system: Option<&'a RawValue>,
        }
        let shape: Shape<'_> = serde_json::from_slice(body).ok()?;
        if shape.input.is_some() && shape.messages.is_none() {
            return Some(Endpoint::OpenAiResponses);
        }
        let messages = shape.messages?.get();
        let anthropic_blocks = ["\"tool_use\"", "\"tool_result\"", "\"thinking\""].iter().any(|t| messages.contains(t));
        let chat_roles = ["\"role\":\"system\"", "\"role\": \"system\"", "\"role\":\"tool\"", "\"role\": \"tool\""]
            .iter()
            .any(|t| messages.contains(t));
        if shape.system.is_some() || (anthropic_blocks && !chat_roles) {
            Some(Endpoint::AnthropicMessages)
        } else {
            Some(Endpoint::OpenAiChat)
        }
    }

    /// A stable kebab-case name: `openai-chat`, `openai-responses`, `anthropic`.
    pub fn name(self) -> &'static str {
        match self {
            Endpoint::OpenAiChat => "openai-chat",
            Endpoint::OpenAiResponses => "openai-responses",
            Endpoint::AnthropicMessages => "anthropic",
        }
    }

    /// Parses a name as printed by [`Endpoint::name`] (also `anthropic-messages`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "openai-chat" | "chat" => Some(Endpoint::OpenAiChat),
            "openai-responses" | "responses" => Some(Endpoint::OpenAiResponses),
            "anthropic" | "anthropic-messages" => Some(Endpoint::AnthropicMessages),
            _ => None,
        }
    }

    /// An error body in this provider's shape, for the layer's own refusals (413, 400).
    pub fn error_body(self, kind: &str, message: &str) -> Bytes {
        let body = match self {
            Endpoint::AnthropicMessages => {
                serde_json::json!({"type": "error", "error": {"type": kind, "message": message}})
            }
            Endpoint::OpenAiChat | Endpoint::OpenAiResponses => {
                serde_json::json!({"error": {"message": message, "type": kind, "param": null, "code": kind}})
            }
        };
        Bytes::from(body.to_string())
    }

    /// Parses `body` into an index of its blocks, with message spans and user text.
    pub fn index(self, body: &str) -> Result<Index, serde_json::Error> {
        self.index_with(body, IndexOptions::default())
    }

    /// Parses `body` into an index holding what `options` asks for.
    pub fn index_with(self, body: &str, options: IndexOptions) -> Result<Index, serde_json::Error> {
        match self {
            Endpoint::OpenAiChat => openai_chat::index(body, options),
            Endpoint::OpenAiResponses => openai_responses::index(body, options),
            Endpoint::AnthropicMessages => anthropic::index(body, options),
        }
    }
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Who wrote a block's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// The output of a tool call.
    ToolOutput,
    /// Text a user typed.
    User,
}

/// One JSON string value in the body that may be rewritten.
#[derive(Clone, Debug)]
pub struct Block {
    /// Byte range of the string literal, quotes included.
    pub span: Range<usize>,
    /// The decoded string.
    pub text: String,
    /// Who wrote it.
    pub origin: Origin,
    /// Index of the message (or `input` item) that holds it.
    pub message: usize,
    /// Name of the tool whose output this is, when its call was found.
    pub tool_name: Option<String>,
    /// That call's arguments as the model wrote them.
    pub tool_args: Option<String>,
    /// The text of the last user message before the call: fixed history, safe as a hint.
    pub question: Option<String>,
    /// Whether the provider marks the result as an error (`is_error: true`).
    pub is_error: bool,
}

/// The compressible blocks of a body and the facts about it the pipeline needs.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Blocks in body order.
    pub blocks: Vec<Block>,
    /// Spans of each message (or `input` item), in order.
    pub messages: Vec<Range<usize>>,
    /// Span of the `messages` / `input` array, brackets included.
    pub messages_array: Option<Range<usize>>,
    /// The `model` field.
    pub model: Option<String>,
    /// Whether `"stream": true`.
    pub stream: bool,
    /// Spans of the cached-prefix fields present: `system`, `instructions`, `tools`.
    pub prefix: Vec<(&'static str, Range<usize>)>,
    /// Span of the `tools` value.
    pub tools: Option<Range<usize>>,
}

impl Block {
    fn new(span: Range<usize>, text: String, origin: Origin, message: usize, call: Call, is_error: bool) -> Self {
        Block {
            span,
            text,
            origin,
            message,
            tool_name: call.name,
            tool_args: call.args,
            question: call.question,
            is_error,
        }
    }
}

/// What the pipeline needs an index to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexOptions {
    /// Record the span of every message (for the extensions' message view); costs a pass.
    pub message_spans: bool,
    /// Decode user-authored text into blocks (only needed when it may be compressed).
    pub user_text: bool,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions { message_spans: true, user_text: true }
    }
}
