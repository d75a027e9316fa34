//! `HeadroomBody`: the response body, forwarded frame by frame and read on the side.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use http_body_util::Full;
use pin_project::pin_project;

use crate::provider::sse::{SseFramer, Usage};

/// Longest non-streaming response body copied aside to read its `usage`.
const MAX_JSON_COPY: usize = 4 << 20;

/// The response body: the inner service's frames, unchanged and unbuffered, or the layer's
/// own error response. SSE and JSON bodies of compressed requests are observed on the side
/// for usage numbers, which cannot delay or alter a frame.
#[pin_project]
pub struct HeadroomBody<B> {
    #[pin]
    kind: Kind<B>,
}

#[pin_project(project = KindProj)]
enum Kind<B> {
    Inner {
        #[pin]
        body: B,
        observer: Option<Box<Observer>>,
    },
    Refusal {
        #[pin]
        body: Full<Bytes>,
    },
    /// A stream the layer splices (retrieval answered inside it), fed by its own task.
    Spliced { rx: tokio::sync::mpsc::Receiver<Bytes> },
}

/// Reads usage out of a response as its frames go by.
pub(crate) struct Observer {
    framer: Option<SseFramer>,
    json: Option<Vec<u8>>,
    usage: Usage,
    on_end: Option<Box<dyn FnOnce(Usage) + Send + Sync>>,
}

impl Observer {
    pub(crate) fn new(sse: bool, on_end: Box<dyn FnOnce(Usage) + Send + Sync>) -> Self {
        Observer {
            framer: sse.then(SseFramer::new),
            json: (!sse).then(Vec::new),
            usage: Usage::default(),
            on_end: Some(on_end),
        }
    }

    fn see(&mut self, data: &[u8]) {
        let usage = &mut self.usage;
        if let Some(framer) = &mut self.framer {
            framer.push(data, |event| usage.observe_json(&event.data));
        } else if let Some(json) = &mut self.json {
            if json.len() + data.len() <= MAX_JSON_COPY {
                json.extend_from_slice(data);
            } else {
                self.json = None;
            }
        }
    }

    fn finish(&mut self) {
        if let Some(json) = self.json.take().and_then(|j| String::from_utf8(j).ok()) {
            self.usage.observe_json(&json);
        }
        if let Some(on_end) = self.on_end.take() {
            on_end(self.usage);
        }
    }
}

impl<B> HeadroomBody<B> {
    /// Bytes the layer already holds: a whole response it read to answer retrieve calls.
    pub(crate) fn buffered(bytes: Bytes) -> Self {
        HeadroomBody { kind: Kind::Refusal { body: Full::new(bytes) } }
    }

    pub(crate) fn new(body: B, observer: Option<Observer>) -> Self {
        HeadroomBody { kind: Kind::Inner { body, observer: observer.map(Box::new) } }
    }

    pub(crate) fn spliced(rx: tokio::sync::mpsc::Receiver<Bytes>) -> Self {
        HeadroomBody { kind: Kind::Spliced { rx } }
    }

    pub(crate) fn refusal(bytes: Bytes) -> Self {
        HeadroomBody { kind: Kind::Refusal { body: Full::new(bytes) } }
    }
}

impl<B> Body for HeadroomBody<B>
where
    B: Body<Data = Bytes>,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match self.project().kind.project() {
            KindProj::Refusal { body } => body.poll_frame(cx).map(|f| f.map(|r| r.map_err(|e| match e {}))),
            KindProj::Spliced { rx } => rx.poll_recv(cx).map(|b| b.map(|bytes| Ok(Frame::data(bytes)))),
            KindProj::Inner { body, observer } => {
                let polled = body.poll_frame(cx);
                if let Some(obs) = observer {
                    match &polled {
                        Poll::Ready(Some(Ok(frame))) => {
                            if let Some(data) = frame.data_ref() {
                                obs.see(data);
                            }
                        }
                        Poll::Ready(None) => obs.finish(),
                        _ => {}
                    }
                }
                polled
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Inner { body, .. } => body.is_end_stream(),
            Kind::Refusal { body } => body.is_end_stream(),
            Kind::Spliced { .. } => false,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Inner { body, .. } => body.size_hint(),
            Kind::Refusal { body } => body.size_hint(),
            Kind::Spliced { .. } => SizeHint::default(),
        }
    }
}

impl<B> fmt::Debug for HeadroomBody<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.kind {
            Kind::Inner { observer, .. } => {
                if observer.is_some() {
                    "observed"
                } else {
                    "passthrough"
                }
            }
            Kind::Refusal { .. } => "buffered",
            Kind::Spliced { .. } => "spliced",
        };
        f.debug_struct("HeadroomBody").field("kind", &kind).finish()
    }
}
