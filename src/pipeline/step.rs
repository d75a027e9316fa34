//! One block through routing, the compressor, the never-worse gate and the store.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};

use super::RequestInfo;
use super::config::Config;
use super::hooks::{BlockView, HookAction};
use super::memo::{Counting, Key, Measured, Memo, Outcome};
use super::report::{BlockReport, Decision, KeepReason};
use crate::provider::{Block, Edit, Origin};
use crate::tokenizer::Encoding;
use crate::transform::{Compressor, Context, Kind, Rewrite, detect_with_args};

/// What the blocks of one request share while they are compressed (on one thread or several).
pub(super) struct Run<'a> {
    pub request: &'a RequestInfo<'a>,
    pub encoding: Encoding,
    /// Set once the store fails, so later blocks do not wait on it again.
    pub store_down: AtomicBool,
    /// When compression must be over; models stop before it.
    pub deadline: std::time::Instant,
}

/// Where a block goes: kept for a policy reason, or to the compressor of its kind.
#[derive(Clone, Copy, Debug)]
pub(super) enum Route {
    Keep(KeepReason),
    /// To the compressor of this kind; with the text's BLAKE3 hash, its retrieval id and
    /// memo keys are made of.
    Compress(Kind, blake3::Hash),
}

/// Decides each block's route from policy and content, without compressing anything.
pub(super) fn route(index: &crate::provider::Index, config: &Config) -> Vec<Route> {
    index.blocks.iter().map(|b| route_one(b, config)).collect()
}

fn route_one(block: &Block, config: &Config) -> Route {
    match policy(block, config) {
        Some(reason) => Route::Keep(reason),
        None => {
            let hash = blake3::hash(block.text.as_bytes());
            let (name, args) = (block.tool_name.as_deref(), block.tool_args.as_deref());
            let detect = || detect_with_args(&block.text, name, args);
            let kind = match &config.memo {
                Some(memo) => memo.kind(&hash, name, args, detect),
                None => detect(),
            };
            Route::Compress(kind, hash)
        }
    }
}

/// Why policy keeps `block` as it is, before any look at its content; `None` if it may be compressed.
pub(super) fn policy(block: &Block, config: &Config) -> Option<KeepReason> {
    if block.origin == Origin::User && !config.compress_user_messages {
        return Some(KeepReason::UserText);
    }
    if block.tool_name.as_deref().is_some_and(|t| config.is_excluded(t)) {
        return Some(KeepReason::ExcludedTool);
    }
    // Every token is at least one byte, so short texts are below the floor without counting.
    if block.text.len() < config.min_tokens.max(1) {
        return Some(KeepReason::BelowMinTokens);
    }
    if block.is_error && block.text.len() < config.error_result_min_tokens {
        return Some(KeepReason::ErrorResult);
    }
    None
}

/// A block part of the way through: what [`prepare`] leaves to do.
pub(super) enum Prepared<'a> {
    /// Kept by policy or a hook, or its outcome was remembered: nothing left to do.
    Done(BlockReport, Option<Edit>),
    /// Its compressor has to run: the part of a request worth another thread.
    Fresh(Pending<'a>),
}

/// A block whose compressor has yet to run, with what its hooks decided.
pub(super) struct Pending<'a> {
    block: &'a Block,
    kind: Kind,
    compressor: &'a dyn Compressor,
    report: BlockReport,
    bias: f32,
    model: Option<&'a str>,
    /// Its retrieval id.
    id: String,
    /// The memo key its outcome goes under, when rewrites are remembered.
    key: Option<Key>,
}

