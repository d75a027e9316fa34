//! The blocks of one request through [`step::prepare`] and [`Pending::finish`]: in order on
//! the calling thread, or, when two or more large blocks need their compressor run, those on
//! up to [`Config::block_threads`] threads, the largest first.
//! Results come back in block order either way, so the spliced body is the same bytes.
//!
//! Large blocks are what a request's latency is made of (a 60 KB source file takes
//! milliseconds to parse and check), and one request at a time leaves the other cores idle.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use super::config::Config;
use super::report::BlockReport;
use super::step::{self, Pending, Prepared, Route, Run};
use crate::Error;
use crate::provider::{Block, Edit};

/// A block's report and, when it was rewritten, its edit.
type Done = (BlockReport, Option<Edit>);

/// Blocks at least this large are worth a thread of their own.
const PARALLEL_BYTES: usize = 16 << 10;

/// Each block's report and edit, in block order; [`Error::Deadline`] if the deadline passes
/// before every block is done.
///
/// Policy, hooks and the memo go first, on the calling thread: a re-sent block is looked up
/// in microseconds, and a thread started for it would only be waited for.
pub(super) fn compress_all(
    blocks: &[Block],
    plan: &[Route],
    config: &Config,
    run: &Run<'_>,
    model: Option<&str>,
) -> Result<Vec<Done>, Error> {
    let mut done = Vec::with_capacity(blocks.len());
    let mut pending = Vec::new();
    for (i, (block, route)) in blocks.iter().zip(plan).enumerate() {
        if Instant::now() > run.deadline {
            return Err(Error::Deadline);
        }
        match step::prepare(block, *route, config, run, model) {
            Prepared::Done(report, edit) => done.push(Some((report, edit))),
            Prepared::Fresh(block) => {
                done.push(None);
                pending.push((i, block));
            }
        }
    }
    let large = pending.iter().filter(|(_, p)| p.len() >= PARALLEL_BYTES).count();
    let threads = large.min(config.block_threads);
    if threads < 2 {
        for (i, block) in pending {
            if Instant::now() > run.deadline {
                return Err(Error::Deadline);
            }
            done[i] = Some(block.finish(config, run));
        }
    } else {
        for (i, outcome) in side_by_side(pending, threads, config, run)? {
            done[i] = Some(outcome);
        }
    }
    on_time(run, done.into_iter().map(|d| d.expect("every block was compressed")).collect())
}

/// The pending blocks on `threads` threads, largest first, so no thread is left with a big
/// block when the others are done.
fn side_by_side(
    mut pending: Vec<(usize, Pending<'_>)>,
    threads: usize,
    config: &Config,
    run: &Run<'_>,
) -> Result<Vec<(usize, Done)>, Error> {
    pending.sort_by_key(|(_, p)| std::cmp::Reverse(p.len()));
    let queue: Vec<Mutex<Option<(usize, Pending<'_>)>>> = pending.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let results = Mutex::new(Vec::with_capacity(queue.len()));
    let next = AtomicUsize::new(0);
    let late = AtomicBool::new(false);
    let work = || {
        while let Some(slot) = queue.get(next.fetch_add(1, Ordering::Relaxed)) {
            if Instant::now() > run.deadline {
                late.store(true, Ordering::Relaxed);
                return;
            }
            let Some((i, block)) = slot.lock().unwrap_or_else(|e| e.into_inner()).take() else { continue };
            let outcome = block.finish(config, run);
            results.lock().unwrap_or_else(|e| e.into_inner()).push((i, outcome));
        }
    };
    // A store or hook that looks for the tokio runtime finds it on every thread.
    let runtime = tokio::runtime::Handle::try_current().ok();
    let helper = || {
        let _entered = runtime.as_ref().map(tokio::runtime::Handle::enter);
        work();
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            // A thread that cannot be started leaves its share to the others.
            if let Err(e) = std::thread::Builder::new().name("headroom-block".into()).spawn_scoped(scope, helper) {
                tracing::debug!(error = %e, "no thread for a block; the others take its share");
            }
        }
        work();
    });
    if late.load(Ordering::Relaxed) {
        return Err(Error::Deadline);
    }
    Ok(results.into_inner().unwrap_or_else(|e| e.into_inner()))
}

/// `done`, unless the deadline passed while the last blocks were compressed.
fn on_time<T>(run: &Run<'_>, done: T) -> Result<T, Error> {
    if Instant::now() > run.deadline { Err(Error::Deadline) } else { Ok(done) }
}
