//! Gateway settings: flags, `HEADROOM_*` environment variables, and a TOML file.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use http::Uri;
use serde::Deserialize;

/// Everything `headroom proxy` needs to run.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GatewayConfig {
    /// Address to listen on (default 127.0.0.1:8787).
    pub listen: SocketAddr,
    /// Where OpenAI-style requests go (default `https://api.openai.com`); a path prefix is kept.
    pub openai_upstream: Uri,
    /// Where Anthropic requests go (default `https://api.anthropic.com`).
    pub anthropic_upstream: Uri,
    /// When set, every request must carry it in `x-headroom-token`.
    pub auth_token: Option<String>,
    /// Requests per minute allowed per credential; `None` is unlimited.
    pub rate_limit_per_minute: Option<u32>,
    /// Largest request body buffered for compression, after decoding.
    pub max_body_bytes: usize,
    /// Time allowed to connect to an upstream.
    pub connect_timeout: Duration,
    /// Longest wait for upstream response headers or between two body chunks.
    pub idle_timeout: Duration,
    /// Time in-flight requests get to finish after a shutdown signal.
    pub shutdown_grace: Duration,
    /// Whether responses carry `x-headroom-tokens-before` / `-after`.
    pub report_headers: bool,
    /// Keep originals in this Redis (feature `redis`) instead of in memory, so replicas share them.
    pub redis_url: Option<String>,
    /// Remember rewrites by content so re-sent tool outputs are compressed once (default true).
    pub memoize: bool,
    /// Threads one request's large blocks are compressed on at most; `None` keeps
    /// [`crate::Config::block_threads`]'s default (the cores, at most 4).
    pub block_threads: Option<usize>,
    /// Models for the `ml` feature; none by default.
    pub ml: MlSettings,
}

/// Where the ONNX Runtime library and the models are (the `[ml]` table of the TOML file).
/// Setting a model in a build without the `ml` feature is refused at start.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MlSettings {
    /// `libonnxruntime.so`; when unset, `ORT_DYLIB_PATH`.
    pub ort_library: Option<PathBuf>,
    /// Sentence-embedding model directory (`model.onnx`, `tokenizer.json`) for relevance.
    pub embedding_model: Option<PathBuf>,
    /// Token-classification model directory (Kompress / LLMLingua-2 ONNX export) for prose.
    pub text_model: Option<PathBuf>,
    /// Threads per inference [default: 1].
    pub threads: Option<usize>,
    /// Sessions per model: concurrent inferences [default: 1].
    pub sessions: Option<usize>,
    /// Most tokens a model runs for one block [default: 2304].
    pub max_block_tokens: Option<usize>,
    /// Share of prose tokens the text model keeps [default: 0.5].
    pub text_target: Option<f32>,
}

impl MlSettings {
    /// Whether any model is named.
    pub fn any(&self) -> bool {
        self.embedding_model.is_some() || self.text_model.is_some()
    }

    /// Each setting of `self`, else of `other`.
    pub fn or(self, other: MlSettings) -> MlSettings {
        MlSettings {
            ort_library: self.ort_library.or(other.ort_library),
            embedding_model: self.embedding_model.or(other.embedding_model),
            text_model: self.text_model.or(other.text_model),
            threads: self.threads.or(other.threads),
            sessions: self.sessions.or(other.sessions),
            max_block_tokens: self.max_block_tokens.or(other.max_block_tokens),
            text_target: self.text_target.or(other.text_target),
        }
    }

    /// `config` with the named models loaded and in use. A model that fails to load is logged
    /// and left out (fail open); naming one in a build without `ml` is an error.
    #[cfg(feature = "ml")]
    pub fn apply(&self, config: crate::Config) -> Result<crate::Config, ConfigError> {
        if !self.any() {
            return Ok(config);
        }
        let defaults = crate::ml::MlOptions::default();
        let options = crate::ml::MlOptions {
            ort_library: self.ort_library.clone(),
            embedding_model: self.embedding_model.clone(),
            text_model: self.text_model.clone(),
            threads: self.threads.unwrap_or(defaults.threads),
            sessions: self.sessions.unwrap_or(defaults.sessions),
            max_block_tokens: self.max_block_tokens.unwrap_or(defaults.max_block_tokens),
            text_target: self.text_target.unwrap_or(defaults.text_target),
            ..defaults
        };
        Ok(crate::ml::load(&options).apply(config))
    }

    /// `config` unchanged when no model is named; an error otherwise (no `ml` feature).
    #[cfg(not(feature = "ml"))]
    pub fn apply(&self, config: crate::Config) -> Result<crate::Config, ConfigError> {
        if self.any() {
            return Err(ConfigError::Value { key: "ml", message: "models need a build with the `ml` feature".into() });
        }
        Ok(config)
    }
}

impl Default for GatewayConfig {
    fn default() -> Self {
        GatewayConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            openai_upstream: Uri::from_static("https://api.openai.com"),
            anthropic_upstream: Uri::from_static("https://api.anthropic.com"),
            auth_token: None,
            rate_limit_per_minute: None,
            max_body_bytes: 32 << 20,
            connect_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(300),
            shutdown_grace: Duration::from_secs(30),
            report_headers: true,
            redis_url: None,
            memoize: true,
            block_threads: None,
            ml: MlSettings::default(),
        }
    }
}

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The file is not valid TOML of the expected shape (unknown keys are named here).
    #[error("invalid config file: {0}")]
    Parse(String),
    /// A value is out of range or malformed.
    #[error("invalid {key}: {message}")]
    Value {
        /// The setting.
        key: &'static str,
        /// Why.
        message: String,
    },
}

