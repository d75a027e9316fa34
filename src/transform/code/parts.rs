//! Parsing: one tree for a file, or two halves parsed side by side when the file is large.
//!
//! A large file is split at a line that starts a top-level item after a blank line. The split
//! stands only if the first half's last top-level item parses without error — a split inside
//! a string, a comment, a bracket or a block leaves that item unterminated — otherwise the
//! whole file is parsed as one. No elision crosses the split, so each half is checked on its own.
//!
//! A file that is one class or module all through has no such line: [`wrapped`] splits it
//! between two of the wrapper's members instead, and keeps the halves only if both parse
//! cleanly.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::{ControlFlow, Range};

use tree_sitter::{InputEdit, ParseOptions, Parser, Point, Tree};

use super::elide::error_count;
use super::lang::Lang;
use super::wrapped;

/// Files at least this large are parsed in two halves on two threads.
pub const SPLIT_BYTES: usize = 24 << 10;
/// Parsing stops (and the block is kept) after this many progress reports per KiB of source
/// (tree-sitter reports every 100 operations), plus [`BASE_WORK`]. Source files take 4–11 a KiB
/// and the costliest of 506 broken inputs in the `code` fuzz corpus 28. Work, not time: a
/// wall-clock budget refused a block on one call and compressed it on the next when the machine
/// was busy (found by the `code` target under load), and the same bytes must compress the same
/// way on every replica. The request's deadline still bounds the wait.
const WORK_PER_KIB: u64 = 64;
/// Progress reports every parse may use, however short its source.
const BASE_WORK: u64 = 1024;

/// A stretch of the source parsed on its own.
pub struct Part {
    /// Its first line and byte in the whole source.
    pub row: usize,
    pub byte: usize,
    pub tree: Tree,
    /// Syntax errors in it before any elision.
    pub errors: usize,
    /// For a half of a wrapped file: the lines it owns and the byte ranges its tree was parsed
    /// from (its coordinates are then the whole file's: `row` and `byte` are 0).
    pub wrap: Option<Wrap>,
}

/// What a half of a wrapped file holds besides its own lines.
pub struct Wrap {
    pub rows: Range<usize>,
    pub ranges: Vec<Range<usize>>,
}

impl Part {
    /// Whether lines `first..=last` are this part's to elide.
    pub fn owns(&self, first: usize, last: usize) -> bool {
        self.wrap.as_ref().is_none_or(|w| w.rows.contains(&first) && w.rows.contains(&last))
    }
}

/// Parses `source` (whose lines are `lines`) into one part, or two for a large file, and
/// runs `work` on each part on the thread that parsed it.
pub fn parse_parts<T: Send>(
    lang: Lang,
    source: &str,
    lines: &[&str],
    work: impl Fn(&Part) -> T + Sync,
) -> Option<Vec<(Part, T)>> {
    let part = |row: usize, byte: usize, tree: Tree| Part { row, byte, errors: error_count(&tree), tree, wrap: None };
    if source.len() >= SPLIT_BYTES {
        let braces = lang.uses_braces();
        if let Some((row, byte)) = split_point(lines, braces) {
            let (first, second) = std::thread::scope(|scope| {
                let first = scope.spawn(|| {
                    let first = part(0, 0, parse(lang, &source[..byte], None, &[])?);
                    // Work on a first half that does not end cleanly would be thrown away.
                    let done = ends_cleanly(&first.tree).then(|| work(&first))?;
                    Some((first, done))
                });
                let second = parse(lang, &source[byte..], None, &[]).map(|tree| part(row, byte, tree));
                let second = second.map(|second| {
                    let done = work(&second);
                    (second, done)
                });
                (first.join().ok().flatten(), second)
            });
            if let (Some(first), Some(second)) = (first, second) {
                return Some(vec![first, second]);
            }
        } else if let Some(halves) = wrapped::split(lines)
            .or_else(|| braces.then(|| wrapped::split_namespace(lines)).flatten())
            .and_then(|at| wrapped::parse_halves(lang, source, at, &work))
        {
            return Some(halves);
        }
    }
    let whole = part(0, 0, parse(lang, source, None, &[])?);
    let done = work(&whole);
    Some(vec![(whole, done)])
}

