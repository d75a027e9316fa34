//! Build, test and application logs: keep what an engineer reads, drop the noise.

use std::collections::HashMap;

use super::query::Query;
use super::render::{render_kept, widen};
use super::signals::{classify, is_trace_continuation, template};
use super::{Compressor, Context, Rewrite};

/// Keeps the first and last lines, every error line (with context and its stack trace or
/// diagnostic whole around the first and last of each template), the first of each warning template,
/// summary lines and lines naming what the call asked about; drops the rest.
///
/// ```
/// use headroom::transform::{Compressor, Context, LogCompressor};
/// let mut log: Vec<String> = (0..200).map(|i| format!("[{i}] INFO compiled unit {i}")).collect();
/// log[120] = "error: linker `cc` not found".into();
/// let out = LogCompressor.compress(&log.join("\n"), &Context::bare("0123456789abcdef01234567")).unwrap();
/// assert!(out.text.contains("error: linker `cc` not found"));
/// assert!(out.text.len() < 2000);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct LogCompressor;

const MIN_LINES: usize = 30;
const HEAD: usize = 5;
const TAIL: usize = 8;
const BEFORE: usize = 2;
const AFTER: usize = 2;
const TRACE_MAX: usize = 40;
const MAX_WARNING_TEMPLATES: usize = 30;
/// Lines kept above a line that names what was asked (a commit's hash and author above its
/// message, a section header above an entry).
const ASKED_BEFORE: usize = 4;

impl Compressor for LogCompressor {
    fn name(&self) -> &'static str {
        "log"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        let lines: Vec<&str> = text.split('\n').collect();
        if lines.len() < MIN_LINES {
            return None;
        }
        let keep = select(&lines, &Query::from_context(ctx), ctx.bias);
        render_kept(&lines, &keep, "lines", ctx.retrieve_id)
    }
}

/// Which lines of a line-oriented output to keep.
pub(crate) fn select(lines: &[&str], query: &Query, bias: f32) -> Vec<bool> {
    let n = lines.len();
    let mut keep = vec![false; n];
    // The head runs until it has shown a few lines of content, past comment banners.
    let mut shown = 0;
    for (i, line) in lines.iter().enumerate() {
        keep[i] = true;
        if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            shown += 1;
        }
        if shown >= HEAD || i >= 4 * HEAD {
            break;
        }
    }
    let line_terms: Vec<u128> = lines.iter().map(|l| query.bits(l)).collect();
    let rare_terms = query.discriminative_bits(&line_terms, n);
    keep[n.saturating_sub(TAIL)..].iter_mut().for_each(|k| *k = true);
    let mut errors: HashMap<u64, (usize, usize)> = HashMap::new();
    let mut warnings: HashMap<u64, usize> = HashMap::new();
    let mut asked: HashMap<u64, (usize, usize)> = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let signals = classify(line);
        if signals.error {
            // Every error line stays; context and traces only around the first and last of
            // each template, so a thousand repeats do not bring a thousand contexts.
            keep[i] = true;
            errors.entry(template(line)).and_modify(|e| e.1 = i).or_insert((i, i));
        } else if signals.warning {
            let next = warnings.len();
            if next < MAX_WARNING_TEMPLATES {
                warnings.entry(template(line)).or_insert(i);
            }
        }
        if signals.summary {
            keep[i] = true;
        }
        if query.has_strong_given(line_terms[i], line) || line_terms[i] & rare_terms != 0 {
            asked.entry(template(line)).and_modify(|e| e.1 = i).or_insert((i, i));
        }
    }
    let after = ((AFTER as f32) * bias).round() as usize;
    let mut error_lines: Vec<usize> = errors.values().flat_map(|&(a, b)| [a, b]).collect();
    error_lines.sort_unstable();
    error_lines.dedup();
    widen(&mut keep, &error_lines, BEFORE, after);
    for &i in &error_lines {
        keep_trace(lines, &mut keep, i);
    }
    let warning_lines: Vec<usize> = warnings.into_values().collect();
    widen(&mut keep, &warning_lines, 0, 1);
    let asked_lines: Vec<usize> = asked.values().flat_map(|&(a, b)| [a, b]).collect();
    widen(&mut keep, &asked_lines, ASKED_BEFORE, 1);
    keep
}

/// Keeps the indented or frame-shaped lines that follow line `at`.
fn keep_trace(lines: &[&str], keep: &mut [bool], at: usize) {
    for i in at + 1..(at + 1 + TRACE_MAX).min(lines.len()) {
        if lines[i].trim().is_empty() || !is_trace_continuation(lines[i]) {
            break;
        }
        keep[i] = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compress(text: &str) -> String {
        LogCompressor
            .compress(text, &Context::bare("0123456789abcdef01234567"))
            .map(|r| r.text)
            .unwrap_or_else(|| text.to_owned())
    }

    #[test]
    fn keeps_rust_diagnostics_whole() {
        let mut lines: Vec<String> = (0..100).map(|i| format!("   Compiling dep{i} v0.1.{i}")).collect();
        lines.extend(
            [
                "error[E0308]: mismatched types",
                "  --> src/main.rs:4:18",
                "   |",
                "4  |     let x: i32 = \"a\";",
                "   |                  ^^^ expected `i32`, found `&str`",
                "",
                "error: could not compile `app` (bin \"app\") due to 1 previous error",
            ]
            .map(String::from),
        );
        let out = compress(&lines.join("\n"));
        for needle in [
            "error[E0308]: mismatched types",
            "--> src/main.rs:4:18",
            "expected `i32`, found `&str`",
            "could not compile `app`",
        ] {
            assert!(out.contains(needle), "lost {needle}: {out}");
        }
        assert!(!out.contains("dep50 "));
    }

    #[test]
    fn keeps_python_tracebacks_and_pytest_summary() {
        let mut lines: Vec<String> = (0..80).map(|i| format!("tests/test_mod.py::test_case_{i} PASSED")).collect();
        lines.extend(
            [
                "Traceback (most recent call last):",
                "  File \"app.py\", line 10, in <module>",
                "    main()",
                "  File \"app.py\", line 7, in main",
                "    raise ValueError(\"bad config\")",
                "ValueError: bad config",
                "==== 1 failed, 80 passed in 2.31s ====",
            ]
            .map(String::from),
        );
        let out = compress(&lines.join("\n"));
        for needle in ["line 7, in main", "raise ValueError", "ValueError: bad config", "1 failed, 80 passed"] {
            assert!(out.contains(needle), "lost {needle}");
        }
    }

    #[test]
    fn first_of_each_warning_template_stays() {
        let mut lines: Vec<String> = (0..60).map(|i| format!("lib.c:{i}:1: warning: unused variable 'v{i}'")).collect();
        lines.insert(30, "tif.c:2948:13: warning: implicit declaration of function 'F'".into());
        lines.extend((0..40).map(|i| format!("CC obj{i}.o")));
        let out = compress(&lines.join("\n"));
        assert!(out.contains("implicit declaration of function 'F'"));
        assert!(out.contains("lib.c:0:1: warning: unused variable 'v0'"));
        assert!(!out.contains("'v40'"));
    }
}
