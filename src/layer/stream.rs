//! Answering `headroom_retrieve` calls inside a streamed response: a task reads the upstream
//! stream, passes the client's events through as they arrive, withholds ours, and splices
//! the continuation's stream in (see [`crate::ccr::stream`]).

use bytes::Bytes;
use http::{HeaderValue, Request, Response, StatusCode, header};
use http_body::Body;
use http_body_util::BodyExt;
use tokio::sync::mpsc;
use tower::ServiceExt;
use tower_service::Service;

use super::body::HeadroomBody;
use super::request_body::RequestBody;
use super::retrieve::{MAX_ROUNDS, Resend, answer_all, append};
use super::service::is_event_stream;
use crate::ccr::continuation;
use crate::ccr::stream::{RawEvents, RoundEnd, Splicer, error_event, event_data};
use crate::provider::sse::Usage;

/// Frames the client may lag behind the upstream before the task waits for it.
const BUFFERED_FRAMES: usize = 32;

/// The client's response: the first upstream response's head, with a body the splicing task
/// feeds. `on_end` gets the usage summed over rounds when the stream is over.
pub(super) fn splice<S, ReqBody, ResBody>(
    inner: S,
    resend: Resend,
    response: Response<ResBody>,
    on_end: Box<dyn FnOnce(Usage) + Send + Sync>,
) -> Response<HeadroomBody<ResBody>>
where
    S: Service<Request<RequestBody<ReqBody>>, Response = Response<ResBody>> + Send + 'static,
    S::Future: Send,
    ReqBody: Send + 'static,
    ResBody: Body<Data = Bytes> + Send + 'static,
{
    let (mut parts, body) = response.into_parts();
    let (tx, rx) = mpsc::channel(BUFFERED_FRAMES);
    parts.headers.remove(header::CONTENT_LENGTH);
    tokio::spawn(drive(inner, resend, Box::pin(body), tx, on_end));
    Response::from_parts(parts, HeadroomBody::spliced(rx))
}

async fn drive<S, ReqBody, ResBody>(
    mut inner: S,
    resend: Resend,
    mut body: std::pin::Pin<Box<ResBody>>,
    tx: mpsc::Sender<Bytes>,
    on_end: Box<dyn FnOnce(Usage) + Send + Sync>,
) where
    S: Service<Request<RequestBody<ReqBody>>, Response = Response<ResBody>>,
    ResBody: Body<Data = Bytes>,
{
    let endpoint = resend.endpoint;
    let mut splicer = Splicer::new(endpoint);
    let mut sent = resend.body.clone();
    let mut total = Usage::default();
    loop {
        let mut round = Usage::default();
        let mut events = RawEvents::default();
        let mut body_ok = true;
        loop {
            // Errors are turned into flags before any await: they need not be `Send`.
            let data = match body.frame().await {
                None => break,
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => data,
                    Err(_) => continue,
                },
                Some(Err(_)) => {
                    body_ok = false;
                    break;
                }
            };
            for raw in events.push(&data) {
                if let Some(data) = event_data(&raw) {
                    round.observe_json(&data);
                }
                if !send(&tx, splicer.event(&raw)).await {
                    return; // the client went away; dropping the upstream body cancels it
                }
            }
        }
        total.input_tokens += round.input_tokens;
        total.output_tokens += round.output_tokens;
        total.cache_read_tokens += round.cache_read_tokens;
        total.cache_write_tokens += round.cache_write_tokens;
        if !body_ok {
            tracing::warn!(%endpoint, "upstream stream failed mid-way; client stream ended with an error");
            send(&tx, error_event(endpoint, "the upstream stream failed")).await;
            return;
        }
        if !send(&tx, events.rest()).await {
            return;
        }
        let (assistant, calls) = match splicer.end_round() {
            RoundEnd::Done { tail } => {
                send(&tx, tail).await;
                on_end(total);
                return;
            }
            RoundEnd::Retrieve { assistant, calls } => (assistant, calls),
        };
        let results = answer_all(&resend, calls).await;
        let Some(next) = append(&sent, endpoint, &continuation(endpoint, &assistant, &results)) else {
            send(&tx, error_event(endpoint, "headroom could not build the retrieval continuation")).await;
            return;
        };
        sent = Bytes::from(next);
        let mut parts = resend.parts.clone();
        parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(sent.len()));
        let request = Request::from_parts(parts, RequestBody::buffered(sent.clone()));
        let ready = inner.ready().await.is_ok();
        let outcome = if ready { inner.call(request).await.map_err(|_| ()) } else { Err(()) };
        let response = match outcome {
            Ok(r) if r.status() == StatusCode::OK && is_event_stream(r.headers()) => Ok(r),
            Ok(r) => Err(format!("retrieval continuation failed upstream: {}", r.status())),
            Err(()) => Err("retrieval continuation could not be sent".to_owned()),
        };
        let response = match response {
            Ok(r) => r,
            Err(message) => {
                tracing::warn!(%endpoint, %message, "client stream ended with an error");
                send(&tx, error_event(endpoint, &message)).await;
                return;
            }
        };
        splicer.next_round(splicer.rounds() + 1 >= MAX_ROUNDS);
        body = Box::pin(response.into_body());
    }
}

/// Sends `bytes` (if any); whether the client is still there.
async fn send(tx: &mpsc::Sender<Bytes>, bytes: Vec<u8>) -> bool {
    bytes.is_empty() || tx.send(Bytes::from(bytes)).await.is_ok()
}
