//! The tower middleware: compress tool outputs in requests, stream responses untouched.
//!
//! [`HeadroomLayer`] wraps any service that takes `http::Request`s. A request that is a
//! `POST` of JSON to a path ending in `/chat/completions`, `/responses` or `/messages` is
//! collected (up to a limit), compressed on the blocking pool under a deadline, and
//! forwarded with a fixed `Content-Length`. Everything else — GETs, gRPC, websocket
//! upgrades, other paths — passes through without being buffered. Responses are forwarded
//! frame by frame; server-sent events are read on the side for usage numbers.
//!
//! The layer fails open: whatever goes wrong inside it, the original request goes through,
//! and a counter in [`crate::metrics`] and a warning say why. Its only own responses are
//! 413 (body over the limit) and 400 (a body that could not be read), shaped like the
//! provider's error JSON.
//!
//! # Example
//!
//! ```
//! use axum::{Router, routing::post, body::Bytes};
//! use headroom::HeadroomLayer;
//!
//! let app: Router = Router::new()
//!     .route("/v1/chat/completions", post(|body: Bytes| async move { body }))
//!     .layer(HeadroomLayer::new().min_tokens(200));
//! # let _ = app;
//! ```

mod body;
mod compress;
mod future;
#[expect(clippy::module_inception, reason = "tower-http's layout: layer.rs holds the Layer")]
mod layer;
mod request_body;
mod retrieve;
mod service;
mod stream;

pub use body::HeadroomBody;
pub use future::ResponseFuture;
pub use layer::HeadroomLayer;
pub use request_body::RequestBody;
pub use service::Headroom;

/// Request header that skips compression for one request when set to `1` or `true`.
pub const BYPASS_HEADER: &str = "x-headroom-bypass";
