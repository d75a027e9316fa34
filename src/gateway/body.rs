//! Upstream response bodies with an idle timeout between frames, never a total deadline.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::combinators::BoxBody;
use pin_project::pin_project;
use tokio::time::{Instant, Sleep};

/// The boxed body type the gateway moves around.
pub type GatewayBody = BoxBody<Bytes, BodyError>;
/// Errors of any kind.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Why a body stream failed: the client or upstream went away, or sent nothing in time.
// A concrete type rather than a boxed trait object keeps the service futures provably Send.
#[derive(Debug)]
pub struct BodyError(BoxError);

impl BodyError {
    /// Wraps any error.
    pub fn new(e: impl Into<BoxError>) -> Self {
        BodyError(e.into())
    }
}

impl std::fmt::Display for BodyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.0.as_ref())
    }
}

/// The error a body yields when no frame arrived within the idle timeout.
#[derive(Debug, thiserror::Error)]
#[error("upstream sent nothing for {0:?}")]
pub struct IdleTimeout(pub Duration);

/// Forwards `B`'s frames; fails if the next frame takes longer than `idle`.
#[pin_project]
pub struct IdleTimeoutBody<B> {
    #[pin]
    inner: B,
    #[pin]
    sleep: Sleep,
    idle: Duration,
    waiting: bool,
}

impl<B> IdleTimeoutBody<B> {
    /// Wraps `inner`.
    pub fn new(inner: B, idle: Duration) -> Self {
        IdleTimeoutBody { inner, sleep: tokio::time::sleep(idle), idle, waiting: false }
    }
}

impl<B> Body for IdleTimeoutBody<B>
where
    B: Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BodyError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BodyError>>> {
        let mut this = self.project();
        // The clock runs only while the reader waits: a reader that is slow to ask (back
        // pressure) never makes the other side look idle.
        if !*this.waiting {
            this.sleep.as_mut().reset(Instant::now() + *this.idle);
            *this.waiting = true;
        }
        match this.inner.poll_frame(cx) {
            Poll::Ready(frame) => {
                *this.waiting = false;
                Poll::Ready(frame.map(|f| f.map_err(BodyError::new)))
            }
            Poll::Pending => match this.sleep.poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(BodyError::new(IdleTimeout(*this.idle))))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
