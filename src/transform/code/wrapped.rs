//! Splitting a file that is one class or module all through (most Java, many Ruby, Python,
//! TypeScript and C++ files): no top-level line splits it, so it is split between two of the
//! wrapper's members, and each half is parsed with the wrapper's opening line (the first half
//! also with its closing lines) as tree-sitter included ranges. The halves' trees keep the
//! whole file's coordinates; each owns only its own lines.

use std::ops::Range;

use super::elide::error_count;
use super::lang::Lang;
use super::parts::{Part, Wrap, parse};

/// Words that open a class-like wrapper.
const WRAPPERS: [&str; 10] =
    ["class", "interface", "enum", "namespace", "module", "impl", "trait", "struct", "object", "mod"];

/// Where a wrapped file splits: the wrapper's opening line, the member line the second half
/// starts at, and the first of the wrapper's closing lines (if it has any: Python's has not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrappedSplit {
    header: usize,
    split: usize,
    closing: Option<usize>,
}

/// The first member line past the middle (after a blank line, at the wrapper's first
/// indentation) of a file whose every line after the wrapper's opening line — the last
/// unindented line before the middle — is inside it, up to its closing lines.
pub fn split(lines: &[&str]) -> Option<WrappedSplit> {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let total: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut middle = 0;
    let mut byte = 0;
    while middle < lines.len() && byte < total / 2 {
        byte += lines[middle].len() + 1;
        middle += 1;
    }
    let header = (0..middle).rev().find(|&r| !lines[r].trim().is_empty() && indent(lines[r]) == 0)?;
    // Only a class-like wrapper: a split inside a function body would cut one body in two.
    let opens = lines[header].trim_end();
    let wrapper = opens.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').any(|word| WRAPPERS.contains(&word));
    let comment = ["//", "/*", "*", "#"].iter().any(|c| opens.starts_with(c));
    if comment || !wrapper || opens.contains('(') && !opens.starts_with("class ") {
        return None;
    }
    let member = lines[header + 1..].iter().find(|l| !l.trim().is_empty()).map(|l| indent(l))?;
    let starts_member = |line: &str| {
        line.trim_start().starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '@' | '#' | '/' | '_'))
    };
    let split = (middle.max(header + 1)..lines.len())
        .find(|&r| lines[r - 1].trim().is_empty() && indent(lines[r]) == member && starts_member(lines[r]))?;
    let mut closing = None;
    for (row, line) in lines.iter().enumerate().skip(header + 1) {
        match (line.trim(), indent(line)) {
            ("", _) => {}
            (trimmed, 0) if row > split && (trimmed.starts_with('}') || trimmed == "end") => {
                closing = closing.or(Some(row));
            }
            (_, 0) => return None,
            _ if closing.is_some() => return None,
            _ => {}
        }
    }
    Some(WrappedSplit { header, split, closing })
}

/// The split of a file whose code is one namespace all through with its members unindented,
/// as C++ is written: `namespace a {` at column 0 with nothing open before it, then a member
/// line past the middle at column 0 after a blank line where the namespace's brace is the only
/// one open, and the `}` that closes it as the last line of code. Braces are counted without
/// regard to strings and comments: a count they throw off makes a half fail to parse cleanly,
/// and the file is then parsed whole.
pub fn split_namespace(lines: &[&str]) -> Option<WrappedSplit> {
    let total: usize = lines.iter().map(|l| l.len() + 1).sum();
    let is_code = |line: &str| !line.trim().is_empty() && !line.trim_start().starts_with("//");
    let mut depth = 0;
    let mut byte = 0;
    let (mut header, mut split) = (None, None);
    for (row, line) in lines.iter().enumerate() {
        let before = depth;
        depth += braces(line);
        match header {
            None if before == 0 && depth == 1 && line.starts_with("namespace ") && line.trim_end().ends_with('{') => {
                header = Some(row);
            }
            None if depth != 0 => return None,
            None => {}
            Some(_) if depth <= 0 => {
                let rest_is_code = lines[row + 1..].iter().any(|l| is_code(l));
                return (depth == 0 && line.starts_with('}') && !rest_is_code).then_some(WrappedSplit {
                    header: header?,
                    split: split?,
                    closing: Some(row),
                });
            }
            Some(_) => {
                let member = line.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '_'));
                if split.is_none() && before == 1 && byte >= total / 2 && lines[row - 1].trim().is_empty() && member {
                    split = Some(row);
                }
            }
        }
        byte += line.len() + 1;
    }
    None
}

/// How many more `{` than `}` are in `line`.
pub fn braces(line: &str) -> isize {
    line.bytes().map(|b| isize::from(b == b'{') - isize::from(b == b'}')).sum()
}