/// Whether a first half closes everything it opened: its last top-level item has no error.
fn ends_cleanly(tree: &Tree) -> bool {
    let root = tree.root_node();
    let count = root.child_count();
    !root.is_error() && count > 0 && root.child(count - 1).is_some_and(|last| !last.has_error() && !last.is_missing())
}

/// The first line past the middle that starts at column 0 after a blank line, with its byte
/// offset. In a language of braces the line must also come after as many `}` as `{`: a line
/// at column 0 inside an unindented block (a C++ namespace, say) would leave the first half
/// open, and its parse would be thrown away. Braces in strings and comments are counted too;
/// a count they throw off costs only the split, never the check.
fn split_point(lines: &[&str], braces: bool) -> Option<(usize, usize)> {
    let total: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut byte = 0;
    let mut depth: isize = 0;
    for (row, line) in lines.iter().enumerate() {
        // Ruby's closing `end` starts no item: a split there always falls back.
        let starts_item = line.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '@' | '#' | '/' | '_'))
            && line.trim_end() != "end";
        let balanced = !braces || depth == 0;
        if byte >= total / 2 && row > 0 && lines[row - 1].trim().is_empty() && starts_item && balanced {
            return Some((row, byte));
        }
        if braces {
            depth += wrapped::braces(line);
        }
        byte += line.len() + 1;
    }
    None
}

/// Whether each part of `output` parses with no more errors than the part had, re-parsing
/// incrementally from the part's tree with `edits` (in source coordinates, sorted) applied
/// when the part parsed cleanly, afresh when it did not.
pub fn parses_as_well(lang: Lang, parts: Vec<Part>, output: &str, edits: &[InputEdit]) -> bool {
    let mut jobs = if parts.iter().any(|p| p.wrap.is_some()) {
        wrapped_checks(parts, output.len(), edits)
    } else {
        sliced_checks(parts, output, edits)
    };
    // Each part's edits are applied on the thread that re-parses it: on a large file with
    // many top-level items an edit walks the root's children, so they add up. In a part that
    // already has errors nothing with an error in it is reused: error recovery depends on the
    // parse's history, and an incremental re-parse that reuses a broken item can count fewer
    // errors than a fresh parse of the same output (found by the `code` fuzz target). Its
    // broken top-level items and their neighbours are parsed afresh, or the whole part when
    // they are most of it.
    let check = |mut job: Check| {
        let fresh = match job.errors {
            0 => Some(Vec::new()),
            _ => broken_items(&job.tree),
        };
        let old = fresh.map(|fresh| {
            fresh.iter().chain(&job.edits).for_each(|edit| job.tree.edit(edit));
            &job.tree
        });
        output
            .get(job.text)
            .and_then(|text| parse(lang, text, old, &job.ranges))
            .is_some_and(|t| error_count(&t) <= job.errors)
    };
    let ok = match jobs.len() {
        2 => {
            let second = jobs.pop().expect("two jobs");
            let first = jobs.pop().expect("two jobs");
            std::thread::scope(|scope| {
                let handle = scope.spawn(|| check(first));
                let second_ok = check(second);
                handle.join().unwrap_or(false) && second_ok
            })
        }
        _ => jobs.into_iter().all(check),
    };
    if !ok {
        crate::metrics::global().rejections.inc("parse");
        tracing::warn!(lang = lang.name(), "elided code no longer parses; original kept");
    }
    ok
}

/// Edits that change nothing but mark each top-level item of `tree` that has an error, and the
/// items either side of it, as changed: a re-parse then parses them afresh and reuses only
/// clean items away from any error. `None` when that would be most of the tree.
fn broken_items(tree: &Tree) -> Option<Vec<InputEdit>> {
    let root = tree.root_node();
    let mut cursor = root.walk();
    let items: Vec<tree_sitter::Node<'_>> = root.children(&mut cursor).collect();
    let mut spans: Vec<(tree_sitter::Node<'_>, tree_sitter::Node<'_>)> = Vec::new();
    for i in (0..items.len()).filter(|&i| items[i].has_error() || items[i].is_missing()) {
        let (first, last) = (items[i.saturating_sub(1)], items[(i + 1).min(items.len() - 1)]);
        match spans.last_mut() {
            Some((_, end)) if first.start_byte() <= end.end_byte() => *end = last,
            _ => spans.push((first, last)),
        }
    }
    let dirty: usize = spans.iter().map(|(first, last)| last.end_byte() - first.start_byte()).sum();
    if root.is_error() || spans.is_empty() || dirty * 2 > root.end_byte() {
        return None;
    }
    let edit = |(first, last): &(tree_sitter::Node<'_>, tree_sitter::Node<'_>)| InputEdit {
        start_byte: first.start_byte(),
        old_end_byte: last.end_byte(),
        new_end_byte: last.end_byte(),
        start_position: first.start_position(),
        old_end_position: last.end_position(),
        new_end_position: last.end_position(),
    };
    Some(spans.iter().map(edit).collect())
}

