//! `ResponseFuture`: the inner call, directly or after the body was compressed.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use http::Response;
use pin_project::pin_project;

use super::body::HeadroomBody;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Response future of [`super::Headroom`].
#[pin_project]
pub struct ResponseFuture<F, B, E> {
    #[pin]
    kind: Kind<F, B, E>,
}

#[pin_project(project = KindProj)]
enum Kind<F, B, E> {
    Passthrough {
        #[pin]
        future: F,
    },
    Compressing {
        future: BoxFuture<Result<Response<HeadroomBody<B>>, E>>,
    },
}

impl<F, B, E> ResponseFuture<F, B, E> {
    pub(crate) fn passthrough(future: F) -> Self {
        ResponseFuture { kind: Kind::Passthrough { future } }
    }

    pub(crate) fn compressing(future: BoxFuture<Result<Response<HeadroomBody<B>>, E>>) -> Self {
        ResponseFuture { kind: Kind::Compressing { future } }
    }
}

impl<F, B, E> Future for ResponseFuture<F, B, E>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<HeadroomBody<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().kind.project() {
            KindProj::Passthrough { future } => {
                let response = ready!(future.poll(cx))?;
                Poll::Ready(Ok(response.map(|b| HeadroomBody::new(b, None))))
            }
            KindProj::Compressing { future } => future.as_mut().poll(cx),
        }
    }
}

impl<F, B, E> fmt::Debug for ResponseFuture<F, B, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            Kind::Passthrough { .. } => "passthrough",
            Kind::Compressing { .. } => "compressing",
        };
        f.debug_struct("ResponseFuture").field("kind", &kind).finish()
    }
}
