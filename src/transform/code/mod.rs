//! Source code: imports, types, signatures, docs and short bodies kept; long function bodies
//! the question does not name replaced by a placeholder that keeps the file parseable.
//!
//! The output is parsed again with the same grammar; if it has more syntax errors than the
//! input had, the original is kept and the rejection counted (reason `parse`).

#[allow(unsafe_code)]
mod alloc;
mod docs;
mod elide;
mod lang;
mod numbered;
mod parts;
mod wrapped;

use std::collections::HashSet;

use tree_sitter::{InputEdit, Point};

pub use self::alloc::parse_with_mimalloc;
use self::elide::{Candidate, Cut, Threshold, candidates};
pub use self::lang::Lang;
use self::lang::Placeholder;
use self::numbered::Lines;
use self::parts::{Part, parse_parts, parses_as_well};
use super::query::{Query, STOPWORDS, word_runs};
use super::{Compressor, Context, Rewrite};
use crate::ccr::marker;

/// Elides long function bodies in Python, JavaScript, TypeScript/TSX, Rust, Go, Java, C, C++
/// and Ruby, keeping everything a reader needs to find their way.
///
/// ```
/// use headroom::transform::{CodeCompressor, Compressor, Context};
///
/// let body: String = (0..30).map(|i| format!("    total += {i};\n")).collect();
/// let source = format!("/// Adds things up.\npub fn sum() -> u32 {{\n    let mut total = 0;\n{body}    total\n}}\n");
/// let call = r#"{"path": "src/sum.rs"}"#;
/// let ctx = Context { tool_args: Some(call), ..Context::bare("0123456789abcdef01234567") };
/// let out = CodeCompressor.compress(&source, &ctx).unwrap();
/// assert!(out.text.starts_with("/// Adds things up.\npub fn sum() -> u32 { /* [… 32 lines omitted"));
/// assert!(out.text.ends_with("returns them] */ }\n"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeCompressor;

/// Bodies and doc tails shorter than this many lines stay (at bias 1)...
const MIN_BODY_LINES: f32 = 3.0;
/// ...unless they have two lines or more with this many bytes besides whitespace (at bias
/// 1): a placeholder costs about ten tokens, such lines twice that and more.
const SHORT_BODY_BYTES: f32 = 80.0;
/// Larger outputs are left alone rather than parsed.
const MAX_BYTES: usize = 8 << 20;

impl CodeCompressor {
    /// The text this compressor parses for tool output `text`: without its line numbers when it
    /// is numbered (`cat -n`, numbered read tools), else `text` itself.
    ///
    /// ```
    /// use headroom::transform::CodeCompressor;
    ///
    /// let shown = "     1\tfn a() {}\n     2\tfn b() {}\n     3\tfn c() {}";
    /// assert_eq!(CodeCompressor::source_of(shown), "fn a() {}\nfn b() {}\nfn c() {}");
    /// assert_eq!(CodeCompressor::source_of("fn a() {}"), "fn a() {}");
    /// ```
    pub fn source_of(text: &str) -> std::borrow::Cow<'_, str> {
        Lines::split(text).source_text(text)
    }
}

