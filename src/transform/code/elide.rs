//! Finding the function bodies worth eliding: long, not named by the question, and cut at
//! whole lines so what remains still parses.

use tree_sitter::{Node, Tree};

use super::lang::{Kinds, Lang};

/// What a run of elided lines was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The inside of a function body.
    Body,
    /// The tail of a long doc comment or docstring.
    Doc,
}

/// A function body or doc comment long enough to elide.
pub struct Candidate<'s> {
    pub cut: Cut,
    /// The function's name (for a doc, the name of what it documents), when known.
    pub name: Option<&'s str>,
    /// First and last source line (0-based, inclusive) of the elidable part.
    pub first: usize,
    pub last: usize,
    /// The text the question is matched against: the function with the comments just before
    /// it, or the whole doc.
    pub text: &'s str,
}

/// A comment (or Python docstring) seen while walking the tree.
pub struct Comment<'s> {
    pub first: usize,
    pub last: usize,
    pub start_column: usize,
    /// Where on its last line the comment ends; `None` if it takes the line's end with it.
    pub end_column: Option<usize>,
    /// A `/* */` comment or docstring (its last line closes it) rather than a line comment.
    pub block: bool,
    pub owner: Option<&'s str>,
    pub text: &'s str,
}

impl Candidate<'_> {
    pub fn lines(&self) -> usize {
        self.last + 1 - self.first
    }
}

/// How long a function body must be to go.
#[derive(Clone, Copy, Debug)]
pub struct Threshold {
    /// Bodies of this many lines or more go.
    pub lines: usize,
    /// Shorter bodies of two lines or more go when they hold this many bytes besides
    /// whitespace.
    pub short_bytes: usize,
}

impl Threshold {
    /// Bodies of at least `lines` lines, whatever their bytes.
    #[cfg(test)]
    pub fn lines(lines: usize) -> Self {
        Threshold { lines, short_bytes: usize::MAX }
    }

    /// Whether the body of `function` on rows `first..=last` of `src` is long enough.
    fn met(self, function: Node<'_>, (first, last): (usize, usize), src: &str) -> bool {
        let lines = last + 1 - first;
        if lines >= self.lines {
            return true;
        }
        if lines < 2 || self.short_bytes == usize::MAX {
            return false;
        }
        let start_row = function.start_position().row;
        let from = function.start_byte() - function.start_position().column;
        let rows = src[from..].split('\n').skip(first - start_row).take(lines);
        Self::bytes(rows) >= self.short_bytes
    }

    /// Whether the whole lines `rows` are long enough.
    pub fn met_by(self, rows: &[&str]) -> bool {
        rows.len() >= self.lines || rows.len() >= 2 && Self::bytes(rows.iter().copied()) >= self.short_bytes
    }

    fn bytes<'r>(rows: impl Iterator<Item = &'r str>) -> usize {
        rows.map(|row| row.bytes().filter(|b| !b.is_ascii_whitespace()).count()).sum()
    }
}

/// An ancestor of the node being visited, with what its children so far left open.
struct Frame<'t> {
    node: Node<'t>,
    /// Where the run of comments (and attributes) just before the current child began.
    run_start: Option<usize>,
    /// Comments waiting for the declaration they document.
    pending: Vec<usize>,
}

