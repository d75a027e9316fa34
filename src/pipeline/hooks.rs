//! Hooks that tune the compression step itself.

use crate::pipeline::report::BlockReport;
use crate::transform::Kind;

/// What a hook sees of a block.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct BlockView<'a> {
    /// The block's text.
    pub text: &'a str,
    /// The tool that produced it.
    pub tool_name: Option<&'a str>,
    /// The call's arguments.
    pub tool_args: Option<&'a str>,
    /// Its detected kind.
    pub kind: Kind,
    /// Index of the message holding it.
    pub message: usize,
    /// The request's model.
    pub model: Option<&'a str>,
}

/// Whether to compress a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookAction {
    /// Go ahead.
    Compress,
    /// Keep the original.
    Skip,
}

/// Tunes compression per block. All methods have no-op defaults; `()` is the no-op hooks.
///
/// Hooks are fail-open: a panicking hook is logged and treated as its default.
/// `pre_compress` and `compute_biases` are called on the request's thread, block by block,
/// before any block is compressed; the large blocks of one request may then be compressed on
/// several threads at once (see [`crate::Config::block_threads`]), so `post_compress` may be
/// called concurrently.
/// They must be deterministic for the prompt cache to keep hitting.
///
/// ```
/// use headroom::pipeline::{BlockView, CompressionHooks, HookAction};
/// struct KeepSecrets;
/// impl CompressionHooks for KeepSecrets {
///     fn pre_compress(&self, block: &BlockView<'_>) -> HookAction {
///         if block.tool_name == Some("vault") { HookAction::Skip } else { HookAction::Compress }
///     }
/// }
/// ```
pub trait CompressionHooks: Send + Sync + 'static {
    /// Called before a block is compressed.
    fn pre_compress(&self, _block: &BlockView<'_>) -> HookAction {
        HookAction::Compress
    }
    /// A bias: above 1 keeps more, below 1 compresses harder.
    fn compute_biases(&self, _block: &BlockView<'_>) -> f32 {
        1.0
    }
    /// Called with the outcome for each block that reached a compressor.
    fn post_compress(&self, _block: &BlockView<'_>, _outcome: &BlockReport) {}
}

impl CompressionHooks for () {}
