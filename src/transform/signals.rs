//! What an engineer's eye jumps to in tool output: error, warning and summary lines, and a
//! line's template (numbers, hashes and ids masked) for grouping repeats.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Regex, RegexSet};

const ERROR: u8 = 1;
const WARNING: u8 = 2;
const SUMMARY: u8 = 4;

/// Keywords one of which every line of a kind contains: lines without any skip the regexes.
fn prefilter() -> &'static (AhoCorasick, Vec<u8>) {
    static FILTER: OnceLock<(AhoCorasick, Vec<u8>)> = OnceLock::new();
    FILTER.get_or_init(|| {
        let words: &[(&str, u8)] = &[
            ("err", ERROR | SUMMARY),
            ("fail", ERROR | SUMMARY),
            ("fatal", ERROR),
            ("panic", ERROR),
            ("exception", ERROR),
            ("traceback", ERROR),
            ("denied", ERROR),
            ("refused", ERROR),
            ("timeout", ERROR),
            ("timed out", ERROR),
            ("segfault", ERROR),
            ("segmentation", ERROR),
            ("abort", ERROR),
            ("critical", ERROR),
            ("expired", ERROR),
            ("unhealthy", ERROR),
            ("oomkilled", ERROR),
            ("evicted", ERROR),
            ("forbidden", ERROR),
            ("unauthorized", ERROR),
            ("undefined reference", ERROR),
            ("no such file", ERROR),
            ("cannot ", ERROR),
            ("can't ", ERROR),
            ("could not", ERROR),
            ("couldn't", ERROR),
            ("unable to", ERROR),
            ("nothing provides", ERROR),
            ("no match for", ERROR),
            ("not satisfied", ERROR),
            ("unresolved", ERROR),
            ("crashloop", ERROR),
            ("backoff", ERROR),
            ("bad exit status", ERROR),
            ("non-zero exit", ERROR),
            ("exit code", ERROR),
            ("exit status", ERROR),
            ("-->", ERROR),
            ("is_error", ERROR),
            ("warn", WARNING),
            ("deprecat", WARNING),
            ("test result", SUMMARY),
            ("passed", SUMMARY),
            ("skipped", SUMMARY),
            ("test", SUMMARY),
            ("runs", SUMMARY),
            ("example", SUMMARY),
            ("build", SUMMARY),
            ("ran", SUMMARY),
            ("finished", SUMMARY),
            ("summary", SUMMARY),
            ("total", SUMMARY),
            ("==", SUMMARY),
        ];
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(words.iter().map(|w| w.0))
            .expect("literal patterns build");
        (matcher, words.iter().map(|w| w.1).collect())
    })
}

/// Which kinds of signal `line` might carry (a superset; the regexes decide).
fn candidates(line: &str) -> u8 {
    let (matcher, kinds) = prefilter();
    matcher.find_overlapping_iter(line).fold(0, |acc, m| acc | kinds[m.pattern().as_usize()])
}

/// The signals of one line, computed once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineSignals {
    /// The line carries an error signal.
    pub error: bool,
    /// The line is a warning.
    pub warning: bool,
    /// The line summarises a run.
    pub summary: bool,
}

/// Classifies `line` with one keyword scan and, only where a keyword matched, the regexes.
pub fn classify(line: &str) -> LineSignals {
    let kinds = candidates(line);
    if kinds == 0 {
        return LineSignals::default();
    }
    LineSignals {
        error: kinds & ERROR != 0 && is_error_line(line),
        warning: kinds & WARNING != 0 && warnings().is_match(line),
        summary: kinds & SUMMARY != 0 && summaries().is_match(line),
    }
}

fn errors() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        RegexSet::new([
            r"(?i)(undefined reference|no such file|cannot |can't |could not|couldn't|unable to|nothing provides|no match for|not satisfied|unresolved|crashloop|backoff|bad exit status|non-zero exit|exit (code|status) [1-9])",
            r"error\[E\d+\]|^\s*-->\s|\bis_error\b|\b[A-Z][A-Za-z]+(Error|Exception)\b",
            r"(?i)^(FAIL|FAILED|ERROR|FATAL)\b",
        ])
        .expect("static patterns compile")
    })
}

fn error_words() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(errors?|err|fatal|failed|failures?|fail|failing|panic(ked)?|exception|traceback|denied|refused|timeout|timed out|segfault|segmentation fault|abort(ed)?|critical|expired|unhealthy|oomkilled|evicted|forbidden|unauthorized)\b")
            .expect("static pattern compiles")
    })
}

