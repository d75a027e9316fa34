//! `HeadroomLayer`: configuration and builder.

use std::sync::Arc;
use std::time::Duration;

use tower_layer::Layer;

use super::service::Headroom;
use crate::ccr::Store;
use crate::pipeline::{CompressionHooks, Config, PipelineExtension};
use crate::transform::Compressors;

/// Applies [`Headroom`] to a service. Cheap to clone; clones share one configuration.
///
/// ```
/// use std::time::Duration;
/// use headroom::HeadroomLayer;
/// let layer = HeadroomLayer::new()
///     .max_body_bytes(8 << 20)
///     .deadline(Duration::from_millis(500))
///     .exclude_tool("mcp__fs__*");
/// # let _ = layer;
/// ```
#[derive(Clone, Debug)]
pub struct HeadroomLayer {
    pub(crate) config: Arc<Config>,
    pub(crate) max_body_bytes: usize,
}

impl Default for HeadroomLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl HeadroomLayer {
    /// A layer with the default [`Config`] and a 32 MiB body limit.
    pub fn new() -> Self {
        HeadroomLayer { config: Arc::new(Config::default()), max_body_bytes: 32 << 20 }
    }

    /// A layer with `config`.
    pub fn with_config(config: Config) -> Self {
        HeadroomLayer { config: Arc::new(config), ..Self::new() }
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Largest request body buffered for compression, counted after decoding (default 32 MiB).
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// See [`Config::min_tokens`].
    pub fn min_tokens(self, n: usize) -> Self {
        self.edit(|c| c.min_tokens = n)
    }

    /// See [`Config::exclude_tool`].
    pub fn exclude_tool(self, pattern: impl Into<String>) -> Self {
        let pattern = pattern.into();
        self.edit(|c| c.excluded_tools.push(pattern))
    }

    /// See [`Config::compress_user_messages`].
    pub fn compress_user_messages(self, on: bool) -> Self {
        self.edit(|c| c.compress_user_messages = on)
    }

    /// See [`Config::deadline`].
    pub fn deadline(self, deadline: Duration) -> Self {
        self.edit(|c| c.deadline = deadline)
    }

    /// See [`Config::compressors`].
    pub fn compressors(self, compressors: Compressors) -> Self {
        self.edit(|c| c.compressors = compressors)
    }

    /// See [`Config::store`].
    pub fn store(self, store: impl Store) -> Self {
        self.edit(|c| c.store = Some(Arc::new(store)))
    }

    /// See [`Config::retrieval`].
    pub fn retrieval(self, on: bool) -> Self {
        self.edit(|c| c.retrieval = on)
    }

    /// See [`Config::memoize`].
    pub fn memoize(self, on: bool) -> Self {
        self.edit(|c| *c = std::mem::take(c).memoize(on))
    }

    /// See [`Config::block_threads`].
    pub fn block_threads(self, threads: usize) -> Self {
        self.edit(|c| *c = std::mem::take(c).block_threads(threads))
    }

    /// See [`Config::hooks`].
    pub fn hooks(self, hooks: impl CompressionHooks) -> Self {
        let hooks: Arc<dyn CompressionHooks> = Arc::new(hooks);
        self.edit(|c| c.hooks = hooks)
    }

    /// Adds a [`PipelineExtension`].
    pub fn extension(self, extension: impl PipelineExtension) -> Self {
        let extension: Arc<dyn PipelineExtension> = Arc::new(extension);
        self.edit(|c| c.extensions.push(extension))
    }

    /// Wraps `inner`; the same as `Layer::layer` without importing the trait.
    pub fn layer_service<S>(&self, inner: S) -> Headroom<S> {
        Headroom::from_layer(inner, self.clone())
    }

    fn edit(mut self, f: impl FnOnce(&mut Config)) -> Self {
        f(Arc::make_mut(&mut self.config));
        self
    }
}

impl<S> Layer<S> for HeadroomLayer {
    type Service = Headroom<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Headroom::from_layer(inner, self.clone())
    }
}