impl Compressor for CodeCompressor {
    fn name(&self) -> &'static str {
        "code"
    }

    fn compress(&self, text: &str, ctx: &Context<'_>) -> Option<Rewrite> {
        if text.len() > MAX_BYTES {
            return None;
        }
        let lines = Lines::split(text);
        let source = lines.source_text(text);
        let lang = ctx.tool_args.and_then(Lang::from_args).or_else(|| Lang::detect(&source))?;
        if !scanner_safe(lang, &source) {
            crate::metrics::global().rejections.inc("scanner");
            tracing::warn!(lang = lang.name(), "input the grammar's scanner cannot take; original kept");
            return None;
        }
        let min_lines = (MIN_BODY_LINES * ctx.bias).round().max(2.0) as usize;
        let threshold = Threshold { lines: min_lines, short_bytes: (SHORT_BODY_BYTES * ctx.bias).round() as usize };
        let source: &str = &source;
        let parse = || {
            parse_parts(lang, source, &lines.source, |part| {
                let (src, rows) = (&source[part.byte..], &lines.source[part.row..]);
                let (mut found, comments) = candidates(&part.tree, lang, src, threshold);
                found.extend(docs::candidates(&comments, rows, src, threshold));
                found
                    .into_iter()
                    .map(|c| Candidate { first: c.first + part.row, last: c.last + part.row, ..c })
                    .filter(|c| part.owns(c.first, c.last))
                    .collect()
            })
        };
        let parts = parse()?;
        let errors: usize = parts.iter().map(|(p, _)| p.errors).sum();
        // Many errors mean the text is not (only) this language: leave it to a reader.
        if errors * 50 > lines.source.len() {
            return None;
        }
        let (parts, found): (Vec<_>, Vec<Vec<Candidate<'_>>>) = parts.into_iter().unzip();
        let mut found: Vec<Candidate<'_>> = found.into_iter().flatten().collect();
        found.sort_by_key(|c| c.first);
        let elided = Relevance::new(ctx).elide(found, &lines.source);
        if elided.is_empty() {
            return None;
        }
        let attempt = |elided: &[&Candidate<'_>], parts: Vec<Part>| {
            let (plain, shown, edits) = render(&lines, elided, lang.placeholder(), ctx.retrieve_id);
            parses_as_well(lang, parts, &plain, &edits).then(|| Rewrite { text: shown.unwrap_or(plain), lossy: true })
        };
        let all: Vec<&Candidate<'_>> = elided.iter().collect();
        let bodies: Vec<&Candidate<'_>> = elided.iter().filter(|c| c.cut != Cut::Doc).collect();
        let done = attempt(&all, parts);
        // In a file that parses cleanly, comments put for comments cannot break it. In one that
        // already has errors, error recovery is sensitive to every byte and may fail on the
        // docs' placeholders: the bodies alone are then tried once more, on trees parsed again
        // (rare, and cheaper than cloning trees up front: edits on a shared tree copy every
        // node they touch).
        if done.is_some() || errors == 0 || bodies.is_empty() || bodies.len() == all.len() {
            return done;
        }
        let (parts, _): (Vec<Part>, Vec<Vec<Candidate<'_>>>) = parse()?.into_iter().unzip();
        attempt(&bodies, parts)
    }
}

/// Heredoc words this long or longer are refused for Ruby (see [`scanner_safe`]).
const MAX_HEREDOC_WORD: usize = 200;

/// Whether the grammar's external scanner can take `source`. tree-sitter-ruby 0.23 stores a
/// heredoc word's length in one byte when it saves its state, and its C `assert` aborts the
/// whole process when a word of 256 bytes or more comes back shorter (found by the `code` fuzz
/// target). A Ruby source with a heredoc opener whose word is that long is not parsed at all.
fn scanner_safe(lang: Lang, source: &str) -> bool {
    if lang != Lang::Ruby {
        return true;
    }
    let bytes = source.as_bytes();
    let word_char = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80;
    memchr::memmem::find_iter(bytes, b"<<").all(|at| {
        let mut i = at + 2;
        if matches!(bytes.get(i), Some(b'~' | b'-')) {
            i += 1;
        }
        match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'' | b'`')) => {
                bytes.get(i + 1..).is_some_and(|rest| rest.iter().take(MAX_HEREDOC_WORD).any(|&b| b == quote))
            }
            Some(b) if word_char(b) => bytes[i..].iter().take(MAX_HEREDOC_WORD).any(|b| !word_char(b)),
            _ => true,
        }
    })
}