/// The outermost functions of `tree` whose bodies meet `threshold` (whole lines only), and
/// the comments outside them.
///
/// One cursor walk with its own ancestor stack: tree-sitter's `parent` and `prev_sibling`
/// scan from the root or the first sibling, which is quadratic over a large file.
pub fn candidates<'s>(
    tree: &Tree,
    lang: Lang,
    src: &'s str,
    threshold: Threshold,
) -> (Vec<Candidate<'s>>, Vec<Comment<'s>>) {
    let mut found = Vec::new();
    let mut comments: Vec<Comment<'s>> = Vec::new();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let kinds = lang.kinds();
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        let flags = kinds.of(node.kind_id());
        let mut descend = true;
        if let Some(comment) = comment(node, flags, lang, src, &stack) {
            if let Some(frame) = stack.last_mut() {
                frame.pending.push(comments.len());
                frame.run_start.get_or_insert(node.start_byte());
            }
            comments.push(comment);
            descend = false;
        } else if flags & Kinds::ATTRIBUTE != 0 {
            if let Some(frame) = stack.last_mut() {
                frame.run_start.get_or_insert(node.start_byte());
            }
        } else if node.is_named() {
            let parent = stack.last().map(|f| f.node);
            // Names are looked up only where needed: a field lookup compares field names.
            let body = if flags & Kinds::FUNCTION != 0 { body_lines(node, lang) } else { None };
            let body = body.filter(|&lines| threshold.met(node, lines, src));
            let documented = stack.last().is_some_and(|f| !f.pending.is_empty());
            let name = if body.is_some() || documented { name_of(node, parent, src) } else { None };
            let mut start = node.start_byte();
            if let Some(frame) = stack.last_mut() {
                start = frame.run_start.take().unwrap_or(start);
                for i in frame.pending.drain(..) {
                    comments[i].owner = name;
                }
            }
            if let Some((first, last)) = body {
                let text = &src[start..node.end_byte()];
                found.push(Candidate { cut: Cut::Body, name, first, last, text });
                descend = false;
                // Its docstring is a doc like any other: a long one loses its tail.
                if lang == Lang::Python {
                    comments.extend(docstring(node, name, src));
                }
            }
        }
        if descend && cursor.goto_first_child() {
            stack.push(Frame { node, run_start: None, pending: Vec::new() });
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return (found, comments);
            }
            stack.pop();
        }
    }
}

/// `node` as a comment, if it is one: a comment node, or a Python docstring.
fn comment<'s>(node: Node<'_>, flags: u8, lang: Lang, src: &'s str, ancestors: &[Frame<'_>]) -> Option<Comment<'s>> {
    if flags & (Kinds::COMMENT | Kinds::STRING) == 0 {
        return None;
    }
    let up = |n: usize| ancestors.len().checked_sub(n).map(|i| ancestors[i].node);
    let statement = |p: Node<'_>| lang.kinds().of(p.kind_id()) & Kinds::EXPRESSION_STATEMENT != 0;
    let docstring = lang == Lang::Python
        && flags & Kinds::STRING != 0
        && up(1).is_some_and(|p| statement(p) && p.named_child_count() == 1);
    if !docstring && flags & Kinds::COMMENT == 0 {
        return None;
    }
    // A docstring's owner is the function or class three levels up (string → statement →
    // block → definition); a comment's owner is set when the walk reaches the next item.
    let owner = if docstring { up(3).and_then(|f| name_of(f, up(4), src)) } else { None };
    Some(Comment::of(node, docstring, owner, src))
}

impl<'s> Comment<'s> {
    fn of(node: Node<'_>, docstring: bool, owner: Option<&'s str>, src: &'s str) -> Self {
        let (start, end) = (node.start_position(), node.end_position());
        let last = end_row(node);
        Comment {
            first: start.row,
            last,
            start_column: start.column,
            end_column: (last == end.row).then_some(end.column),
            block: docstring || last > start.row,
            owner,
            text: &src[node.byte_range()],
        }
    }
}

/// The docstring of a Python function whose body the walk does not enter.
fn docstring<'s>(function: Node<'_>, owner: Option<&'s str>, src: &'s str) -> Option<Comment<'s>> {
    let body = function.child_by_field_name("body")?;
    let mut cursor = body.walk();
    let first = body.named_children(&mut cursor).find(|n| n.kind() != "comment")?;
    let string = first.named_child(0).filter(|_| is_docstring(first))?;
    Some(Comment::of(string, true, owner, src))
}

