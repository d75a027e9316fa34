//! The blocks of one request through [`step::compress`]: in order on the calling thread, or,
//! when two or more are large, on up to [`Config::block_threads`] threads, the largest first.
//! Results come back in block order either way, so the spliced body is the same bytes.
//!
//! Large blocks are what a request's latency is made of (a 60 KB source file takes
//! milliseconds to parse and check), and one request at a time leaves the other cores idle.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use super::config::Config;
use super::report::BlockReport;
use super::step::{self, Route, Run};
use crate::Error;
use crate::provider::{Block, Edit};

/// Blocks at least this large are worth a thread of their own.
const PARALLEL_BYTES: usize = 16 << 10;

/// Each block's report and edit, in block order; [`Error::Deadline`] if the deadline passes
/// before every block is done.
pub(super) fn compress_all(
    blocks: &[Block],
    plan: &[Route],
    config: &Config,
    run: &Run<'_>,
    model: Option<&str>,
) -> Result<Vec<(BlockReport, Option<Edit>)>, Error> {
    let large =
        blocks.iter().zip(plan).filter(|(b, r)| matches!(r, Route::Compress(..)) && b.text.len() >= PARALLEL_BYTES);
    let threads = large.count().min(config.block_threads);
    if threads < 2 {
        let mut done = Vec::with_capacity(blocks.len());
        for (block, route) in blocks.iter().zip(plan) {
            if Instant::now() > run.deadline {
                return Err(Error::Deadline);
            }
            done.push(step::compress(block, *route, config, run, model));
        }
        return on_time(run, done);
    }
    // Largest first, so no thread is left with a big block when the others are done.
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(blocks[i].text.len()));
    let slots: Vec<OnceLock<(BlockReport, Option<Edit>)>> = blocks.iter().map(|_| OnceLock::new()).collect();
    let next = AtomicUsize::new(0);
    let late = AtomicBool::new(false);
    let work = || {
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            if Instant::now() > run.deadline {
                late.store(true, Ordering::Relaxed);
                return;
            }
            let _ = slots[i].set(step::compress(&blocks[i], plan[i], config, run, model));
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
    on_time(run, slots.into_iter().map(|slot| slot.into_inner().expect("every block was compressed")).collect())
}

/// `done`, unless the deadline passed while the last blocks were compressed.
fn on_time<T>(run: &Run<'_>, done: T) -> Result<T, Error> {
    if Instant::now() > run.deadline { Err(Error::Deadline) } else { Ok(done) }
}