/// Writes the kept lines: without line numbers (to parse again) and, for numbered output, as
/// shown (with the numbers of the lines that remain). Each elided run becomes one placeholder.
/// Also returns the edits that turn the source into the plain output, in source coordinates,
/// so the check can re-parse incrementally.
fn render(
    lines: &Lines<'_>,
    elided: &[&Candidate<'_>],
    style: Placeholder,
    retrieve_id: &str,
) -> (String, Option<String>, Vec<InputEdit>) {
    let mut plain = Out::default();
    let mut shown = Out::default();
    let numbered = lines.numbered;
    let mut edits = Vec::with_capacity(elided.len());
    let blank = lines.blank_prefix();
    let mut offset = 0;
    let mut row = 0;
    let mut next = elided.iter().peekable();
    // Whether the line before `row` was written as it stands (a body can join it).
    let mut after_verbatim = false;
    while row < lines.source.len() {
        if let Some(cut) = next.next_if(|c| c.first == row) {
            let indent = lines.source[cut.first..=cut.last]
                .iter()
                .find(|l| !l.trim().is_empty())
                .map_or("", |l| &l[..l.len() - l.trim_start().len()]);
            // One full marker per block is enough to find the original; later ones stay short.
            let note = if row == elided[0].first {
                marker(&format!("{} lines", cut.lines()), retrieve_id)
            } else {
                format!("[… {} lines omitted]", cut.lines())
            };
            let next_first = next.peek().map(|c| c.first);
            if let Some(join) = after_verbatim.then(|| joined(lines, cut, style, &note, next_first)).flatten() {
                for out in [&mut plain, &mut shown].into_iter().take(if numbered { 2 } else { 1 }) {
                    out.text.push_str(&join.inserted);
                    out.text.push_str(join.tail);
                }
                let (start, column) = (offset - 1, lines.source[cut.first - 1].len());
                edits.push(InputEdit {
                    start_byte: start,
                    old_end_byte: start + join.old_len,
                    new_end_byte: start + join.inserted.len(),
                    start_position: Point::new(cut.first - 1, column),
                    old_end_position: join.old_end,
                    new_end_position: Point::new(cut.first - 1, column + join.inserted.len()),
                });
                offset = start + join.old_len + join.tail.len() + 1;
                row = join.old_end.row + 1;
                after_verbatim = false;
                continue;
            }
            let placeholder = match (cut.cut, style) {
                (Cut::Doc, _) => format!("{} {note}", docs::leader(lines.source[cut.first])),
                // After a docstring the body is not empty without its statements.
                (_, Placeholder::Ellipsis) if follows_docstring(lines.source[..row].last()) => {
                    format!("{indent}# {note}")
                }
                (_, Placeholder::Ellipsis) => format!("{indent}...  # {note}"),
                (_, Placeholder::HashComment) => format!("{indent}# {note}"),
                (_, Placeholder::BlockComment) => format!("{indent}/* {note} */"),
            };
            plain.line("", &placeholder);
            if numbered {
                shown.line(blank, &placeholder);
            }
            let cut_bytes: usize = lines.source[cut.first..=cut.last].iter().map(|l| l.len() + 1).sum::<usize>() - 1;
            let last_len = lines.source[cut.last].len();
            edits.push(InputEdit {
                start_byte: offset,
                old_end_byte: offset + cut_bytes,
                new_end_byte: offset + placeholder.len(),
                start_position: Point::new(cut.first, 0),
                old_end_position: Point::new(cut.last, last_len),
                new_end_position: Point::new(cut.first, placeholder.len()),
            });
            offset += cut_bytes + 1;
            row = cut.last + 1;
            after_verbatim = false;
            continue;
        }
        after_verbatim = true;
        offset += lines.source[row].len() + 1;
        plain.line("", lines.source[row]);
        // A numbered blank line says nothing its neighbours' numbers do not.
        if numbered && (lines.prefixes[row].is_empty() || !lines.source[row].trim().is_empty()) {
            shown.line(lines.shown_prefix(row), lines.source[row]);
        }
        row += 1;
    }
    (plain.text, numbered.then_some(shown.text), edits)
}

/// An elided body written onto the line that opens it, with the line that closes it:
/// `fn f() { /* [… 5 lines omitted] */ }`, `def f(): ...  # [… 5 lines omitted]`.
struct Join<'s> {
    /// What replaces the source from the end of the opening line on.
    inserted: String,
    /// How many source bytes it replaces.
    old_len: usize,
    /// Where in the source the replaced bytes end.
    old_end: Point,
    /// The rest of that line (the closing brace and what follows it), as it stands.
    tail: &'s str,
}

