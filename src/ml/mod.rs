//! Models run through ONNX Runtime (feature `ml`): a sentence-embedding [`Embedder`] that scores
//! passages by meaning for the prose, search and JSON compressors, and a token-classification
//! [`TokenClassifier`] (the Kompress / LLMLingua-2 interface) behind [`ModelTextCompressor`].
//!
//! Nothing is downloaded: the runtime is a `libonnxruntime.so` named by
//! [`MlOptions::ort_library`] or `ORT_DYLIB_PATH` (`scripts/fetch_ml.sh` takes it from the PyPI
//! wheel), and each model is a directory with `model.onnx` and `tokenizer.json`. Anything missing
//! disables that model with one warning; requests never fail because of it.
//!
//! ```no_run
//! use headroom::ml::{self, MlOptions};
//! use headroom::pipeline::Config;
//!
//! let options = MlOptions { embedding_model: Some(".ml/minilm".into()), ..MlOptions::default() };
//! let config = ml::load(&options).apply(Config::default());
//! assert!(config.relevance.is_some());
//! ```
//!
//! [`ModelTextCompressor`]: crate::transform::ModelTextCompressor

mod embed;
mod model;
mod runtime;
mod tokens;

use std::path::PathBuf;
use std::sync::Arc;

pub use embed::Embedder;
pub use model::Fallback;
pub use runtime::environment;
pub use tokens::{TokenClassifier, WordScore};

use crate::pipeline::Config;
use crate::transform::{Kind, ModelTextCompressor};

/// Where the models and the runtime are, and how much they may cost.
#[derive(Clone, Debug)]
pub struct MlOptions {
    /// `libonnxruntime.so` (≥ 1.31); when unset, `ORT_DYLIB_PATH`.
    pub ort_library: Option<PathBuf>,
    /// A sentence-embedding model directory (`model.onnx` with `last_hidden_state`, and
    /// `tokenizer.json`), e.g. all-MiniLM-L6-v2 from `scripts/fetch_ml.sh`.
    pub embedding_model: Option<PathBuf>,
    /// A token-classification model directory (`model.onnx` with `final_scores` or `logits`, and
    /// `tokenizer.json`): a Kompress or LLMLingua-2 export.
    pub text_model: Option<PathBuf>,
    /// Threads per inference (ONNX Runtime intra-op threads). One keeps results bit-identical
    /// run to run and leaves the other cores to the proxy.
    pub threads: usize,
    /// Sessions per model, so this many requests can run a model at once.
    pub sessions: usize,
    /// Tokens a model may run for one block (passages already seen are free); a block over it
    /// is ranked by the rules alone. The default is what one prose or search block asks at most
    /// (32 passages of 64 tokens, and the question's parts): MiniLM embeds about 3,400 tokens/s
    /// on one core here (`cargo bench --features ml --bench ml`), so about 0.7 s, well inside the
    /// default 2 s deadline.
    pub max_block_tokens: usize,
    /// Tokens of each passage the embedder reads (its head carries its topic).
    pub max_passage_tokens: usize,
    /// Share of the prose tokens the text model keeps.
    pub text_target: f32,
}

impl Default for MlOptions {
    fn default() -> Self {
        MlOptions {
            ort_library: None,
            embedding_model: None,
            text_model: None,
            threads: 1,
            sessions: 1,
            max_block_tokens: 2304,
            max_passage_tokens: 64,
            text_target: 0.5,
        }
    }
}

/// Why a model could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MlError {
    /// No ONNX Runtime library, or one that could not be loaded.
    #[error("ONNX Runtime unavailable: {0}")]
    Runtime(String),
    /// A model directory lacks a file, or a file would not load.
    #[error("{path}: {message}")]
    Model {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// The model loaded but has not the inputs or outputs this use needs.
    #[error("{path}: {message}")]
    Interface {
        /// The model file.
        path: String,
        /// What is missing.
        message: String,
    },
}

/// The models that loaded.
#[derive(Clone, Debug, Default)]
pub struct Ml {
    /// The embedding scorer, when configured and loaded.
    pub relevance: Option<Arc<Embedder>>,
    /// The token classifier, when configured and loaded.
    pub text: Option<Arc<TokenClassifier>>,
}

/// Loads what `options` names. Each failure is logged once as a warning and leaves that model
/// out; nothing here panics or fails a request.
pub fn load(options: &MlOptions) -> Ml {
    let mut ml = Ml::default();
    if options.embedding_model.is_none() && options.text_model.is_none() {
        return ml;
    }
    if let Err(e) = environment(options.ort_library.as_deref()) {
        tracing::warn!(error = %e, "ML compressors disabled");
        crate::metrics::global().ml_fallbacks.inc("runtime");
        return ml;
    }
    if let Some(dir) = &options.embedding_model {
        match Embedder::load(dir, options) {
            Ok(model) => ml.relevance = Some(Arc::new(model)),
            Err(e) => tracing::warn!(error = %e, "embedding model disabled"),
        }
    }
    if let Some(dir) = &options.text_model {
        match TokenClassifier::load(dir, options) {
            Ok(model) => ml.text = Some(Arc::new(model)),
            Err(e) => tracing::warn!(error = %e, "text model disabled"),
        }
    }
    ml
}

impl Ml {
    /// `config` with the loaded models in use: the embedder as [`Config::relevance`], the text
    /// model behind prose ([`ModelTextCompressor`] runs after the paragraph rules).
    pub fn apply(&self, config: Config) -> Config {
        let mut config = match &self.relevance {
            Some(embedder) => config.relevance(Some(embedder.clone() as Arc<dyn crate::transform::Relevance>)),
            None => config,
        };
        if let Some(model) = &self.text {
            let compressors = config.compressors.clone().with(Kind::Text, ModelTextCompressor::new(model.clone()));
            config = config.compressors(compressors);
        }
        config
    }
}
