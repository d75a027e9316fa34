//! `headroom proxy`: the layer behind a hyper server, in front of an upstream client.
//!
//! Clients change only their base URL. Anthropic-style requests go to the Anthropic
//! upstream, everything else to the OpenAI upstream (or any compatible server the upstream
//! URL names, path prefix included). Only the configured upstreams are ever contacted.
//! Request and response bodies stream; compressible requests are compressed by
//! [`crate::HeadroomLayer`]. `GET /healthz`, `/metrics`, `/stats` and `/` are served locally.
//!
//! # Example
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use headroom::gateway::{Gateway, GatewayConfig};
//! let running = Gateway::new(GatewayConfig::default()).bind().await?;
//! println!("listening on {}", running.addr());
//! running.shutdown().await;
//! # Ok(()) }
//! ```

mod body;
mod config;
mod decode;
mod forward;
mod ops;
mod retrieve;
mod route;
mod service;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use config::{ConfigError, FileConfig, GatewayConfig, MlSettings, parse_listen, parse_rate, parse_upstream};
pub use route::{Upstream, route, upstream_uri};

use crate::HeadroomLayer;
use forward::Forwarder;
use service::{GatewayService, Shared};

/// A gateway, configured but not yet listening.
#[derive(Debug)]
pub struct Gateway {
    config: GatewayConfig,
    layer: HeadroomLayer,
}

impl Gateway {
    /// A gateway with the default compression settings and `config`'s body limit.
    pub fn new(config: GatewayConfig) -> Self {
        let layer = HeadroomLayer::new().max_body_bytes(config.max_body_bytes);
        Gateway { config, layer }
    }

    /// Uses `layer` for compression (its body limit is replaced by the gateway's).
    pub fn layer(mut self, layer: HeadroomLayer) -> Self {
        self.layer = layer.max_body_bytes(self.config.max_body_bytes);
        self
    }

    /// The configuration.
    pub fn config(&self) -> &GatewayConfig {
        &self.config
    }

    /// Binds the listener and starts serving in the background.
    pub async fn bind(mut self) -> std::io::Result<Running> {
        if let Some(url) = &self.config.redis_url {
            self.layer = self.layer.store(shared_store(url)?);
        }
        if !self.config.memoize {
            self.layer = self.layer.memoize(false);
        }
        if let Some(threads) = self.config.block_threads {
            self.layer = self.layer.block_threads(threads);
        }
        if self.config.ml.any() {
            let config = self.config.ml.apply(self.layer.config().clone()).map_err(std::io::Error::other)?;
            self.layer = HeadroomLayer::with_config(config).max_body_bytes(self.config.max_body_bytes);
        }
        let listener = TcpListener::bind(self.config.listen).await?;
        let addr = listener.local_addr()?;
        let forwarder = Forwarder::new(self.config.connect_timeout, self.config.idle_timeout);
        let limiter = self.config.rate_limit_per_minute.map(ops::RateLimiter::new);
        let grace = self.config.shutdown_grace;
        let store = self.layer.config().store.clone();
        let shared = Arc::new(Shared { config: self.config, store, stats: ops::Stats::new(), limiter });
        let service = GatewayService::new(shared, self.layer.layer_service(forwarder));
        // Load the tokenizers now, off the accept path, so the first request does not pay.
        tokio::task::spawn_blocking(|| crate::tokenizer::Encoding::O200kBase.count("warm up"));
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(serve(listener, service, stopped, grace));
        Ok(Running { addr, stop, task })
    }
}

#[cfg(feature = "redis")]
fn shared_store(url: &str) -> std::io::Result<crate::ccr::RedisStore> {
    crate::ccr::RedisStore::open(url).map_err(|e| std::io::Error::other(format!("redis_url: {e}")))
}

#[cfg(not(feature = "redis"))]
fn shared_store(_url: &str) -> std::io::Result<crate::ccr::MemoryStore> {
    Err(std::io::Error::other("redis_url needs a build with the `redis` feature"))
}

/// A gateway that is serving.
#[derive(Debug)]
pub struct Running {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, lets in-flight requests finish (up to the grace period), and returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

async fn serve(listener: TcpListener, service: GatewayService, mut stopped: watch::Receiver<bool>, grace: Duration) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let builder = auto::Builder::new(TokioExecutor::new());
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(conn) => conn,
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service.clone()));
                let conn = graceful.watch(conn.into_owned());
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                });
            }
            _ = stopped.changed() => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(grace) => tracing::warn!(?grace, "grace period over; closing remaining connections"),
    }
}
