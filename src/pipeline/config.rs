//! What the pipeline does, and with which tools.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::event::PipelineExtension;
use super::hooks::CompressionHooks;
use super::memo::Memo;
use super::shared::SharedContext;
use crate::ccr::{MemoryStore, Store};
use crate::tokenizer::Encoding;
use crate::transform::{Compressors, Relevance};

/// Compression settings shared by the layer, the gateway and [`crate::compress`].
///
/// ```
/// let config = headroom::Config::default().min_tokens(500).exclude_tool("secret_*");
/// assert_eq!(config.min_tokens, 500);
/// assert!(config.is_excluded("Secret_vault"));
/// assert!(config.is_excluded("read"));
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct Config {
    /// Blocks with fewer tokens are never rewritten (default 250).
    pub min_tokens: usize,
    /// Tools whose outputs are never touched: case-insensitive, `*` and `?` globs.
    pub excluded_tools: Vec<String>,
    /// Whether user-authored text may be compressed (default false).
    pub compress_user_messages: bool,
    /// Error results (`is_error: true`) are kept unless they have at least this many tokens.
    pub error_result_min_tokens: usize,
    /// CPU budget for one request; past it the original goes out (default 2 s).
    pub deadline: Duration,
    /// Count tokens in this encoding instead of the one the model implies.
    pub encoding: Option<Encoding>,
    /// Count every considered block exactly (slower) rather than only as far as a decision needs.
    pub exact_counts: bool,
    /// The compressor for each kind of content.
    pub compressors: Compressors,
    /// Where originals of lossy rewrites go; `None` turns lossy rewrites off.
    pub store: Option<Arc<dyn Store>>,
    /// Offer the model `headroom_retrieve` and answer its calls inside the layer (default true).
    pub retrieval: bool,
    /// Hooks that tune compression.
    pub hooks: Arc<dyn CompressionHooks>,
    /// Extensions that receive every pipeline event.
    pub extensions: Vec<Arc<dyn PipelineExtension>>,
    /// Context shared across requests, handed to extensions at `InputRemembered`.
    pub shared: SharedContext,
    /// A scorer by meaning the prose, search and JSON compressors consult beyond their rules
    /// (with the `ml` feature: [`crate::ml::Embedder`]); none by default.
    pub relevance: Option<Arc<dyn Relevance>>,
    /// Threads a request's blocks are compressed on at most, the calling thread included, when
    /// two or more of them are 16 KB or larger and not remembered (default: the machine's
    /// cores, at most 4). With 1, every block is compressed in order on the calling thread.
    /// The output is the same bytes either way; `post_compress` and the store may then be
    /// called from several threads at once.
    pub block_threads: usize,
    /// Rewrites remembered by content (see [`Config::memoize`]); clones share it.
    pub(crate) memo: Option<Arc<Memo>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_tokens: 250,
            excluded_tools: ["Read", "Glob", "Grep", "Write", "Edit"].map(String::from).to_vec(),
            compress_user_messages: false,
            error_result_min_tokens: 4000,
            deadline: Duration::from_secs(2),
            encoding: None,
            exact_counts: false,
            compressors: Compressors::default(),
            store: Some(Arc::new(MemoryStore::new())),
            retrieval: true,
            hooks: Arc::new(()),
            extensions: Vec::new(),
            shared: SharedContext::default(),
            relevance: None,
            block_threads: std::thread::available_parallelism().map_or(1, |n| n.get()).min(4),
            memo: Some(Arc::default()),
        }
    }
}

impl Config {
    /// Remember each block's rewrite by its content and context (default on), so a block
    /// re-sent on every turn of a conversation is compressed once. Compressors must be pure
    /// functions of their input, as [`crate::transform::Compressor`] requires; turn this off
    /// to measure compression itself (`headroom eval` does).
    pub fn memoize(mut self, on: bool) -> Self {
        self.memo = on.then(Arc::default);
        self
    }

    /// Sets [`Config::relevance`].
    pub fn relevance(mut self, scorer: Option<Arc<dyn Relevance>>) -> Self {
        self.relevance = scorer;
        self
    }

    /// Sets [`Config::min_tokens`].
    pub fn min_tokens(mut self, n: usize) -> Self {
        self.min_tokens = n;
        self
    }

    /// Adds a tool name or glob to [`Config::excluded_tools`].
    pub fn exclude_tool(mut self, pattern: impl Into<String>) -> Self {
        self.excluded_tools.push(pattern.into());
        self
    }

    /// Replaces [`Config::excluded_tools`].
    pub fn excluded_tools<I: IntoIterator<Item = S>, S: Into<String>>(mut self, patterns: I) -> Self {
        self.excluded_tools = patterns.into_iter().map(Into::into).collect();
        self
    }

    /// Sets [`Config::compress_user_messages`].
    pub fn compress_user_messages(mut self, on: bool) -> Self {
        self.compress_user_messages = on;
        self
    }

    /// Sets [`Config::deadline`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets [`Config::block_threads`] (0 is taken as 1).
    pub fn block_threads(mut self, threads: usize) -> Self {
        self.block_threads = threads.max(1);
        self
    }

    /// Sets [`Config::exact_counts`].
    pub fn exact_counts(mut self, on: bool) -> Self {
        self.exact_counts = on;
        self
    }

    /// Sets [`Config::compressors`].
    pub fn compressors(mut self, compressors: Compressors) -> Self {
        self.compressors = compressors;
        self
    }

    /// Sets [`Config::store`].
    pub fn store(mut self, store: Option<Arc<dyn Store>>) -> Self {
        self.store = store;
        self
    }

    /// Sets [`Config::retrieval`].
    pub fn retrieval(mut self, on: bool) -> Self {
        self.retrieval = on;
        self
    }

    /// Sets [`Config::hooks`].
    pub fn hooks(mut self, hooks: impl CompressionHooks) -> Self {
        self.hooks = Arc::new(hooks);
        self
    }

    /// Adds an extension.
    pub fn extension(mut self, extension: impl PipelineExtension) -> Self {
        self.extensions.push(Arc::new(extension));
        self
    }

    /// Whether outputs of `tool` are left untouched.
    pub fn is_excluded(&self, tool: &str) -> bool {
        self.excluded_tools.iter().any(|p| glob_match(&p.to_ascii_lowercase(), &tool.to_ascii_lowercase()))
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("min_tokens", &self.min_tokens)
            .field("excluded_tools", &self.excluded_tools)
            .field("compress_user_messages", &self.compress_user_messages)
            .field("error_result_min_tokens", &self.error_result_min_tokens)
            .field("deadline", &self.deadline)
            .field("encoding", &self.encoding)
            .field("exact_counts", &self.exact_counts)
            .field("compressors", &self.compressors)
            .field("store", &self.store)
            .field("retrieval", &self.retrieval)
            .field("relevance", &self.relevance.as_ref().map(|r| r.name()))
            .field("extensions", &self.extensions.len())
            .finish_non_exhaustive()
    }
}

/// `*` matches any run, `?` one character; iterative, so hostile patterns cannot blow up.
fn glob_match(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn globs() {
        assert!(glob_match("mcp__*__read", "mcp__fs__read"));
        assert!(glob_match("gr?p", "grep"));
        assert!(!glob_match("read", "reader"));
        assert!(glob_match("*", ""));
    }
}
