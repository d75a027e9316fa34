//! Telling what kind of text a tool output is, from its content and the tool's name.

use serde::de::IgnoredAny;

use super::Kind;

/// Detects the kind of `text`; `tool_name` breaks ties (a `grep` tool's output is search hits).
///
/// ```
/// use headroom::transform::{Kind, detect};
/// assert_eq!(detect("{\"a\": [1, 2]}", None), Kind::Json);
/// assert_eq!(detect("src/a.rs:10:fn main() {}\nsrc/b.rs:3:use x;", None), Kind::Search);
/// assert_eq!(detect("diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b", None), Kind::Diff);
/// ```
pub fn detect(text: &str, tool_name: Option<&str>) -> Kind {
    detect_with_args(text, tool_name, None)
}

/// Like [`detect`], with the call's arguments: a file path in them names the kind when the
/// content agrees it is not structured data (`cat -n src/lib.rs` is code, `CHANGELOG.md` prose).
pub fn detect_with_args(text: &str, tool_name: Option<&str>, tool_args: Option<&str>) -> Kind {
    let head = head(text, 4096);
    let trimmed = head.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('[')) && is_json(text) {
        return Kind::Json;
    }
    if is_json_lines(text) {
        return Kind::Json;
    }
    let lines: Vec<&str> = head.lines().take(50).collect();
    if !lines.is_empty() && lines.iter().filter(|l| is_blame_line(l)).count() * 10 >= lines.len() * 8 {
        return Kind::Log;
    }
    if let Some(kind) = tool_args.and_then(kind_from_path).filter(|&k| k != Kind::Json || is_json(text)) {
        return kind;
    }
    let lower = trimmed.get(..trimmed.len().min(512)).unwrap_or(trimmed).to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && lower.contains("<head"))
    {
        return Kind::Html;
    }
    let sample: Vec<&str> = head.lines().take(200).collect();
    if is_diff(&sample) {
        return Kind::Diff;
    }
    let non_empty = sample.iter().filter(|l| !l.trim().is_empty()).count().max(1);
    let hits = sample.iter().filter(|l| is_search_hit(l)).count();
    let searchy_tool = tool_name.is_some_and(|t| {
        let t = t.to_ascii_lowercase();
        t.contains("grep") || t.contains("search") || t == "rg"
    });
    if hits * 10 >= non_empty * 6 || (searchy_tool && hits * 2 >= non_empty) {
        return Kind::Search;
    }
    let code = sample.iter().filter(|l| is_code_line(l)).count();
    if code * 10 >= non_empty * 3 && sample.len() >= 5 {
        return Kind::Code;
    }
    let prose = sample.iter().filter(|l| is_prose_line(l)).count();
    if prose * 2 >= non_empty {
        return Kind::Text;
    }
    if sample.len() >= 5 { Kind::Log } else { Kind::Text }
}

/// The kind a file extension in the call's arguments names, if any.
fn kind_from_path(args: &str) -> Option<Kind> {
    let mut found = None;
    for ext in extensions(args) {
        let kind = match ext.to_ascii_lowercase().as_str() {
            "rs" | "py" | "go" | "java" | "kt" | "js" | "jsx" | "mjs" | "ts" | "tsx" | "c" | "h" | "cc" | "cpp"
            | "hpp" | "cs" | "rb" | "php" | "swift" | "scala" | "lua" | "sh" | "zig" => Kind::Code,
            "md" | "markdown" | "rst" | "txt" | "adoc" => Kind::Text,
            "html" | "htm" => Kind::Html,
            "json" | "jsonl" | "ndjson" => Kind::Json,
            "log" | "out" => Kind::Log,
            "diff" | "patch" => Kind::Diff,
            _ => continue,
        };
        found = Some(kind);
    }
    found
}

/// The file extensions of the paths named in a call's arguments, in order.
pub(crate) fn extensions(args: &str) -> impl DoubleEndedIterator<Item = &str> {
    args.split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '{' | '}' | '[' | ']' | '=' | '`'))
        .filter_map(|token| token.rsplit_once('.'))
        .filter(|(stem, _)| !stem.is_empty() && !stem.ends_with('/'))
        .map(|(_, ext)| ext)
}

fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn is_json(text: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(text).is_ok()
}

fn is_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    if lines.peek().is_none() {
        return false;
    }
    let mut count = 0;
    for line in lines {
        let t = line.trim();
        if !(t.starts_with('{') && t.ends_with('}') && is_json(t)) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

fn is_diff(lines: &[&str]) -> bool {
    let has = |p: &str| lines.iter().any(|l| l.starts_with(p));
    has("diff --git ") || (has("--- ") && has("+++ ") && has("@@ "))
}

/// `path:line:text` or `path:line:col:text`, as grep -n, rg and git grep print.
pub(crate) fn is_search_hit(line: &str) -> bool {
    let line = line.strip_prefix("HEAD:").unwrap_or(line);
    let mut parts = line.splitn(3, ':');
    let (Some(path), Some(num), Some(_)) = (parts.next(), parts.next(), parts.next()) else { return false };
    !path.is_empty()
        && !path.contains(' ')
        && (path.contains('.') || path.contains('/'))
        && !num.is_empty()
        && num.bytes().all(|b| b.is_ascii_digit())
}

/// `git blame` output: `hash (Author date line)`, which reads as a listing, not as code.
fn is_blame_line(line: &str) -> bool {
    let Some((hash, rest)) = line.trim_start_matches('^').split_once(' ') else { return false };
    hash.len() >= 7 && hash.bytes().all(|b| b.is_ascii_hexdigit()) && (rest.starts_with('(') || rest.contains(" ("))
}

fn is_code_line(line: &str) -> bool {
    let t = line.trim_start();
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['\t', '→', '|', ' ']);
    const STARTS: &[&str] = &[
        "* ",
        "/**",
        "#!",
        "#define",
        "#if",
        "#endif",
        "import(",
        "case ",
        "switch",
        "while ",
        "try ",
        "catch",
        "else",
        "throw ",
        "package(",
        "fn ",
        "pub ",
        "use ",
        "impl ",
        "struct ",
        "enum ",
        "def ",
        "class ",
        "import ",
        "from ",
        "func ",
        "package ",
        "return ",
        "if (",
        "if ",
        "for ",
        "} else",
        "#include",
        "const ",
        "let ",
        "var ",
        "public ",
        "private ",
        "protected ",
        "static ",
        "export ",
        "@",
        "//",
        "/*",
        " *",
        "*/",
        "#[",
        "async ",
        "type ",
        "interface ",
    ];
    let ends = t.ends_with('{') || t.ends_with('}') || t.ends_with(';') || t.ends_with("):") || t.ends_with(')');
    STARTS.iter().any(|s| t.starts_with(s)) || (ends && !t.contains(": ") && t.len() > 1)
}

fn is_prose_line(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('#') || t.starts_with("- ") || t.starts_with("* ") {
        return true;
    }
    let words = t.split_whitespace().count();
    words >= 8 && t.chars().filter(|c| c.is_alphabetic() || *c == ' ').count() * 10 >= t.chars().count() * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_kinds_apart() {
        assert_eq!(detect("{\"a\":1}\n{\"a\":2}\n", None), Kind::Json);
        assert_eq!(detect("<!DOCTYPE html><html><body>x</body></html>", None), Kind::Html);
        let log =
            "2024-01-01 INFO start\n2024-01-01 INFO step 1\n2024-01-01 WARN slow\n2024-01-01 ERROR failed: x\nexit 1\n";
        assert_eq!(detect(log, None), Kind::Log);
        let code = "use std::io;\n\npub fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n";
        assert_eq!(detect(code, None), Kind::Code);
        let prose = "# Title\n\nThis is a paragraph of ordinary English prose that explains something.\nAnother sentence follows here with more words in it.\n";
        assert_eq!(detect(prose, None), Kind::Text);
    }
}