/// One re-parse of the check: `tree` with `edits` applied (back to front, in the tree's
/// coordinates) against `text` of the output, or only its `ranges` (relative to `text`).
struct Check {
    tree: Tree,
    edits: Vec<InputEdit>,
    text: Range<usize>,
    ranges: Vec<Range<usize>>,
    errors: usize,
}

/// The halves of a wrapped file, each re-parsed from the whole output: every edit moves its
/// tree (the other half's edits lie between or before its ranges), and its ranges move with
/// the edits before them.
fn wrapped_checks(parts: Vec<Part>, output_len: usize, edits: &[InputEdit]) -> Vec<Check> {
    let moved = |byte: usize| {
        let before = edits.iter().filter(|e| e.old_end_byte <= byte);
        let at = before.fold(byte as isize, |at, e| at + e.new_end_byte as isize - e.old_end_byte as isize);
        at.clamp(0, output_len as isize) as usize
    };
    parts
        .into_iter()
        .map(|part| {
            let ranges = part.wrap.map(|w| w.ranges).unwrap_or_default();
            Check {
                tree: part.tree,
                edits: edits.iter().rev().copied().collect(),
                text: 0..output_len,
                ranges: ranges.iter().map(|r| moved(r.start)..moved(r.end)).collect(),
                errors: part.errors,
            }
        })
        .collect()
}

/// Each part against its own stretch of the output.
fn sliced_checks(parts: Vec<Part>, output: &str, edits: &[InputEdit]) -> Vec<Check> {
    let ends: Vec<usize> = parts.iter().skip(1).map(|p| p.byte).chain([usize::MAX]).collect();
    let mut out_start = 0;
    let mut jobs = Vec::with_capacity(parts.len());
    for (part, end) in parts.into_iter().zip(ends) {
        let own: Vec<&InputEdit> = edits.iter().filter(|e| e.start_byte >= part.byte && e.start_byte < end).collect();
        // A placeholder may be longer than the lines it stands for: sizes change either way.
        let growth: isize = own.iter().map(|e| e.new_end_byte as isize - e.old_end_byte as isize).sum();
        let out_end = if end == usize::MAX {
            output.len()
        } else {
            (out_start as isize + (end - part.byte) as isize + growth).clamp(out_start as isize, output.len() as isize)
                as usize
        };
        // Back to front, every edit's coordinates are still those of the source.
        let own: Vec<InputEdit> = own.iter().rev().map(|edit| local(edit, part.byte, part.row)).collect();
        jobs.push(Check {
            tree: part.tree,
            edits: own,
            text: out_start..out_end,
            ranges: Vec::new(),
            errors: part.errors,
        });
        out_start = out_end;
    }
    jobs
}

fn local(edit: &InputEdit, byte: usize, row: usize) -> InputEdit {
    let point = |p: Point| Point::new(p.row - row, p.column);
    InputEdit {
        start_byte: edit.start_byte - byte,
        old_end_byte: edit.old_end_byte - byte,
        new_end_byte: edit.new_end_byte - byte,
        start_position: point(edit.start_position),
        old_end_position: point(edit.old_end_position),
        new_end_position: point(edit.new_end_position),
    }
}

thread_local! {
    static PARSERS: RefCell<HashMap<Lang, Parser>> = RefCell::new(HashMap::new());
}

/// Parses `source` (reusing what `old` has not marked as edited; only the byte `ranges` of it
/// when there are any), giving up past the work budget for its length ([`WORK_PER_KIB`]).
pub fn parse(lang: Lang, source: &str, old: Option<&Tree>, ranges: &[Range<usize>]) -> Option<Tree> {
    parse_within(lang, source, old, ranges, BASE_WORK + WORK_PER_KIB * (source.len() as u64 >> 10))
}

