//! The compression pipeline: parse once, route, compress, validate, store, splice.
//!
//! [`run`] is the single code path behind the layer, the gateway, [`crate::compress`] and
//! `headroom eval`. It is synchronous and CPU-bound; the layer runs it on the blocking pool.

mod blocks;
mod config;
mod event;
mod hooks;
mod memo;
mod messages;
mod report;
mod shared;
mod stage;
mod step;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use http::HeaderMap;

pub use config::Config;
pub(crate) use event::emit;
pub use event::{BoxError, PipelineEvent, PipelineExtension};
pub use hooks::{BlockView, CompressionHooks, HookAction};
pub use report::{BlockReport, CompressionReport, Decision, FailOpen, KeepReason, VolatileValue};
pub use shared::SharedContext;
pub use stage::PipelineStage;

use crate::Error;
use crate::ccr::Tenant;
use crate::provider::{Edit, Endpoint, IndexOptions, splice};
use crate::tokenizer::Encoding;

/// Who is asking: what the pipeline needs to know about the HTTP request, if there is one.
#[derive(Clone, Debug)]
pub struct RequestInfo<'a> {
    /// The request id, for events and logs.
    pub request_id: Cow<'a, str>,
    /// Request headers, when the body came over HTTP.
    pub headers: Option<&'a HeaderMap>,
    /// The caller's tenant, whose namespace originals are stored in.
    pub tenant: Tenant,
}

impl Default for RequestInfo<'_> {
    fn default() -> Self {
        RequestInfo { request_id: Cow::Borrowed("-"), headers: None, tenant: Tenant::anonymous() }
    }
}

/// A compressed body and what was done to it.
#[derive(Clone, Debug)]
pub struct Compressed {
    /// The body to send: the original bytes when nothing was rewritten.
    pub body: Vec<u8>,
    /// What was done.
    pub report: CompressionReport,
}

impl Compressed {
    /// Whether the body differs from the input (a block replaced or the retrieve tool added).
    pub fn is_rewritten(&self) -> bool {
        self.report.body_changed()
    }
}

/// Runs the whole pipeline on one body. Errors mean "forward the original".
pub fn run(
    body: &[u8],
    endpoint: Endpoint,
    config: &Config,
    request: &RequestInfo<'_>,
    deadline: Instant,
) -> Result<Compressed, Error> {
    let index = parse(body, endpoint, config)?;
    run_indexed(body, index, endpoint, config, request, deadline)
}

/// The index of `body` as `config` needs it.
pub fn parse(body: &[u8], endpoint: Endpoint, config: &Config) -> Result<crate::provider::Index, Error> {
    let text = std::str::from_utf8(body).map_err(|_| Error::InvalidUtf8)?;
    parse_text(text, endpoint, config)
}

/// [`parse`] of a body already checked as UTF-8.
pub(crate) fn parse_text(text: &str, endpoint: Endpoint, config: &Config) -> Result<crate::provider::Index, Error> {
    Ok(endpoint.index_with(text, index_options(config))?)
}

/// Whether running the pipeline on `index` could do more than read: a block to compress,
/// the retrieve tool to add, or extensions to tell.
pub fn has_work(index: &crate::provider::Index, body: &[u8], endpoint: Endpoint, config: &Config) -> bool {
    let tool = retrieve_tool_edit(body, index, endpoint, config).is_some();
    !config.extensions.is_empty() || tool || index.blocks.iter().any(|b| step::policy(b, config).is_none())
}

fn index_options(config: &Config) -> IndexOptions {
    IndexOptions { message_spans: !config.extensions.is_empty(), user_text: config.compress_user_messages }
}

/// [`run`] on an index already parsed from `body` by [`parse`].
pub fn run_indexed(
    body: &[u8],
    index: crate::provider::Index,
    endpoint: Endpoint,
    config: &Config,
    request: &RequestInfo<'_>,
    deadline: Instant,
) -> Result<Compressed, Error> {
    let (rewritten, report) = rewrite_indexed(body, index, endpoint, config, request, deadline)?;
    Ok(Compressed { body: rewritten.unwrap_or_else(|| body.to_vec()), report })
}

/// [`run_indexed`], with no copy of the body when nothing was rewritten (`None` then).
pub(crate) fn rewrite_indexed(
    body: &[u8],
    index: crate::provider::Index,
    endpoint: Endpoint,
    config: &Config,
    request: &RequestInfo<'_>,
    deadline: Instant,
) -> Result<(Option<Vec<u8>>, CompressionReport), Error> {
    let text = std::str::from_utf8(body).map_err(|_| Error::InvalidUtf8)?;
    rewrite_indexed_text(text, index, endpoint, config, request, deadline)
}

