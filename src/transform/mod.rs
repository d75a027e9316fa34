//! Content detection and the compressors, one per kind of tool output.
//!
//! Compressors know nothing about HTTP or providers: they take text and a small [`Context`]
//! (tool name, call arguments, the question that led to the call) and return a [`Rewrite`].
//! Each is a pure function of its inputs, so the same block always compresses to the same
//! bytes and a provider's prompt cache keeps hitting.

pub mod cache_align;
#[cfg(feature = "code")]
mod code;
mod diff;
mod html;
mod json;
#[cfg(feature = "ml")]
mod kompress;
mod lines;
mod log;
pub mod query;
mod relevance;
mod render;
mod router;
mod search;
pub mod signals;
mod text;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::Instant;

#[cfg(feature = "code")]
pub use code::{CodeCompressor, Lang, parse_with_mimalloc};
pub use diff::DiffCompressor;
pub use html::{HtmlCompressor, extract as extract_html};
pub use json::{JsonCompactor, JsonCrusher};
#[cfg(feature = "ml")]
pub use kompress::ModelTextCompressor;
pub use lines::RepeatCollapser;
pub use log::LogCompressor;
pub use relevance::{Relevance, query_text};
pub use router::{detect, detect_with_args};
pub use search::SearchCompressor;
pub use text::TextCompressor;

/// What a tool output is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A JSON document or JSON lines.
    Json,
    /// Build, test or application log lines.
    Log,
    /// `path:line:text` search hits.
    Search,
    /// A unified diff, possibly after a commit header.
    Diff,
    /// An HTML page.
    Html,
    /// Source code.
    Code,
    /// Prose or anything else.
    Text,
}

impl Kind {
    /// A stable snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Json => "json",
            Kind::Log => "log",
            Kind::Search => "search",
            Kind::Diff => "diff",
            Kind::Html => "html",
            Kind::Code => "code",
            Kind::Text => "text",
        }
    }
}

/// What a compressor knows about the block it compresses.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The tool that produced the output, when known.
    pub tool_name: Option<&'a str>,
    /// The call's arguments as the model wrote them.
    pub tool_args: Option<&'a str>,
    /// The user message that preceded the call.
    pub question: Option<&'a str>,
    /// The retrieval id every marker in this block names.
    pub retrieve_id: &'a str,
    /// More than 1 keeps more, less than 1 compresses harder (from `CompressionHooks`).
    pub bias: f32,
    /// A scorer by meaning (with the `ml` feature, an embedding model), when one is configured.
    pub relevance: Option<&'a dyn Relevance>,
    /// When the request's compression deadline passes; model inference stops before it.
    pub deadline: Option<Instant>,
}

impl Context<'_> {
    /// A context with no hints, for tests and direct use.
    pub fn bare(retrieve_id: &str) -> Context<'_> {
        Context {
            tool_name: None,
            tool_args: None,
            question: None,
            retrieve_id,
            bias: 1.0,
            relevance: None,
            deadline: None,
        }
    }
}

/// A compressor's output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    /// The replacement text, markers included.
    pub text: String,
    /// Whether anything was dropped (then the original must be stored before sending).
    pub lossy: bool,
}

impl Rewrite {
    /// A rewrite that drops nothing.
    pub fn lossless(text: String) -> Self {
        Rewrite { text, lossy: false }
    }
}

/// Turns one kind of tool output into a shorter one.
pub trait Compressor: Send + Sync + 'static {
    /// A stable snake_case name used in reports and metrics.
    fn name(&self) -> &'static str;
    /// The rewrite of `text`, or `None` when there is nothing worth changing.
    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite>;
}

/// Which compressor serves which kind.
#[derive(Clone)]
pub struct Compressors {
    by_kind: HashMap<Kind, Arc<dyn Compressor>>,
}

impl Compressors {
    /// No compressors at all: every block passes through.
    pub fn empty() -> Self {
        Compressors { by_kind: HashMap::new() }
    }

    /// Sets the compressor for `kind`.
    pub fn with(mut self, kind: Kind, compressor: impl Compressor) -> Self {
        self.by_kind.insert(kind, Arc::new(compressor));
        self
    }

    /// Only the lossless compressors: JSON compaction and repeated-line collapsing.
    pub fn lossless() -> Self {
        let mut set = Compressors::empty().with(Kind::Json, JsonCompactor);
        for kind in [Kind::Log, Kind::Search, Kind::Diff, Kind::Html, Kind::Code, Kind::Text] {
            set = set.with(kind, RepeatCollapser);
        }
        set
    }

    /// The compressor for `kind`, if any.
    pub fn get(&self, kind: Kind) -> Option<&dyn Compressor> {
        self.by_kind.get(&kind).map(|c| c.as_ref())
    }
}

impl Default for Compressors {
    /// One compressor per kind; source code gets [`CodeCompressor`] with the `code` feature,
    /// and only has repeated lines collapsed without it.
    fn default() -> Self {
        let set = Compressors::empty()
            .with(Kind::Json, JsonCrusher)
            .with(Kind::Log, LogCompressor)
            .with(Kind::Search, SearchCompressor)
            .with(Kind::Diff, DiffCompressor)
            .with(Kind::Html, HtmlCompressor)
            .with(Kind::Text, TextCompressor)
            .with(Kind::Code, RepeatCollapser);
        #[cfg(feature = "code")]
        let set = set.with(Kind::Code, CodeCompressor);
        set
    }
}

impl fmt::Debug for Compressors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut names: Vec<_> = self.by_kind.iter().map(|(k, c)| (k.name(), c.name())).collect();
        names.sort();
        f.debug_map().entries(names).finish()
    }
}