/// The TOML file: every key optional, unknown keys refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// `host = "127.0.0.1"`
    pub host: Option<String>,
    /// `port = 8787`
    pub port: Option<u16>,
    /// `openai_upstream = "https://api.openai.com"`
    pub openai_upstream: Option<String>,
    /// `anthropic_upstream = "https://api.anthropic.com"`
    pub anthropic_upstream: Option<String>,
    /// `auth_token = "…"`
    pub auth_token: Option<String>,
    /// `rate_limit = "600/min"`
    pub rate_limit: Option<String>,
    /// `max_body_mb = 32`
    pub max_body_mb: Option<usize>,
    /// `connect_timeout_secs = 10`
    pub connect_timeout_secs: Option<u64>,
    /// `idle_timeout_secs = 300`
    pub idle_timeout_secs: Option<u64>,
    /// `shutdown_grace_secs = 30`
    pub shutdown_grace_secs: Option<u64>,
    /// `report_headers = true`
    pub report_headers: Option<bool>,
    /// `redis_url = "redis://127.0.0.1:6379/"`
    pub redis_url: Option<String>,
    /// `memoize = true`
    pub memoize: Option<bool>,
    /// `block_threads = 1`: threads one request's large blocks are compressed on at most
    /// (default: the cores, at most 4).
    pub block_threads: Option<usize>,
    /// `workers = 1`: threads serving connections in `headroom proxy` (default: one per core).
    pub workers: Option<usize>,
    /// The `[ml]` table.
    pub ml: Option<MlSettings>,
}

impl FileConfig {
    /// Reads and parses `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.display().to_string(), source })?;
        toml::from_str(&text).map_err(|e| ConfigError::Parse(e.message().to_owned()))
    }
}

/// Parses `N/min`, `N/s` or `N` (per minute).
pub fn parse_rate(text: &str) -> Result<u32, ConfigError> {
    let err = |message: &str| ConfigError::Value { key: "rate_limit", message: format!("{message}: {text:?}") };
    let (n, per) = text.split_once('/').unwrap_or((text, "min"));
    let n: u32 = n.trim().parse().map_err(|_| err("expected N/min"))?;
    match per.trim() {
        "min" | "m" | "minute" => Ok(n),
        "s" | "sec" | "second" => n.checked_mul(60).ok_or_else(|| err("too large")),
        _ => Err(err("unit must be /min or /s")),
    }
}

/// Parses an upstream base URL: `http` or `https`, with a host.
pub fn parse_upstream(key: &'static str, text: &str) -> Result<Uri, ConfigError> {
    let uri: Uri = text.parse().map_err(|e| ConfigError::Value { key, message: format!("{e}: {text:?}") })?;
    match (uri.scheme_str(), uri.host()) {
        (Some("http" | "https"), Some(_)) => Ok(uri),
        _ => Err(ConfigError::Value { key, message: format!("must be an http(s) URL with a host: {text:?}") }),
    }
}

/// Parses a host name or address to listen on.
pub fn parse_listen(host: &str, port: u16) -> Result<SocketAddr, ConfigError> {
    let ip: IpAddr = if host == "localhost" {
        IpAddr::from([127, 0, 0, 1])
    } else {
        host.parse().map_err(|_| ConfigError::Value { key: "host", message: format!("not an IP address: {host:?}") })?
    };
    Ok(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_named() {
        let err = toml::from_str::<FileConfig>("port = 1\nprot = 2\n").unwrap_err();
        assert!(err.message().contains("prot"), "{}", err.message());
    }

    #[test]
    fn the_ml_table_is_read_and_checked() {
        let file: FileConfig =
            toml::from_str("[ml]\nort_library = \"/opt/ort.so\"\nembedding_model = \"/m\"\nthreads = 2\n").unwrap();
        let ml = file.ml.unwrap();
        assert_eq!(ml.ort_library.as_deref(), Some(Path::new("/opt/ort.so")));
        assert_eq!(ml.threads, Some(2));
        assert!(ml.any());
        assert!(toml::from_str::<FileConfig>("[ml]\nembeding_model = \"/m\"\n").is_err(), "typos are refused");
        let flags = MlSettings { threads: Some(1), ..MlSettings::default() };
        assert_eq!(flags.or(ml).threads, Some(1), "flags win over the file");
    }

    #[test]
    fn parses_values() {
        assert_eq!(parse_rate("600/min").unwrap(), 600);
        assert_eq!(parse_rate("2/s").unwrap(), 120);
        assert!(parse_rate("fast").is_err());
        assert!(parse_upstream("openai_upstream", "ftp://x").is_err());
        assert_eq!(parse_upstream("openai_upstream", "http://127.0.0.1:9/prefix").unwrap().path(), "/prefix");
        assert!(parse_listen("0.0.0.0", 1).unwrap().ip().is_unspecified());
    }
}