/// [`rewrite_indexed`] of a body already checked as UTF-8 (a 100 KB body is not checked
/// twice, nor copied when it goes out as it came).
pub(crate) fn rewrite_indexed_text(
    text: &str,
    index: crate::provider::Index,
    endpoint: Endpoint,
    config: &Config,
    request: &RequestInfo<'_>,
    deadline: Instant,
) -> Result<(Option<Vec<u8>>, CompressionReport), Error> {
    let started = Instant::now();
    let options = index_options(config);
    let mut index = index;
    let mut report = CompressionReport { endpoint: Some(endpoint), model: index.model.clone(), ..Default::default() };
    let mut metadata = BTreeMap::new();
    let mut working: Cow<'_, str> = Cow::Borrowed(text);

    if !config.extensions.is_empty() {
        let values = messages::values(&working, &index);
        let mut event =
            event(PipelineStage::InputReceived, request, endpoint, &index.model, &mut metadata).with_messages(&values);
        report.extension_failures.extend(event::emit(&config.extensions, &mut event));
        if let Some(new) = event.take_replacement() {
            let spliced = messages::replace(&working, &index, &values, &new).ok_or(Error::Splice)?;
            let spliced = String::from_utf8(spliced).map_err(|_| Error::Splice)?;
            index = endpoint.index_with(&spliced, options)?;
            working = Cow::Owned(spliced);
        }
    }

    report.volatile = crate::transform::cache_align::scan(&working, &index);
    for v in &report.volatile {
        crate::metrics::global().volatile_values.inc(v.kind);
    }
    notify(config, PipelineStage::InputCached, request, endpoint, &index.model, &mut metadata, &mut report);

    let encoding =
        config.encoding.unwrap_or_else(|| index.model.as_deref().map(Encoding::for_model).unwrap_or_default());
    let plan = step::route(&index, config);
    notify(config, PipelineStage::InputRouted, request, endpoint, &index.model, &mut metadata, &mut report);

    let mut edits: Vec<Edit> = Vec::new();
    let run = step::Run { request, encoding, store_down: AtomicBool::new(false), deadline };
    for (block_report, edit) in blocks::compress_all(&index.blocks, &plan, config, &run, index.model.as_deref())? {
        if block_report.decision == Decision::Rewritten {
            report.tokens_before += block_report.tokens_before;
            report.tokens_after += block_report.tokens_after;
        }
        report.blocks.push(block_report);
        edits.extend(edit);
    }
    notify(config, PipelineStage::InputCompressed, request, endpoint, &index.model, &mut metadata, &mut report);
    if !config.extensions.is_empty() {
        let mut event = event(PipelineStage::InputRemembered, request, endpoint, &index.model, &mut metadata);
        event.shared = Some(&config.shared);
        event.report = Some(&report);
        let failed = event::emit(&config.extensions, &mut event);
        report.extension_failures.extend(failed);
    }

    if let Some(edit) = retrieve_tool_edit(working.as_bytes(), &index, endpoint, config) {
        edits.push(edit);
        report.tool_added = true;
    }
    let body = match (edits.is_empty(), working) {
        (true, Cow::Borrowed(_)) => None,
        (true, Cow::Owned(s)) => Some(s.into_bytes()),
        (false, w) => Some(splice(w.as_bytes(), edits).ok_or(Error::Splice)?),
    };
    report.elapsed = started.elapsed();
    notify(config, PipelineStage::PreSend, request, endpoint, &index.model, &mut metadata, &mut report);
    Ok((body, report))
}

/// Appends `headroom_retrieve` after the client's own tools, byte-identical every time, when
/// retrieval is on, originals are kept and the request declares tools — streamed or not, so
/// the tools array never flips between turns (the layer answers calls in both).
/// Only the `tools` span is read (and checked as UTF-8): a 100 KB body is not validated again.
fn retrieve_tool_edit(
    body: &[u8],
    index: &crate::provider::Index,
    endpoint: Endpoint,
    config: &Config,
) -> Option<Edit> {
    if !config.retrieval || config.store.is_none() {
        return None;
    }
    let span = index.tools.clone()?;
    let tools = std::str::from_utf8(body.get(span.clone())?).ok()?;
    if !tools.starts_with('[') || !tools.ends_with(']') || tools.contains("\"headroom_retrieve\"") {
        return None;
    }
    let definition = crate::ccr::tool_definition(endpoint);
    let with = if tools[1..tools.len() - 1].trim().is_empty() { definition } else { format!(",{definition}") };
    Some(Edit { span: span.end - 1..span.end - 1, with: with.into_bytes() })
}

fn event<'a>(
    stage: PipelineStage,
    request: &'a RequestInfo<'_>,
    endpoint: Endpoint,
    model: &'a Option<String>,
    metadata: &'a mut BTreeMap<String, serde_json::Value>,
) -> PipelineEvent<'a> {
    let mut event = PipelineEvent::new(stage, &request.request_id, &request.tenant, metadata);
    event.endpoint = Some(endpoint);
    event.model = model.as_deref();
    event.headers = request.headers;
    event
}

fn notify(
    config: &Config,
    stage: PipelineStage,
    request: &RequestInfo<'_>,
    endpoint: Endpoint,
    model: &Option<String>,
    metadata: &mut BTreeMap<String, serde_json::Value>,
    report: &mut CompressionReport,
) {
    if config.extensions.is_empty() {
        return;
    }
    let mut event = event(stage, request, endpoint, model, metadata);
    event.report = Some(report);
    let failed = event::emit(&config.extensions, &mut event);
    report.extension_failures.extend(failed);
}
