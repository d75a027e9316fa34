//! One block through routing, the compressor, the never-worse gate and the store.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};

use super::RequestInfo;
use super::config::Config;
use super::hooks::{BlockView, HookAction};
use super::memo::{Counting, Measured, Memo, Outcome};
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

/// Compresses one block; returns its report and, when rewritten, the edit.
pub(super) fn compress(
    block: &Block,
    route: Route,
    config: &Config,
    run: &Run<'_>,
    model: Option<&str>,
) -> (BlockReport, Option<Edit>) {
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
        Route::Keep(reason) => return (kept(report, reason), None),
        Route::Compress(kind, hash) => (kind, hash),
    };
    report.kind = Some(kind);
    let Some(compressor) = config.compressors.get(kind) else {
        return (kept(report, KeepReason::Unchanged), None);
    };
    report.compressor = Some(compressor.name());
    let view = BlockView {
        text: &block.text,
        tool_name: block.tool_name.as_deref(),
        tool_args: block.tool_args.as_deref(),
        kind,
        message: block.message,
        model,
    };
    let hooks = &config.hooks;
    if guarded(|| hooks.pre_compress(&view), HookAction::Compress) == HookAction::Skip {
        return (kept(report, KeepReason::Hook), None);
    }
    let bias = guarded(|| hooks.compute_biases(&view), 1.0);
    let id = crate::ccr::id_of(&hash);
    let ctx = Context {
        tool_name: block.tool_name.as_deref(),
        tool_args: block.tool_args.as_deref(),
        question: block.question.as_deref(),
        retrieve_id: &id,
        bias: if bias.is_finite() && bias > 0.0 { bias } else { 1.0 },
        relevance: config.relevance.as_deref(),
        deadline: Some(run.deadline),
    };
    let counting = Counting { encoding: run.encoding, min_tokens: config.min_tokens, exact: config.exact_counts };
    let (report, edit) = match remembered(config, compressor, kind, (&block.text, &hash), &ctx, counting) {
        None => {
            tracing::warn!(compressor = compressor.name(), "compressor panicked; block kept");
            (kept(report, KeepReason::CompressorPanicked), None)
        }
        Some(Outcome { rewrite: Some(rewrite), measured: Some(measured) }) => {
            gate(block, &rewrite, measured, report, config, run, id)
        }
        Some(_) => (kept(report, KeepReason::Unchanged), None),
    };
    guarded(|| hooks.post_compress(&view, &report), ());
    (report, edit)
}

/// The compressor's output and the gate's counts, from the memo when this block was
/// compressed before; `None` if the compressor panicked (never remembered).
fn remembered(
    config: &Config,
    compressor: &dyn Compressor,
    kind: Kind,
    (text, hash): (&str, &blake3::Hash),
    ctx: &Context<'_>,
    counting: Counting,
) -> Option<Outcome> {
    let fresh = || {
        let rewrite = catch_unwind(AssertUnwindSafe(|| compressor.compress(text, ctx))).ok()?;
        let rewrite = rewrite.filter(|r| r.text != text);
        let measured = rewrite.as_ref().map(|r| measure(text, &r.text, counting));
        Some(Outcome { rewrite: rewrite.map(std::sync::Arc::new), measured })
    };
    let Some(memo) = &config.memo else { return fresh() };
    // The instance's address tells apart two compressors that share a name.
    let identity = format!("{}@{:p}", compressor.name(), compressor as *const dyn Compressor as *const ());
    let key = Memo::key(&identity, kind, hash, ctx, counting);
    if let Some(outcome) = memo.get(&key) {
        return Some(outcome);
    }
    let outcome = fresh()?;
    memo.put(key, outcome.clone());
    Some(outcome)
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
