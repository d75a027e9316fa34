//! What the pipeline did to one request.

use std::time::Duration;

use crate::provider::Endpoint;
use crate::transform::Kind;

/// Per-request record of the compression step, put into request and response extensions.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CompressionReport {
    /// The endpoint the body was read as.
    pub endpoint: Option<Endpoint>,
    /// The body's `model`.
    pub model: Option<String>,
    /// Tokens of the rewritten blocks before rewriting (estimated unless `exact_counts`).
    pub tokens_before: usize,
    /// Tokens of the rewritten blocks after rewriting, markers included.
    pub tokens_after: usize,
    /// One entry per block that was considered.
    pub blocks: Vec<BlockReport>,
    /// Time spent in the pipeline.
    pub elapsed: Duration,
    /// Set when the original body was forwarded because something failed.
    pub fail_open: Option<FailOpen>,
    /// Volatile values found in the cached prefix (system prompt, tools); never rewritten.
    pub volatile: Vec<VolatileValue>,
    /// Extensions that errored or panicked and were skipped.
    pub extension_failures: Vec<String>,
    /// Whether the `headroom_retrieve` tool was appended to the request's tools.
    pub tool_added: bool,
}

impl CompressionReport {
    /// Blocks that were replaced.
    pub fn rewritten(&self) -> usize {
        self.blocks.iter().filter(|b| b.decision == Decision::Rewritten).count()
    }

    /// Whether the body that goes out differs from the one that came in.
    pub fn body_changed(&self) -> bool {
        self.rewritten() > 0 || self.tool_added
    }

    /// Tokens saved by the rewrite.
    pub fn tokens_saved(&self) -> usize {
        self.tokens_before.saturating_sub(self.tokens_after)
    }
}

/// What happened to one block.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct BlockReport {
    /// Index of the message or `input` item holding it.
    pub message: usize,
    /// The tool that produced it.
    pub tool_name: Option<String>,
    /// Its detected kind, when routing got that far.
    pub kind: Option<Kind>,
    /// The compressor that ran, when one did.
    pub compressor: Option<&'static str>,
    /// Tokens before (an estimate for large blocks unless `exact_counts`).
    pub tokens_before: usize,
    /// Tokens after; equal to `tokens_before` when kept.
    pub tokens_after: usize,
    /// Rewritten or kept, and why.
    pub decision: Decision,
    /// The id the original is stored under, for lossy rewrites.
    pub retrieve_id: Option<String>,
}

/// Whether a block was replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Decision {
    /// The replacement went out.
    Rewritten,
    /// The original went out, for this reason.
    Kept(KeepReason),
}

/// Why a block was left as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeepReason {
    /// Smaller than `min_tokens`.
    BelowMinTokens,
    /// Output of an excluded tool.
    ExcludedTool,
    /// User-authored text, and `compress_user_messages` is off.
    UserText,
    /// A result marked `is_error` that is not large.
    ErrorResult,
    /// No compressor serves its kind, or the compressor found nothing to change.
    Unchanged,
    /// The replacement would not have had fewer tokens.
    NoGain,
    /// The compressor panicked.
    CompressorPanicked,
    /// The deadline passed before the block was reached.
    Deadline,
    /// A `CompressionHooks::pre_compress` said to skip it.
    Hook,
    /// The original could not be stored, so a lossy rewrite was not safe.
    StoreFailed,
}

impl KeepReason {
    /// A stable snake_case name, used as a metric label.
    pub fn name(self) -> &'static str {
        match self {
            KeepReason::BelowMinTokens => "below_min_tokens",
            KeepReason::ExcludedTool => "excluded_tool",
            KeepReason::UserText => "user_text",
            KeepReason::ErrorResult => "error_result",
            KeepReason::Unchanged => "unchanged",
            KeepReason::NoGain => "no_gain",
            KeepReason::CompressorPanicked => "compressor_panicked",
            KeepReason::Deadline => "deadline",
            KeepReason::Hook => "hook",
            KeepReason::StoreFailed => "store_failed",
        }
    }
}

/// Why a whole request went out as the original bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailOpen {
    /// The body is not UTF-8.
    InvalidUtf8,
    /// The body is not JSON of the endpoint's shape.
    InvalidJson,
    /// The pipeline ran past its deadline.
    Deadline,
    /// The pipeline panicked.
    Panicked,
    /// The rewritten body could not be assembled.
    Splice,
}

impl FailOpen {
    /// A stable snake_case name, used as a metric label.
    pub fn name(self) -> &'static str {
        match self {
            FailOpen::InvalidUtf8 => "invalid_utf8",
            FailOpen::InvalidJson => "invalid_json",
            FailOpen::Deadline => "deadline",
            FailOpen::Panicked => "panicked",
            FailOpen::Splice => "splice",
        }
    }
}

/// A value in the cached prefix that changes from request to request and so defeats caching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolatileValue {
    /// Where it is: `system`, `instructions` or `tools`.
    pub field: &'static str,
    /// What it looks like: `uuid`, `timestamp`, `jwt`, `hex`.
    pub kind: &'static str,
}