/// The [`Join`] for body `cut` when its opening line ends the way a body opens (`{`, or `:` in
/// Python) and, for braces, the line after it starts by closing it and is not a part of the
/// next cut (starting at `next`). A line and a newline fewer per body, and the numbers of the
/// lines that remain stay true.
fn joined<'s>(
    lines: &Lines<'s>,
    cut: &Candidate<'_>,
    style: Placeholder,
    note: &str,
    next: Option<usize>,
) -> Option<Join<'s>> {
    if cut.cut != Cut::Body || cut.first == 0 {
        return None;
    }
    let opening = lines.source[cut.first - 1];
    // From the newline that ends the opening line to the end of the cut's last line.
    let cut_bytes: usize = lines.source[cut.first..=cut.last].iter().map(|l| l.len() + 1).sum();
    match style {
        Placeholder::BlockComment if opening.ends_with('{') => {
            let closing_row = cut.last + 1;
            let closing = *lines.source.get(closing_row)?;
            let indent = closing.len() - closing.trim_start().len();
            if !closing[indent..].starts_with('}') || next == Some(closing_row) {
                return None;
            }
            Some(Join {
                inserted: format!(" /* {note} */ "),
                old_len: 1 + cut_bytes + indent,
                old_end: Point::new(closing_row, indent),
                tail: &closing[indent..],
            })
        }
        Placeholder::Ellipsis if opening.ends_with(':') => Some(Join {
            inserted: format!(" ...  # {note}"),
            old_len: cut_bytes,
            old_end: Point::new(cut.last, lines.source[cut.last].len()),
            tail: "",
        }),
        _ => None,
    }
}

/// Whether `line` (the one before a Python body's cut) closes a docstring.
fn follows_docstring(line: Option<&&str>) -> bool {
    line.is_some_and(|l| {
        let l = l.trim_end();
        l.ends_with("\"\"\"") || l.ends_with("'''")
    })
}

/// Text written line by line.
#[derive(Default)]
struct Out {
    text: String,
    started: bool,
}

impl Out {
    fn line(&mut self, prefix: &str, line: &str) {
        if self.started {
            self.text.push('\n');
        }
        self.started = true;
        self.text.push_str(prefix);
        self.text.push_str(line);
    }
}

/// What the question and the call's arguments point at: functions they name, and identifiers
/// or quoted strings that occur in few bodies.
struct Relevance {
    query: Query,
    names: HashSet<String>,
}

impl Relevance {
    fn new(ctx: &Context<'_>) -> Self {
        let mut names = HashSet::new();
        if let Some(question) = ctx.question {
            // `is aborted`, `set nesting limit` name `IsAborted`, `set_nesting_limit`.
            for run in word_runs(question) {
                for n in 1..=3 {
                    names.extend(run.windows(n).map(|w| normalize(&w.concat())));
                }
            }
        }
        if let Some(args) = ctx.tool_args {
            // File names in the arguments say where to look, not what: `context.go` names no function.
            let tokens = args.split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '`'));
            for token in tokens.filter(|t| !t.contains('/') && !t.contains('.')) {
                names.extend(token.split(|c: char| !(c.is_alphanumeric() || c == '_')).map(normalize));
            }
        }
        names.retain(|n| n.len() >= 3 && !STOPWORDS.contains(&n.as_str()));
        Relevance { query: Query::for_code(ctx), names }
    }

    /// What goes, in source order: bodies and doc tails the question does not point at.
    ///
    /// What a function the question names stays whole, body and doc. Otherwise a body stays
    /// when a telling term occurs in it — a strong term found in at most a tenth of the
    /// candidates — and a doc keeps only its lines with one (and their neighbours), since a
    /// long doc that mentions a term once is mostly about something else.
    fn elide<'s>(&self, found: Vec<Candidate<'s>>, lines: &[&str]) -> Vec<Candidate<'s>> {
        let bits: Vec<u128> = found.iter().map(|c| self.query.word_bits(c.text)).collect();
        // A Python docstring is in its function's text too: counted once, as the function.
        let own: Vec<u128> =
            found.iter().zip(&bits).filter(|(c, _)| !within_body(c, &found)).map(|(_, b)| *b).collect();
        let telling = rare_bits(&own, own.len()) & self.query.strong_mask();
        let mut elided = Vec::with_capacity(found.len());
        for (c, b) in found.into_iter().zip(bits) {
            if c.name.is_some_and(|n| self.names.contains(&normalize(n))) {
                continue;
            }
            match c.cut {
                Cut::Body if b & telling != 0 => {}
                Cut::Body => elided.push(c),
                Cut::Doc if b & telling == 0 => elided.push(c),
                Cut::Doc => {
                    let keep: Vec<bool> =
                        (c.first..=c.last).map(|row| self.query.word_bits(lines[row]) & telling != 0).collect();
                    let near = |i: usize| keep[i.saturating_sub(1)..(i + 2).min(keep.len())].iter().any(|k| *k);
                    let mut i = 0;
                    while i < keep.len() {
                        let start = i;
                        while i < keep.len() && !near(i) {
                            i += 1;
                        }
                        if i - start >= 2 {
                            elided.push(Candidate { first: c.first + start, last: c.first + i - 1, ..c });
                        }
                        i += 1;
                    }
                }
            }
        }
        elided
    }
}

