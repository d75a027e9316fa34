//! Where every value of a JSON text starts and ends, found in one pass, so the crusher reads
//! each byte once instead of once per level of nesting it sits under.

use std::borrow::Cow;

/// A value's place in the tree.
pub(super) type NodeId = u32;

const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    start: u32,
    end: u32,
    /// The span of the key this value sits under, quotes included; empty outside objects.
    key: (u32, u32),
    first_child: u32,
    next: u32,
}

/// The spans of a JSON text's values and how they nest.
pub(super) struct Tree<'a> {
    text: &'a str,
    nodes: Vec<Node>,
}

impl<'a> Tree<'a> {
    /// The tree of `text`, which must already have been accepted as one JSON value (the
    /// scanner checks no grammar); `None` if its shape is not what valid JSON would give.
    pub fn of(text: &'a str) -> Option<Self> {
        let bytes = text.as_bytes();
        u32::try_from(bytes.len()).ok().filter(|&n| n < NONE)?;
        let mut tree = Tree { text, nodes: Vec::new() };
        // The open containers, each with the last child linked so far.
        let mut open: Vec<(NodeId, NodeId)> = Vec::new();
        let mut key = (0, 0);
        let mut i = skip_space(bytes, 0);
        while i < bytes.len() {
            let (start, end) = match bytes[i] {
                b'{' | b'[' => (i, None),
                b'}' | b']' => {
                    let (id, _) = open.pop()?;
                    tree.nodes[id as usize].end = (i + 1) as u32;
                    if open.is_empty() {
                        return (skip_space(bytes, i + 1) == bytes.len()).then_some(tree);
                    }
                    i = skip_space(bytes, i + 1);
                    continue;
                }
                b',' => {
                    i = skip_space(bytes, i + 1);
                    continue;
                }
                b'"' => {
                    let end = string_end(bytes, i)?;
                    let after = skip_space(bytes, end);
                    if bytes.get(after) == Some(&b':') {
                        key = (i as u32, end as u32);
                        i = skip_space(bytes, after + 1);
                        continue;
                    }
                    (i, Some(end))
                }
                _ => (i, Some(scalar_end(bytes, i))),
            };
            let id = tree.nodes.len() as NodeId;
            let node_end = end.map_or(0, |e| e as u32);
            tree.nodes.push(Node { start: start as u32, end: node_end, key, first_child: NONE, next: NONE });
            key = (0, 0);
            if let Some((parent, last)) = open.last_mut() {
                if *last == NONE {
                    tree.nodes[*parent as usize].first_child = id;
                } else {
                    tree.nodes[*last as usize].next = id;
                }
                *last = id;
            }
            match end {
                None => {
                    open.push((id, NONE));
                    i = skip_space(bytes, i + 1);
                }
                Some(end) if open.is_empty() => return (skip_space(bytes, end) == bytes.len()).then_some(tree),
                Some(end) => i = skip_space(bytes, end),
            }
        }
        None
    }

    /// The root value.
    pub fn root(&self) -> NodeId {
        0
    }

    /// The text of a value, exactly as written (inner whitespace included).
    pub fn text(&self, id: NodeId) -> &'a str {
        let node = self.nodes[id as usize];
        &self.text[node.start as usize..node.end as usize]
    }

    /// The values directly inside an array or object, in order.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(self.nodes[id as usize].first_child).filter(|&c| c != NONE), |&c| {
            Some(self.nodes[c as usize].next).filter(|&n| n != NONE)
        })
    }

    /// The decoded key a value of an object sits under; `None` if its escapes do not decode
    /// to a string (a lone surrogate), as serde would refuse it.
    pub fn key(&self, id: NodeId) -> Option<Cow<'a, str>> {
        let (start, end) = self.nodes[id as usize].key;
        let quoted = &self.text[start as usize..end as usize];
        let inner = quoted.get(1..quoted.len().saturating_sub(1))?;
        if inner.contains('\\') {
            crate::provider::unescape::decode(quoted).map(Cow::Owned)
        } else {
            Some(inner.into())
        }
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

/// Just past the closing quote of the string opening at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        i += memchr::memchr2(b'"', b'\\', bytes.get(i..)?)?;
        if bytes[i] == b'"' {
            return Some(i + 1);
        }
        i += 2;
    }
}

/// Just past a number, `true`, `false` or `null` starting at `start`.
fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() && !matches!(bytes[i], b',' | b']' | b'}' | b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(tree: &Tree<'a>, id: NodeId) -> Vec<&'a str> {
        tree.children(id).map(|c| tree.text(c)).collect()
    }

    #[test]
    fn spans_nest_as_written() {
        let text = " {\"a\" : [1, \"x\\\"]\" ,{ }], \"b\\u0041\":null, \"c\":[ ]} ";
        let tree = Tree::of(text).unwrap();
        let root = tree.root();
        assert_eq!(tree.text(root), &text[1..text.len() - 1]);
        let entries: Vec<NodeId> = tree.children(root).collect();
        assert_eq!(texts(&tree, root), ["[1, \"x\\\"]\" ,{ }]", "null", "[ ]"]);
        assert_eq!(entries.iter().map(|&e| tree.key(e).unwrap()).collect::<Vec<_>>(), ["a", "bA", "c"]);
        assert_eq!(texts(&tree, entries[0]), ["1", "\"x\\\"]\"", "{ }"]);
        assert_eq!(tree.children(entries[2]).count(), 0);
        assert_eq!(Tree::of("-1.5e3").map(|t| t.text(0)), Some("-1.5e3"));
        assert_eq!(Tree::of("\"lone \\ud800\"").map(|t| t.text(0)), Some("\"lone \\ud800\""));
    }

    #[test]
    fn refuses_what_valid_json_would_not_look_like() {
        for text in ["", "[1", "[1]]", "{\"a\":1} x", "\"open", "]", "[\"a\\"] {
            assert!(Tree::of(text).is_none(), "{text:?}");
        }
        let tree = Tree::of("{\"\\ud800\":1}").unwrap();
        assert!(tree.key(tree.children(0).next().unwrap()).is_none(), "a lone surrogate key does not decode");
    }
}