/// Error and missing nodes in `tree`: the output may not have more than the input.
pub fn error_count(tree: &Tree) -> usize {
    let mut count = 0;
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            count += 1;
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

/// The whole lines of a function's body that can go, keeping its braces, `end` and docstring.
fn body_lines(function: Node<'_>, lang: Lang) -> Option<(usize, usize)> {
    let body = function.child_by_field_name("body")?;
    match (lang, body.kind()) {
        (Lang::Python, "block") => python_body(function, body),
        (Lang::Ruby, "body_statement") => {
            let (first, last) = (body.start_position().row, end_row(body));
            (first > function.start_position().row && last < function.end_position().row).then_some((first, last))
        }
        (_, "block" | "statement_block" | "compound_statement" | "constructor_body") => brace_body(body),
        _ => None,
    }
}

/// From the first line after the docstring (comments included) to the body's end.
fn python_body(function: Node<'_>, body: Node<'_>) -> Option<(usize, usize)> {
    let mut cursor = body.walk();
    let children: Vec<Node<'_>> = body.named_children(&mut cursor).collect();
    let docstring = children.iter().position(|n| n.kind() != "comment").filter(|&i| is_docstring(children[i]));
    let rest = &children[docstring.map_or(0, |i| i + 1)..];
    rest.iter().find(|n| n.kind() != "comment")?;
    let from = rest[0].start_position().row;
    let after_docstring = docstring.is_none_or(|i| from > end_row(children[i]));
    (from > function.start_position().row && after_docstring).then_some((from, end_row(body)))
}

fn is_docstring(statement: Node<'_>) -> bool {
    statement.kind() == "expression_statement" && statement.named_child(0).is_some_and(|n| n.kind() == "string")
}

/// The lines strictly between `{` and `}`, if no statement straddles either brace's line.
fn brace_body(body: Node<'_>) -> Option<(usize, usize)> {
    let (open, close) = (body.start_position().row, end_row(body));
    if close < open + 2 {
        return None;
    }
    let mut cursor = body.walk();
    let straddles = body.children(&mut cursor).any(|child| {
        let (start, end) = (child.start_position().row, end_row(child));
        let inside = start > open && end < close;
        let on_edge = start == end && (start == open || start == close);
        !(inside || on_edge)
    });
    (!straddles).then_some((open + 1, close - 1))
}

/// The last line a node has text on (its end point is exclusive).
fn end_row(node: Node<'_>) -> usize {
    let end = node.end_position();
    if end.column == 0 && end.row > node.start_position().row { end.row - 1 } else { end.row }
}

/// A function's name: its own, its declarator's (C, C++), or the variable, field or key
/// it is assigned to (arrow functions, lambdas).
fn name_of<'s>(function: Node<'_>, parent: Option<Node<'_>>, src: &'s str) -> Option<&'s str> {
    let text = |n: Node<'_>| src.get(n.byte_range());
    if let Some(name) = function.child_by_field_name("name") {
        return text(name);
    }
    let mut declarator = function.child_by_field_name("declarator");
    while let Some(d) = declarator {
        match d.child_by_field_name("declarator") {
            Some(inner) => declarator = Some(inner),
            None => {
                let name = text(d)?;
                return Some(name.rsplit("::").next().unwrap_or(name));
            }
        }
    }
    if let Some(definition) = function.child_by_field_name("definition") {
        return name_of(definition, None, src);
    }
    let anonymous =
        ["arrow_function", "function_expression", "generator_function", "lambda_expression", "func_literal"];
    if !anonymous.contains(&function.kind()) && !function.kind().starts_with("closure") {
        return None;
    }
    ["name", "key", "left", "property"].iter().find_map(|field| parent?.child_by_field_name(field)).and_then(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lang: Lang, src: &str) -> Tree {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&lang.grammar()).unwrap();
        parser.parse(src, None).unwrap()
    }

    #[test]
    fn finds_long_bodies_with_their_names() {
        let src = "def short():\n    return 1\n\ndef long(a):\n    \"\"\"Doc.\"\"\"\n    x = 1\n    y = 2\n    return x + y\n";
        let tree = parse(Lang::Python, src);
        let found = candidates(&tree, Lang::Python, src, Threshold::lines(2)).0;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, Some("long"));
        assert_eq!((found[0].first, found[0].last), (5, 7));

        let src = "int add(int a, int b) {\n  int c = a;\n  c += b;\n  return c;\n}\n";
        let tree = parse(Lang::C, src);
        let found = candidates(&tree, Lang::C, src, Threshold::lines(2)).0;
        assert_eq!(found[0].name, Some("add"));
        assert_eq!((found[0].first, found[0].last), (1, 3));

        let src = "const f = (a) => {\n  const b = a;\n  return b;\n};\n";
        let tree = parse(Lang::JavaScript, src);
        assert_eq!(candidates(&tree, Lang::JavaScript, src, Threshold::lines(2)).0[0].name, Some("f"));
    }

    #[test]
    fn leaves_bodies_that_share_a_line_with_a_brace() {
        let src = "fn f() { g(1,\n    2,\n    3,\n    4);\n    h();\n}\n";
        let tree = parse(Lang::Rust, src);
        assert!(candidates(&tree, Lang::Rust, src, Threshold::lines(1)).0.is_empty());
    }

    #[test]
    fn counts_errors() {
        assert_eq!(error_count(&parse(Lang::Rust, "fn f() {}\n")), 0);
        assert!(error_count(&parse(Lang::Rust, "fn f( {\n")) > 0);
    }
}