/// Whether doc `c` lies inside the text of a body candidate of `found` (sorted by line).
fn within_body(c: &Candidate<'_>, found: &[Candidate<'_>]) -> bool {
    let range = |t: &str| {
        let start = t.as_ptr() as usize;
        start..start + t.len()
    };
    let doc = range(c.text);
    c.cut == Cut::Doc
        && found[found.partition_point(|f| f.first <= c.last)..]
            .iter()
            .take_while(|f| f.first <= c.last + 2)
            .any(|f| f.cut == Cut::Body && range(f.text).start <= doc.start && doc.end <= range(f.text).end)
}

/// The terms found in few of `n` candidates: at most a tenth of them (and at least two).
fn rare_bits(bits: &[u128], n: usize) -> u128 {
    (0..128)
        .filter(|i| {
            let count = bits.iter().filter(|b| *b >> i & 1 == 1).count();
            count > 0 && count <= (n / 10).max(2)
        })
        .fold(0, |acc, i| acc | 1u128 << i)
}

fn normalize(word: &str) -> String {
    word.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_that_parses_worse_is_rejected_and_counted() {
        let before = crate::metrics::global().rejections.get("parse");
        assert!(reparses(Lang::Rust, "fn f() {\n    /* [… 3 lines omitted] */\n}\n"));
        assert!(!reparses(Lang::Rust, "fn f() {\n    let x = (\n}\n"));
        assert!(!reparses(Lang::Python, "def f(:\n    ...\n"));
        assert_eq!(crate::metrics::global().rejections.get("parse"), before + 2);
    }

    #[test]
    fn each_placeholder_style_parses() {
        let long = |indent: &str| (0..8).map(|i| format!("{indent}x{i} = {i}\n")).collect::<String>();
        let cases = [
            (Lang::Python, format!("def f():\n    \"\"\"Doc.\"\"\"\n{}", long("    "))),
            (Lang::Ruby, format!("def f\n{}end\n", long("  "))),
            (Lang::Go, format!("package a\n\nfunc f() {{\n{}}}\n", long("\t").replace(" = ", " := "))),
        ];
        for (lang, source) in cases {
            let ctx = Context::bare("0123456789abcdef01234567");
            let out =
                CodeCompressor.compress(&source, &Context { tool_args: Some(&format!("a.{}", ext(lang))), ..ctx });
            let out = out.unwrap_or_else(|| panic!("{lang:?}: nothing elided in\n{source}")).text;
            assert!(out.contains("8 lines omitted"), "{out}");
            assert!(reparses(lang, &out), "{out}");
        }
    }

    #[test]
    fn a_long_doc_keeps_only_the_lines_the_question_points_at() {
        let mut doc: Vec<String> = vec!["/// Reads things.".into(), "///".into()];
        doc.extend((0..12).map(|i| format!("/// Detail number {i} about buffering.")));
        doc[9] = "/// The nesting limit defaults to 255.".into();
        let mut source = doc.join("\n");
        source.push_str("\npub fn read() {}\n");
        for i in 0..10 {
            source.push_str(&format!("\n/// Other {i}.\npub fn other_{i}() {{}}\n"));
        }
        let call = r#"{"path": "src/read.rs"}"#;
        let bare = Context { tool_args: Some(call), ..Context::bare("0123456789abcdef01234567") };
        let out = CodeCompressor.compress(&source, &bare).unwrap().text;
        assert!(!out.contains("255"), "without a question the doc is cut to its summary");
        let asked = Context { question: Some("What is the nesting limit?"), ..bare };
        let out = CodeCompressor.compress(&source, &asked).unwrap().text;
        assert!(out.contains("/// The nesting limit defaults to 255."), "{out}");
        assert!(out.contains("/// Reads things.") && !out.contains("Detail number 2 "), "{out}");
    }

    /// Whether `text` parses without errors, checked as an edit of an empty file.
    fn compressed(lang: Lang, source: &str) -> Option<String> {
        let args = format!("a.{}", ext(lang));
        let ctx = Context { tool_args: Some(&args), ..Context::bare("0123456789abcdef01234567") };
        CodeCompressor.compress(source, &ctx).map(|r| r.text)
    }

    #[test]
    fn two_line_bodies_go_only_when_they_are_long() {
        let long = "fn f(x: u32) -> u32 {\n    let total = compute_the_total_of_everything(x, x + 1, x + 2);\n    \
                    report_the_total_somewhere_else(total, \"with a label\")\n}\n";
        let out = compressed(Lang::Rust, long).expect("elided");
        assert!(out.starts_with("fn f(x: u32) -> u32 { /* [… 2 lines omitted"), "{out}");
        assert!(reparses(Lang::Rust, &out), "{out}");
        let short = "fn f(x: u32) -> u32 {\n    let y = x + 1;\n    y * 2\n}\n";
        assert_eq!(compressed(Lang::Rust, short), None);
    }

    #[test]
    fn a_python_body_after_its_docstring_goes_with_its_comments() {
        let body: String = (0..6).map(|i| format!("    x{i} = {i}\n")).collect();
        let source = format!(
            "def f():\n    \"\"\"One.\n\n    Two.\n    Three.\n    Four.\n    \"\"\"\n    # how it works\n{body}"
        );
        let out = compressed(Lang::Python, &source).expect("elided");
        assert!(!out.contains("how it works") && !out.contains("Three."), "{out}");
        // The docstring is the body now: a comment stands for the rest, no `...` needed.
        assert!(out.contains("    \"\"\"\n    # [… 7 lines omitted]"), "{out}");
        assert!(reparses(Lang::Python, &out), "{out}");
        let bare = format!("def f():\n{body}");
        let out = compressed(Lang::Python, &bare).expect("elided");
        assert!(out.starts_with("def f(): ...  # [… 6 lines omitted"), "{out}");
    }

    #[test]
    fn a_joined_body_keeps_what_follows_its_brace() {
        let body: String = (0..6).map(|i| format!("        x{i} += {i};\n")).collect();
        let source = format!("fn f(mut x0: u32) {{\n    if x0 > 1 {{\n{body}    }} else {{\n{body}    }}\n}}\n");
        let out = compressed(Lang::Rust, &source).expect("elided");
        assert!(out.starts_with("fn f(mut x0: u32) { /* [… "), "{out}");
        assert!(out.ends_with("returns them] */ }\n"), "{out}");
        assert!(reparses(Lang::Rust, &out), "{out}");
    }

    fn reparses(lang: Lang, text: &str) -> bool {
        let tree = parts::parse(lang, "", None, &[]).unwrap();
        let part = parts::Part { row: 0, byte: 0, tree, errors: 0, wrap: None };
        let whole = InputEdit {
            start_byte: 0,
            old_end_byte: 0,
            new_end_byte: text.len(),
            start_position: Point::new(0, 0),
            old_end_position: Point::new(0, 0),
            new_end_position: Point::new(text.lines().count(), 0),
        };
        parses_as_well(lang, vec![part], text, &[whole])
    }

    fn ext(lang: Lang) -> &'static str {
        match lang {
            Lang::Python => "py",
            Lang::Ruby => "rb",
            Lang::Rust => "rs",
            _ => "go",
        }
    }
}