/// Parses the two halves of a wrapped file side by side; `None` unless both parse cleanly.
pub fn parse_halves<T: Send>(
    lang: Lang,
    source: &str,
    at: WrappedSplit,
    work: &(impl Fn(&Part) -> T + Sync),
) -> Option<Vec<(Part, T)>> {
    let starts: Vec<usize> = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_start = |row: usize| starts.get(row).copied().unwrap_or(source.len());
    let (split, end) = (line_start(at.split), source.len());
    let closing = at.closing.map_or(end, line_start);
    let mut first_ranges = Vec::with_capacity(2);
    first_ranges.push(0..split);
    if closing < end {
        first_ranges.push(closing..end);
    }
    let halves = [
        (0..at.split, first_ranges),
        (at.split..usize::MAX, vec![line_start(at.header)..line_start(at.header + 1), split..end]),
    ];
    let half = |(rows, ranges): (Range<usize>, Vec<Range<usize>>)| {
        let tree = parse(lang, source, None, &ranges)?;
        let part = Part { row: 0, byte: 0, errors: error_count(&tree), tree, wrap: Some(Wrap { rows, ranges }) };
        (part.errors == 0).then(|| {
            let done = work(&part);
            (part, done)
        })
    };
    let [first, second] = halves;
    let (first, second) = std::thread::scope(|scope| {
        let first = scope.spawn(|| half(first));
        let second = half(second);
        (first.join().ok().flatten(), second)
    });
    Some(vec![first?, second?])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::code::elide::{Threshold, candidates};
    use crate::transform::code::parts::{SPLIT_BYTES, parse_parts, parses_as_well};
    use tree_sitter::{InputEdit, Point};

    fn java_class(methods: usize) -> String {
        // A blank line inside each body: the split must still fall between members.
        let method = |i: usize| {
            format!(
                "    /** Reads {i}. */\n    public int read{i}(int x) {{\n        int y = x + {i};\n\n        y *= 2;\n        return y;\n    }}\n"
            )
        };
        let body: Vec<String> = (0..methods).map(method).collect();
        format!("package p;\n\nimport java.io.Reader;\n\npublic class Big {{\n{}}}\n", body.join("\n"))
    }

    #[test]
    fn a_file_that_is_one_class_splits_between_its_members() {
        let source = java_class(40);
        let lines: Vec<&str> = source.split('\n').collect();
        let at = split(&lines).expect("a member line past the middle");
        assert_eq!((at.header, lines[at.header]), (4, "public class Big {"));
        assert!(lines[at.split].starts_with("    /** Reads") && lines[at.split - 1].is_empty());
        assert_eq!(at.closing.map(|r| lines[r]), Some("}"));

        let python = format!("class Big:\n{}", "    def f(self):\n        return 1\n\n".repeat(20));
        let lines: Vec<&str> = python.split('\n').collect();
        assert_eq!(split(&lines).map(|at| (at.header, at.closing)), Some((0, None)));
    }

    #[test]
    fn no_wrapped_split_inside_a_function_or_before_top_level_code() {
        let function = format!("function big() {{\n{}}}\n", "  let a = 1;\n\n".repeat(40));
        assert_eq!(split(&function.split('\n').collect::<Vec<_>>()), None);
        let trailing = format!("{}\nint after = 1;\n", java_class(10));
        assert_eq!(split(&trailing.split('\n').collect::<Vec<_>>()), None);
        let c_function = format!("void f(struct s *x) {{\n{}}}\n", "  x->a = 1;\n\n".repeat(40));
        assert_eq!(split(&c_function.split('\n').collect::<Vec<_>>()), None);
    }

    #[test]
    fn an_unindented_namespace_splits_between_its_members() {
        let member = |i: usize| format!("int run_{i}(int x) {{\n  int y = x + {i};\n\n  return y * 2;\n}}\n\n");
        let body: String = (0..40).map(member).collect();
        let source = format!("#include <vector>\n\nnamespace big {{\n\n{body}}} // namespace big\n");
        let lines: Vec<&str> = source.split('\n').collect();
        let at = split_namespace(&lines).expect("a member line past the middle");
        assert_eq!((at.header, lines[at.header]), (2, "namespace big {"));
        assert!(lines[at.split].starts_with("int run_") && lines[at.split - 1].is_empty());
        assert_eq!(at.closing.map(|r| lines[r]), Some("} // namespace big"));
        let after = format!("{source}int after = 1;\n");
        assert_eq!(split_namespace(&after.split('\n').collect::<Vec<_>>()), None, "code after the namespace");
        let nested = source.replace("namespace big {", "namespace big { namespace inner {");
        assert_eq!(split_namespace(&nested.split('\n').collect::<Vec<_>>()), None, "two braces open");
    }

    /// Candidates found as `(first, last)` lines, on the halves when the file splits.
    fn found(lang: Lang, source: &str) -> (usize, Vec<(usize, usize)>) {
        let lines: Vec<&str> = source.split('\n').collect();
        let parts = parse_parts(lang, source, &lines, |part| {
            let (found, _) = candidates(&part.tree, lang, &source[part.byte..], Threshold::lines(3));
            let found = found.into_iter().map(|c| (c.first + part.row, c.last + part.row));
            found.filter(|&(first, last)| part.owns(first, last)).collect::<Vec<_>>()
        })
        .unwrap();
        (parts.len(), parts.into_iter().flat_map(|(_, found)| found).collect())
    }

    /// `member(i)` repeated inside `open` … `close` until the file is large enough to split.
    fn wrapped(open: &str, member: impl Fn(usize) -> String, close: &str) -> String {
        let mut text = open.to_owned();
        let mut i = 0;
        while text.len() < SPLIT_BYTES + 4096 {
            text.push_str(&member(i));
            i += 1;
        }
        text + close
    }

    #[test]
    fn halves_of_a_wrapped_file_find_what_the_whole_finds() {
        let gson = include_str!("../../../tests/fixtures/code/JsonReader.java");
        let python = wrapped(
            "import os\n\n\nclass Big:\n    \"\"\"A big class.\"\"\"\n\n",
            |i| {
                format!(
                    "    def run_{i}(self, x):\n        \"\"\"Runs {i}.\"\"\"\n        y = x + {i}\n\n        y *= 2\n        return y\n\n"
                )
            },
            "",
        );
        let ruby = wrapped(
            "module Big\n",
            |i| format!("  def run_{i}(x)\n    y = x + {i}\n\n    y *= 2\n    y\n  end\n\n"),
            "end\n",
        );
        let ts = wrapped(
            "import { x } from './x'\n\nexport class Big {\n",
            |i| format!("  run{i}(x: number): number {{\n    const y = x + {i}\n\n    return y * 2\n  }}\n\n"),
            "}\n",
        );
        let cpp = wrapped(
            "#include <vector>\n\nnamespace big {\n",
            |i| format!("  int run_{i}(int x) {{\n    int y = x + {i};\n\n    return y * 2;\n  }}\n\n"),
            "}  // namespace big\n",
        );
        let unindented = wrapped(
            "#include <vector>\n\nnamespace big {\n\n",
            |i| format!("int run_{i}(int x) {{\n  int y = x + {i};\n\n  return y * 2;\n}}\n\n"),
            "} // namespace big\n",
        );
        let java = java_class(SPLIT_BYTES / 100);
        for (lang, source) in [
            (Lang::Java, java.as_str()),
            (Lang::Java, gson),
            (Lang::Python, &python),
            (Lang::Ruby, &ruby),
            (Lang::TypeScript, &ts),
            (Lang::Cpp, &cpp),
            (Lang::Cpp, &unindented),
        ] {
            let (parts, halves) = found(lang, source);
            assert_eq!(parts, 2, "{lang:?}: the wrapper is parsed in two halves");
            let whole = parse(lang, source, None, &[]).unwrap();
            let whole: Vec<(usize, usize)> = candidates(&whole, lang, source, Threshold::lines(3))
                .0
                .into_iter()
                .map(|c| (c.first, c.last))
                .collect();
            assert_eq!(halves, whole, "{lang:?}");
            assert!(whole.len() > 30, "{lang:?}: {} candidates", whole.len());
        }
    }

    #[test]
    fn the_check_re_parses_each_wrapped_half() {
        let source = java_class(SPLIT_BYTES / 100);
        let lines: Vec<&str> = source.split('\n').collect();
        let parts = || -> Vec<Part> {
            parse_parts(Lang::Java, &source, &lines, |_| ()).unwrap().into_iter().map(|(p, _)| p).collect()
        };
        // Drop one line: the last method's closing brace (a broken output), or a body line.
        let cut = |row: usize| {
            let start: usize = lines[..row].iter().map(|l| l.len() + 1).sum();
            let end = start + lines[row].len() + 1;
            let output = format!("{}{}", &source[..start], &source[end..]);
            let edit = InputEdit {
                start_byte: start,
                old_end_byte: end,
                new_end_byte: start,
                start_position: Point::new(row, 0),
                old_end_position: Point::new(row + 1, 0),
                new_end_position: Point::new(row, 0),
            };
            parses_as_well(Lang::Java, parts(), &output, &[edit])
        };
        assert!(parts().iter().all(|p: &Part| p.wrap.is_some()), "checked as two wrapped halves");
        let last_brace = lines.iter().rposition(|l| *l == "    }").unwrap();
        assert!(!cut(last_brace), "a method left open is caught in the second half");
        let first_brace = lines.iter().position(|l| *l == "    }").unwrap();
        assert!(!cut(first_brace), "and in the first");
        assert!(cut(last_brace - 1), "a body line less still parses");
    }
}