/// An error word that is not part of a flag, key or identifier (`--error-format`,
/// `on_error=`, `-Werror`): those name error handling, they do not report an error.
fn has_error_word(line: &str) -> bool {
    let bytes = line.as_bytes();
    error_words().find_iter(line).any(|m| {
        let before = m.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(m.end()).copied();
        !matches!(before, Some(b'-' | b'_' | b'=' | b'/' | b'.'))
            && !matches!(after, Some(b'-' | b'_' | b'=' | b'/' | b'.' | b'('))
    })
}

fn is_error_line(line: &str) -> bool {
    has_error_word(line) || errors().is_match(line)
}

fn warnings() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bwarn(ing|ings)?\b|\bdeprecat").expect("static pattern compiles"))
}

fn summaries() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)test result:|\b\d+ (passed|failed|errors?|failures?|skipped|tests?|runs|examples?)\b|^=+ .* =+$|build (failed|succeeded|successful)|^(ran|finished|summary|total)\b|\btests? (passed|failed)")
            .expect("static pattern compiles")
    })
}

/// Whether `line` carries an error signal.
///
/// ```
/// use headroom::transform::signals::is_error;
/// assert!(is_error("error[E0308]: mismatched types"));
/// assert!(is_error("No match for argument: pkgconfig(x) >= 2"));
/// assert!(!is_error("gcc -Werror=format-security -O2 foo.c"));
/// ```
pub fn is_error(line: &str) -> bool {
    candidates(line) & ERROR != 0 && is_error_line(line)
}

/// Whether `line` is a warning.
pub fn is_warning(line: &str) -> bool {
    candidates(line) & WARNING != 0 && warnings().is_match(line)
}

/// Whether `line` summarises a run (`test result:`, `3 passed, 1 failed`, `BUILD FAILED`).
pub fn is_summary(line: &str) -> bool {
    candidates(line) & SUMMARY != 0 && summaries().is_match(line)
}

/// Whether `line` continues a stack trace or a compiler diagnostic started above it.
pub fn is_trace_continuation(line: &str) -> bool {
    let t = line.trim_start();
    let indented = line.len() != t.len();
    indented
        || t.starts_with("at ")
        || t.starts_with("File \"")
        || t.starts_with("-->")
        || t.starts_with('|')
        || t.starts_with("= ")
        || t.starts_with("Caused by")
        || t.starts_with("...")
        || t.starts_with('^')
        || t.starts_with("left:")
        || t.starts_with("right:")
        || t.starts_with("note:")
        || t.starts_with("help:")
        || t.split_once('|').is_some_and(|(n, _)| !n.trim().is_empty() && n.trim().bytes().all(|b| b.is_ascii_digit()))
}

/// A hash of `line` with digit runs and long hex runs masked, so lines that differ only in
/// numbers, times, ids or hashes share a template.
pub fn template(line: &str) -> u64 {
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_hexdigit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
                i += 1;
            }
            let run = &bytes[start..i];
            let has_digit = run.iter().any(u8::is_ascii_digit);
            if has_digit && (run.len() >= 6 || run.iter().all(u8::is_ascii_digit)) {
                hasher.byte(0);
            } else {
                run.iter().for_each(|&b| hasher.byte(b));
            }
            continue;
        }
        hasher.byte(b);
        i += 1;
    }
    hasher.0
}

/// FNV-1a: fast, and stable across runs and platforms (templates only group lines).
struct Fnv(u64);

impl Fnv {
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
}

/// FNV-1a as a `Hasher`, for the compressors' internal maps: keys are the tool output's own
/// paths and values, and an unkeyed hash is faster than SipHash there.
#[derive(Clone, Copy, Debug)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_ignore_numbers_and_hashes() {
        assert_eq!(template("took 12ms at 2024-01-01 id=deadbeef01"), template("took 7ms at 2025-11-30 id=0123abcdef"));
        assert_ne!(template("connected"), template("disconnected"));
    }

    #[test]
    fn classifies_lines() {
        assert!(is_warning("foo.c:1:2: warning: unused variable"));
        assert!(is_summary("test result: FAILED. 3 passed; 1 failed"));
        assert!(is_summary("116 runs, 259 assertions, 0 failures, 1 errors, 0 skips"));
        assert!(is_error("thread 'main' panicked at src/main.rs:2:5"));
        assert!(is_error("Traceback (most recent call last):"));
        assert!(is_trace_continuation("  File \"x.py\", line 3, in <module>"));
        assert!(!is_error("Installing: libfoo-1.2.3.x86_64"));
        assert!(!is_error("Running `rustc --crate-name app --error-format=json src/main.rs`"));
        assert!(is_trace_continuation("6 |     let x: u32 = port;"));
    }
}