/// [`parse`] with a budget of `budget` progress reports.
fn parse_within(lang: Lang, source: &str, old: Option<&Tree>, ranges: &[Range<usize>], budget: u64) -> Option<Tree> {
    PARSERS.with_borrow_mut(|parsers| {
        let parser = match parsers.entry(lang) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let mut parser = Parser::new();
                parser.set_language(&lang.grammar()).ok()?;
                e.insert(parser)
            }
        };
        let mut reports = 0;
        let mut over_budget = |_: &tree_sitter::ParseState| {
            reports += 1;
            if reports > budget { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        };
        if !ranges.is_empty() {
            let ranges: Vec<tree_sitter::Range> = ranges
                .iter()
                .map(|r| tree_sitter::Range {
                    start_byte: r.start,
                    end_byte: r.end,
                    start_point: point_at(source, r.start),
                    end_point: point_at(source, r.end),
                })
                .collect();
            parser.set_included_ranges(&ranges).ok()?;
        }
        let bytes = source.as_bytes();
        let tree = parser.parse_with_options(
            &mut |at, _| bytes.get(at..).unwrap_or_default(),
            old,
            Some(ParseOptions::new().progress_callback(&mut over_budget)),
        );
        if tree.is_none() {
            parser.reset();
            crate::metrics::global().rejections.inc("budget");
            tracing::warn!(lang = lang.name(), bytes = source.len(), "code parse over its work budget; block kept");
        }
        if !ranges.is_empty() {
            // The parser is reused: back to whole documents.
            let _ = parser.set_included_ranges(&[]);
        }
        tree
    })
}

/// The row and byte column of `byte` in `text`.
fn point_at(text: &str, byte: usize) -> Point {
    let before = &text.as_bytes()[..byte.min(text.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    Point::new(before.iter().filter(|&&b| b == b'\n').count(), before.len() - line_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parse_budget_is_work_so_every_call_decides_alike() {
        let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/code/textwrap.py"))
            .expect("fixture");
        let decisions = |budget| -> Vec<bool> {
            (0..5).map(|_| parse_within(Lang::Python, &file, None, &[], budget).is_some()).collect()
        };
        let needed = (1..10_000).find(|&b| parse_within(Lang::Python, &file, None, &[], b).is_some()).expect("parses");
        assert_eq!(decisions(needed - 1), [false; 5], "one report short is refused every time");
        assert_eq!(decisions(needed), [true; 5], "enough is enough every time");
        // Ordinary source stays far inside the budget of its length.
        let default = BASE_WORK + WORK_PER_KIB * (file.len() as u64 >> 10);
        assert!(needed * 4 < default, "{needed} reports of {default}");
        let megabyte = file.repeat(52);
        assert!(parse(Lang::Python, &megabyte, None, &[]).is_some());
    }

    #[test]
    fn splits_after_a_blank_line_past_the_middle() {
        let lines = ["def a():", "    x = 1", "", "    y = 2", "", "def b():", "    pass", ""];
        assert_eq!(split_point(&lines, false), Some((5, 31)));
        assert_eq!(split_point(&["x = 1", "y = 2"], false), None);
    }

    #[test]
    fn a_split_in_braces_waits_for_them_to_close() {
        let lines = ["namespace a {", "", "int f();", "", "int g();", "}", "", "int h();", ""];
        assert_eq!(split_point(&lines, true), Some((7, 37)));
        assert_eq!(split_point(&lines, false), Some((4, 25)));
        assert_eq!(split_point(&lines[..6], true), None);
    }

    #[test]
    fn a_split_inside_a_string_falls_back_to_one_tree() {
        let body = "    x = 1\n".repeat(SPLIT_BYTES / 10);
        let source = format!("S = \"\"\"\n{body}\ndef inside_the_string():\n{body}\"\"\"\n");
        let lines: Vec<&str> = source.split('\n').collect();
        let parts = parse_parts(Lang::Python, &source, &lines, |_| ()).unwrap();
        assert_eq!(parts.len(), 1, "the split would have cut the string");
        assert_eq!(parts[0].0.errors, 0);

        let source = format!("def a():\n{body}\ndef b():\n{body}");
        let lines: Vec<&str> = source.split('\n').collect();
        assert_eq!(parse_parts(Lang::Python, &source, &lines, |_| ()).unwrap().len(), 2);
    }
}