/// Hooks and the memo for one routed block: all of its compression but running the
/// compressor, which is left to [`Pending::finish`].
pub(super) fn prepare<'a>(
    block: &'a Block,
    route: Route,
    config: &'a Config,
    run: &Run<'_>,
    model: Option<&'a str>,
) -> Prepared<'a> {
    let mut report = BlockReport {
        message: block.message,
        tool_name: block.tool_name.clone(),
        kind: None,
        compressor: None,
        tokens_before: 0,
        tokens_after: 0,
        decision: Decision::Kept(KeepReason::Unchanged),
        retrieve_id: None,
    };
    let (kind, hash) = match route {
        Route::Keep(reason) => return Prepared::Done(kept(report, reason), None),
        Route::Compress(kind, hash) => (kind, hash),
    };
    report.kind = Some(kind);
    let Some(compressor) = config.compressors.get(kind) else {
        return Prepared::Done(kept(report, KeepReason::Unchanged), None);
    };
    report.compressor = Some(compressor.name());
    let hooks = &config.hooks;
    let view = view(block, kind, model);
    if guarded(|| hooks.pre_compress(&view), HookAction::Compress) == HookAction::Skip {
        return Prepared::Done(kept(report, KeepReason::Hook), None);
    }
    let bias = guarded(|| hooks.compute_biases(&view), 1.0);
    let bias = if bias.is_finite() && bias > 0.0 { bias } else { 1.0 };
    let id = crate::ccr::id_of(&hash);
    let mut pending = Pending { block, kind, compressor, report, bias, model, id, key: None };
    if let Some(memo) = &config.memo {
        // The instance's address tells apart two compressors that share a name.
        let identity = format!("{}@{:p}", compressor.name(), compressor as *const dyn Compressor as *const ());
        let key = Memo::key(&identity, kind, &hash, &pending.context(config, run), counting(config, run));
        if let Some(outcome) = memo.get(&key) {
            let (report, edit) = pending.conclude(Some(outcome), config, run);
            return Prepared::Done(report, edit);
        }
        pending.key = Some(key);
    }
    Prepared::Fresh(pending)
}

impl Pending<'_> {
    /// The block's size in bytes.
    pub fn len(&self) -> usize {
        self.block.text.len()
    }

    /// Runs the compressor, remembers its outcome, and takes it through the gate.
    pub fn finish(self, config: &Config, run: &Run<'_>) -> (BlockReport, Option<Edit>) {
        let outcome = fresh(self.compressor, &self.block.text, &self.context(config, run), counting(config, run));
        if let (Some(memo), Some(key), Some(outcome)) = (&config.memo, self.key, &outcome) {
            memo.put(key, outcome.clone());
        }
        self.conclude(outcome, config, run)
    }

    fn context<'c>(&'c self, config: &'c Config, run: &Run<'_>) -> Context<'c> {
        Context {
            tool_name: self.block.tool_name.as_deref(),
            tool_args: self.block.tool_args.as_deref(),
            question: self.block.question.as_deref(),
            retrieve_id: &self.id,
            bias: self.bias,
            relevance: config.relevance.as_deref(),
            deadline: Some(run.deadline),
        }
    }

    /// The gate and the post-compress hook on an outcome (`None`: the compressor panicked).
    fn conclude(self, outcome: Option<Outcome>, config: &Config, run: &Run<'_>) -> (BlockReport, Option<Edit>) {
        let view = view(self.block, self.kind, self.model);
        let (report, edit) = match outcome {
            None => {
                tracing::warn!(compressor = self.compressor.name(), "compressor panicked; block kept");
                (kept(self.report, KeepReason::CompressorPanicked), None)
            }
            Some(Outcome { rewrite: Some(rewrite), measured: Some(measured) }) => {
                gate(self.block, &rewrite, measured, self.report, config, run, self.id)
            }
            Some(_) => (kept(self.report, KeepReason::Unchanged), None),
        };
        guarded(|| config.hooks.post_compress(&view, &report), ());
        (report, edit)
    }
}

/// The compressor's output and the gate's counts; `None` if the compressor panicked (never
/// remembered).
fn fresh(compressor: &dyn Compressor, text: &str, ctx: &Context<'_>, counting: Counting) -> Option<Outcome> {
    let rewrite = catch_unwind(AssertUnwindSafe(|| compressor.compress(text, ctx))).ok()?;
    let rewrite = rewrite.filter(|r| r.text != text);
    let measured = rewrite.as_ref().map(|r| measure(text, &r.text, counting));
    Some(Outcome { rewrite: rewrite.map(std::sync::Arc::new), measured })
}

