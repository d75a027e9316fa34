//! Runs of identical lines collapsed into one line and a count.

use super::{Compressor, Context, Rewrite};

/// Writes a run of identical lines once, followed by how many more there were.
///
/// Lossless: the count says exactly what was there. Runs shorter than three are kept.
///
/// ```
/// use headroom::transform::{Compressor, Context, RepeatCollapser};
/// let out = RepeatCollapser.compress("a\nb\nb\nb\nb\nc", &Context::bare("")).unwrap();
/// assert_eq!(out.text, "a\nb\n[previous line repeated 3 more times]\nc");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct RepeatCollapser;

const MIN_RUN: usize = 3;

impl Compressor for RepeatCollapser {
    fn name(&self) -> &'static str {
        "repeat_collapse"
    }

    fn compress(&self, text: &str, _ctx: &Context<'_>) -> Option<Rewrite> {
        let mut out = String::with_capacity(text.len());
        let mut changed = false;
        let mut lines = text.split('\n').peekable();
        let mut first = true;
        while let Some(line) = lines.next() {
            let mut run = 1;
            while lines.peek() == Some(&line) {
                lines.next();
                run += 1;
            }
            if !first {
                out.push('\n');
            }
            first = false;
            out.push_str(line);
            if run >= MIN_RUN {
                changed = true;
                out.push_str(&format!("\n[previous line repeated {} more times]", run - 1));
            } else {
                for _ in 1..run {
                    out.push('\n');
                    out.push_str(line);
                }
            }
        }
        changed.then(|| Rewrite::lossless(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_runs_and_trailing_newlines_survive() {
        assert!(RepeatCollapser.compress("a\na\nb\n", &Context::bare("")).is_none());
        let out = RepeatCollapser.compress("x\nx\nx\n", &Context::bare("")).unwrap();
        assert_eq!(out.text, "x\n[previous line repeated 2 more times]\n");
    }
}
