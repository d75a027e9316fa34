//! Events sent to extensions at every stage, and the extension trait.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use http::HeaderMap;
use serde_json::Value;

use super::report::CompressionReport;
use super::shared::SharedContext;
use super::stage::PipelineStage;
use crate::ccr::Tenant;
use crate::provider::Endpoint;

/// The error type extensions return.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What an extension is told at one stage of one request.
#[non_exhaustive]
pub struct PipelineEvent<'a> {
    /// The stage.
    pub stage: PipelineStage,
    /// The request's id (`x-request-id` when the client sent one).
    pub request_id: &'a str,
    /// The endpoint, once known.
    pub endpoint: Option<Endpoint>,
    /// The body's `model`, once known.
    pub model: Option<&'a str>,
    /// The request headers (`x-headroom-*` already removed), when there is a request.
    pub headers: Option<&'a HeaderMap>,
    /// The caller's tenant.
    pub tenant: &'a Tenant,
    /// Free-form notes extensions add; they end up nowhere unless an extension reads them.
    pub metadata: &'a mut BTreeMap<String, Value>,
    /// The report so far.
    pub report: Option<&'a CompressionReport>,
    /// Shared context, handed over at `InputRemembered`.
    pub shared: Option<&'a SharedContext>,
    messages: Option<&'a [Value]>,
    replacement: Option<Vec<Value>>,
}

impl<'a> PipelineEvent<'a> {
    /// A fresh event; crate-internal so events only come from the pipeline.
    pub(crate) fn new(
        stage: PipelineStage,
        request_id: &'a str,
        tenant: &'a Tenant,
        metadata: &'a mut BTreeMap<String, Value>,
    ) -> Self {
        PipelineEvent {
            stage,
            request_id,
            endpoint: None,
            model: None,
            headers: None,
            tenant,
            metadata,
            report: None,
            shared: None,
            messages: None,
            replacement: None,
        }
    }

    pub(crate) fn with_messages(mut self, messages: &'a [Value]) -> Self {
        self.messages = Some(messages);
        self
    }

    /// The request's messages (or Responses `input` items), at `InputReceived`.
    pub fn messages(&self) -> Option<&[Value]> {
        self.messages
    }

    /// Replaces the message list; honoured only at `InputReceived`. The layer re-splices
    /// only the messages that differ, so an unchanged prefix keeps its exact bytes.
    pub fn replace_messages(&mut self, messages: Vec<Value>) {
        if self.stage == PipelineStage::InputReceived {
            self.replacement = Some(messages);
        }
    }

    pub(crate) fn take_replacement(&mut self) -> Option<Vec<Value>> {
        self.replacement.take()
    }
}

/// Receives every [`PipelineEvent`]; registered with `HeadroomLayer::extension`.
///
/// Extensions are fail-open: one that returns an error or panics is logged, counted and
/// skipped, and the request goes on.
///
/// ```
/// use headroom::pipeline::{BoxError, PipelineEvent, PipelineExtension};
/// struct Tag;
/// impl PipelineExtension for Tag {
///     fn on_event(&self, event: &mut PipelineEvent<'_>) -> Result<(), BoxError> {
///         event.metadata.insert("seen".into(), event.stage.name().into());
///         Ok(())
///     }
/// }
/// ```
pub trait PipelineExtension: Send + Sync + 'static {
    /// A name for logs.
    fn name(&self) -> &str {
        std::any::type_name::<Self>()
    }
    /// Handles one event.
    fn on_event(&self, event: &mut PipelineEvent<'_>) -> Result<(), BoxError>;
}

/// Sends `event` to every extension; returns the names of those that failed.
pub(crate) fn emit(extensions: &[Arc<dyn PipelineExtension>], event: &mut PipelineEvent<'_>) -> Vec<String> {
    let mut failed = Vec::new();
    for ext in extensions {
        let outcome = catch_unwind(AssertUnwindSafe(|| ext.on_event(event)));
        let reason = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(e)) => e.to_string(),
            Err(_) => "panicked".to_owned(),
        };
        tracing::warn!(extension = ext.name(), stage = event.stage.name(), %reason, "pipeline extension failed; skipped");
        crate::metrics::global().extension_failures.inc();
        failed.push(ext.name().to_owned());
    }
    failed
}