fn counting(config: &Config, run: &Run<'_>) -> Counting {
    Counting { encoding: run.encoding, min_tokens: config.min_tokens, exact: config.exact_counts }
}

fn view<'a>(block: &'a Block, kind: Kind, model: Option<&'a str>) -> BlockView<'a> {
    BlockView {
        text: &block.text,
        tool_name: block.tool_name.as_deref(),
        tool_args: block.tool_args.as_deref(),
        kind,
        message: block.message,
        model,
    }
}

/// The never-worse gate, then the store for lossy rewrites.
fn gate(
    block: &Block,
    rewrite: &Rewrite,
    measured: Measured,
    mut report: BlockReport,
    config: &Config,
    run: &Run<'_>,
    id: String,
) -> (BlockReport, Option<Edit>) {
    let (before, after) = match measured {
        Ok(counts) => counts,
        Err((reason, before)) => {
            report.tokens_before = before;
            report.tokens_after = before;
            return (kept(report, reason), None);
        }
    };
    report.tokens_before = before;
    report.tokens_after = before;
    if rewrite.lossy {
        let stored = match &config.store {
            _ if run.store_down.load(Ordering::Relaxed) => Err("the store failed earlier in this request".to_owned()),
            Some(store) => {
                crate::ccr::block_on(store.put(&run.request.tenant, &id, &block.text)).map_err(|e| e.to_string())
            }
            None => Err("no store configured".to_owned()),
        };
        if let Err(reason) = stored {
            tracing::warn!(%reason, "original could not be stored; lossy rewrite skipped");
            run.store_down.store(true, Ordering::Relaxed);
            return (kept(report, KeepReason::StoreFailed), None);
        }
        report.retrieve_id = Some(id);
    }
    report.tokens_after = after;
    report.decision = Decision::Rewritten;
    crate::metrics::global().blocks_rewritten.inc();
    (report, Some(Edit::string(block.span.clone(), &rewrite.text)))
}

/// Token counts (before, after) if the rewrite passes the never-worse gate and `min_tokens`.
///
/// Long texts are first compared by sampled estimates; only when the rewrite does not save
/// a clear fifth, or `exact_counts` is set, are they counted exactly — and then only as far
/// as the decision needs.
fn measure(original: &str, rewrite: &str, counting: Counting) -> Measured {
    let Counting { encoding, min_tokens, exact } = counting;
    let before = encoding.estimate(original);
    let after = encoding.estimate(rewrite);
    let clear_win = after.tokens * 10 <= before.tokens * 8 && before.tokens >= min_tokens * 2;
    if !exact && (clear_win || before.exact && after.exact) {
        if before.tokens < min_tokens {
            return Err((KeepReason::BelowMinTokens, before.tokens));
        }
        if before.tokens <= after.tokens {
            return Err((KeepReason::NoGain, before.tokens));
        }
        return Ok((before.tokens, after.tokens));
    }
    let after = encoding.count(rewrite);
    let floor = if exact { usize::MAX } else { after.max(min_tokens) };
    let before = encoding.count_above(original, floor);
    if before.lower < min_tokens {
        return Err((KeepReason::BelowMinTokens, before.estimate));
    }
    if before.lower <= after {
        return Err((KeepReason::NoGain, before.estimate));
    }
    Ok((before.estimate, after))
}

fn kept(mut report: BlockReport, reason: KeepReason) -> BlockReport {
    crate::metrics::global().blocks_kept.inc(reason.name());
    report.decision = Decision::Kept(reason);
    report
}

/// Runs a hook; a panicking hook counts as a failure and yields `default`.
fn guarded<T>(f: impl FnOnce() -> T, default: T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        tracing::warn!("compression hook panicked; default used");
        crate::metrics::global().extension_failures.inc();
        default
    })
}
