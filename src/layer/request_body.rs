//! The request body the inner service receives: the client's own, or the rewritten bytes.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::Full;
use pin_project::pin_project;

/// Either the untouched streaming body of a passthrough request, or the buffered (and
/// possibly rewritten) bytes of a compressed one, with an exact size hint.
#[pin_project]
#[derive(Debug)]
pub struct RequestBody<B> {
    #[pin]
    kind: Kind<B>,
}

#[pin_project(project = KindProj)]
#[derive(Debug)]
enum Kind<B> {
    Passthrough {
        #[pin]
        body: B,
    },
    Buffered {
        #[pin]
        body: Full<Bytes>,
    },
}

impl<B> RequestBody<B> {
    /// The client's body, streamed as it arrives.
    pub fn passthrough(body: B) -> Self {
        RequestBody { kind: Kind::Passthrough { body } }
    }

    /// Bytes already in memory.
    pub fn buffered(bytes: Bytes) -> Self {
        RequestBody { kind: Kind::Buffered { body: Full::new(bytes) } }
    }
}

impl<B> Body for RequestBody<B>
where
    B: Body<Data = Bytes>,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match self.project().kind.project() {
            KindProj::Passthrough { body } => body.poll_frame(cx),
            KindProj::Buffered { body } => body.poll_frame(cx).map(|f| f.map(|r| r.map_err(|e| match e {}))),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Passthrough { body } => body.is_end_stream(),
            Kind::Buffered { body } => body.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Passthrough { body } => body.size_hint(),
            Kind::Buffered { body } => body.size_hint(),
        }
    }
}
