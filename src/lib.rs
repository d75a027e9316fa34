//! headroom makes LLM requests smaller before they leave an application.
//!
//! Agents send their model large tool outputs — API JSON, build logs, grep hits, diffs —
//! and pay for every token on every turn. headroom finds each tool output inside an OpenAI
//! Chat Completions, OpenAI Responses or Anthropic Messages request body, compresses it with
//! a compressor made for its kind, and splices the result into the original bytes, so
//! everything else in the body — and the provider's prompt cache — stays as it was.
//!
//! It has three faces over one pipeline:
//! - [`HeadroomLayer`], a tower middleware for axum / hyper / tonic servers and for
//!   outgoing tower HTTP clients;
//! - [`compress`], the library call;
//! - [`gateway`] and the `headroom` binary (feature `gateway`): `headroom proxy`, a drop-in
//!   OpenAI/Anthropic-compatible endpoint, plus `headroom compress` and `headroom eval`.
//!
//! With feature `ml`, [`ml`] adds ONNX models: an embedding scorer that ranks by meaning and a
//! token-classification text compressor.
//!
//! Lossy rewrites keep their originals in a [`ccr::Store`]; the model can fetch them back with
//! the `headroom_retrieve` tool, which the layer answers itself.
//!
//! # Example
//!
//! ```
//! use headroom::{Config, Endpoint};
//!
//! let output = serde_json::to_string_pretty(&serde_json::json!({
//!     "items": (0..60).map(|i| serde_json::json!({"id": i, "state": "ok"})).collect::<Vec<_>>()
//! })).unwrap();
//! let body = serde_json::json!({
//!     "model": "gpt-4o",
//!     "messages": [
//!         {"role": "user", "content": "list items"},
//!         {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
//!             "function": {"name": "list", "arguments": "{}"}}]},
//!         {"role": "tool", "tool_call_id": "c1", "content": output},
//!     ]
//! }).to_string();
//!
//! let out = headroom::compress(body.as_bytes(), Endpoint::OpenAiChat, &Config::default()).unwrap();
//! assert!(out.body.len() < body.len());
//! assert_eq!(out.report.rewritten(), 1);
//! ```

#![warn(missing_docs)]
// One module may: `transform::code::alloc`, which hands tree-sitter's C core an allocator.
#![deny(unsafe_code)]

pub mod ccr;
pub mod count;
mod error;
pub mod eval;
#[cfg(feature = "gateway")]
pub mod gateway;
pub mod layer;
pub mod metrics;
#[cfg(feature = "ml")]
pub mod ml;
pub mod pipeline;
pub mod provider;
pub mod tokenizer;
pub mod transform;

use std::time::Instant;

pub use error::Error;
pub use layer::{Headroom, HeadroomBody, HeadroomLayer};
pub use pipeline::{Compressed, CompressionReport, Config};
pub use provider::Endpoint;

/// Compresses one request body for `endpoint`: the same code path as the layer.
///
/// Returns the bytes to send (the original bytes when nothing was worth rewriting) and a
/// report. An error means the body could not be read; callers should send the original.
pub fn compress(body: &[u8], endpoint: Endpoint, config: &Config) -> Result<Compressed, Error> {
    let deadline = Instant::now() + config.deadline;
    pipeline::run(body, endpoint, config, &pipeline::RequestInfo::default(), deadline)
}
