//! Unified diffs (and `git show` output): headers, hunk headers, every changed line and the
//! commit message stay; long runs of unchanged context are trimmed.

use super::render::render_kept;
use super::{Compressor, Context, Rewrite};

/// Keeps every line except unchanged context more than two lines away from a change.
///
/// ```
/// use headroom::transform::{Compressor, Context, DiffCompressor};
/// let mut diff = vec!["diff --git a/x b/x".to_string(), "--- a/x".into(), "+++ b/x".into(), "@@ -1,40 +1,40 @@".into()];
/// diff.extend((0..18).map(|i| format!(" same {i}")));
/// diff.push("-old".into());
/// diff.push("+new".into());
/// diff.extend((0..18).map(|i| format!(" after {i}")));
/// let out = DiffCompressor.compress(&diff.join("\n"), &Context::bare("0123456789abcdef01234567")).unwrap();
/// assert!(out.text.contains("-old\n+new") && !out.text.contains(" same 3\n"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct DiffCompressor;

/// Unchanged lines kept on each side of a change.
const CONTEXT: usize = 2;

impl Compressor for DiffCompressor {
    fn name(&self) -> &'static str {
        "diff"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let lines: Vec<&str> = text.split('\n').collect();
        let mut keep = vec![true; lines.len()];
        let mut in_hunk = false;
        let mut context_runs: Vec<(usize, usize)> = Vec::new();
        let mut run_start: Option<usize> = None;
        for (i, line) in lines.iter().enumerate() {
            let is_context = in_hunk && line.starts_with(' ');
            if line.starts_with("@@") {
                in_hunk = true;
            } else if line.starts_with("diff ") || line.starts_with("commit ") {
                in_hunk = false;
            }
            match (is_context, run_start) {
                (true, None) => run_start = Some(i),
                (false, Some(s)) => {
                    context_runs.push((s, i));
                    run_start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = run_start {
            context_runs.push((s, lines.len()));
        }
        for (start, end) in context_runs {
            if end - start > 2 * CONTEXT + 1 {
                keep[start + CONTEXT..end - CONTEXT].iter_mut().for_each(|k| *k = false);
            }
        }
        render_kept(&lines, &keep, "unchanged lines", ctx.retrieve_id)
    }
}
