//! An item's leaves from its span tree: a path (`a.b[].c`) and a value as text for every
//! scalar, in document order, read as serde_json would read them (strings unescaped, numbers
//! as its `Value` writes them) without parsing the item again.

use std::borrow::Cow;

use super::tree::{NodeId, Tree};

/// Nesting serde_json accepts; a deeper item (which serde refused before it got here) has no leaves.
const MAX_NESTING: usize = 128;

/// Receives each scalar with the path it sits at.
pub(super) trait Sink<'a> {
    /// Whether no more leaves are wanted (the rest of the item is only checked, not read).
    fn full(&self) -> bool;
    fn leaf(&mut self, path: &str, value: Cow<'a, str>);
}

/// Every scalar of the value `id` into `sink`; `false` (and a sink that may hold part of them)
/// where serde_json would refuse the value as data: a string or key with a lone surrogate
/// escape, a number out of range.
pub(super) fn leaves<'a>(tree: &Tree<'a>, id: NodeId, path: &mut String, sink: &mut impl Sink<'a>) -> bool {
    path.clear();
    walk(tree, id, path, sink, 0).is_some()
}

fn walk<'a>(tree: &Tree<'a>, id: NodeId, path: &mut String, sink: &mut impl Sink<'a>, depth: usize) -> Option<()> {
    // As serde ignores the rest once the sink is full: checked only, and text that got this
    // far is valid JSON, so nothing in it can fail any more.
    if sink.full() {
        return Some(());
    }
    let text = tree.text(id);
    match text.as_bytes()[0] {
        b'{' | b'[' if depth >= MAX_NESTING => None,
        b'{' => {
            let len = path.len();
            for child in tree.children(id) {
                let key = tree.key(child)?;
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&key);
                walk(tree, child, path, sink, depth + 1)?;
                path.truncate(len);
            }
            Some(())
        }
        b'[' => {
            let len = path.len();
            path.push_str("[]");
            for child in tree.children(id) {
                walk(tree, child, path, sink, depth + 1)?;
            }
            path.truncate(len);
            Some(())
        }
        b'"' => {
            let inner = &text[1..text.len() - 1];
            let value =
                if inner.contains('\\') { Cow::Owned(crate::provider::unescape::decode(text)?) } else { inner.into() };
            sink.leaf(path, value);
            Some(())
        }
        b't' | b'f' | b'n' => {
            sink.leaf(path, text.into());
            Some(())
        }
        _ => {
            sink.leaf(path, number(text)?);
            Some(())
        }
    }
}

/// A number as serde_json's `Value` writes it: integers that fit 64 bits as written, the rest
/// through `f64`.
fn number(text: &str) -> Option<Cow<'_, str>> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let integer = digits.bytes().all(|b| b.is_ascii_digit()) && digits != "0" || text == "0";
    let fits = if text.starts_with('-') { text.parse::<i64>().is_ok() } else { text.parse::<u64>().is_ok() };
    if integer && fits {
        return Some(text.into());
    }
    serde_json::from_str::<serde_json::Number>(text).ok().map(|n| n.to_string().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct All(Vec<(String, String)>);

    impl<'a> Sink<'a> for All {
        fn full(&self) -> bool {
            self.0.len() >= 3
        }
        fn leaf(&mut self, path: &str, value: Cow<'a, str>) {
            self.0.push((path.to_owned(), value.into_owned()));
        }
    }

    fn read(text: &str) -> (bool, Vec<(String, String)>) {
        let tree = Tree::of(text).unwrap();
        let mut all = All::default();
        let parsed = leaves(&tree, tree.root(), &mut String::new(), &mut all);
        (parsed, all.0)
    }

    #[test]
    fn leaves_come_with_their_paths_and_stop_when_full() {
        let (parsed, leaves) = read(r#"{"a": {"b": [1, 2.50]}, "c\"d": "x\ny", "e": null, "f": true}"#);
        assert!(parsed);
        let expected = [("a.b[]", "1"), ("a.b[]", "2.5"), ("c\"d", "x\ny")];
        assert_eq!(leaves, expected.map(|(p, v)| (p.to_owned(), v.to_owned())));

        let (parsed, leaves) = read("[null, -3, false]");
        assert!(parsed);
        assert_eq!(leaves.iter().map(|l| l.1.as_str()).collect::<Vec<_>>(), ["null", "-3", "false"]);
        assert!(leaves.iter().all(|l| l.0 == "[]"));
    }

    #[test]
    fn numbers_and_refusals_are_serdes() {
        for text in [
            "0",
            "-0",
            "7",
            "-12",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
            "1.50",
            "1e3",
            "-0.0",
            "2E-2",
        ] {
            let tree = Tree::of(text).unwrap();
            let mut all = All::default();
            assert!(leaves(&tree, tree.root(), &mut String::new(), &mut all));
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(all.0[0].1, value.to_string(), "{text}");
        }
        assert!(!read("[1e400]").0, "out of range");
        assert!(!read(r#"["\ud800"]"#).0, "a lone surrogate");
        assert!(!read(r#"[{"\udc00": 1}]"#).0, "a lone surrogate key");
        // serde's own check of the whole text lets a lone surrogate through; only reading it fails.
        assert!(serde_json::from_str::<serde::de::IgnoredAny>(r#"[1, 2, 3, "\ud800"]"#).is_ok());
        assert!(read(r#"[1, 2, 3, "\ud800"]"#).0, "past a full sink nothing is read");
    }

    /// The leaves of a `Value` in the same order, as the reference.
    fn value_leaves(value: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
        let join = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
        match value {
            serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| value_leaves(v, &join(k), out)),
            serde_json::Value::Array(items) => items.iter().for_each(|v| value_leaves(v, &format!("{path}[]"), out)),
            serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
            other => out.push((path.to_owned(), other.to_string())),
        }
    }

    #[derive(Default)]
    struct Unbounded(Vec<(String, String)>);

    impl<'a> Sink<'a> for Unbounded {
        fn full(&self) -> bool {
            false
        }
        fn leaf(&mut self, path: &str, value: Cow<'a, str>) {
            self.0.push((path.to_owned(), value.into_owned()));
        }
    }

    #[test]
    fn leaves_equal_those_of_serdes_value_on_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
            let tree = Tree::of(text.trim()).unwrap();
            let mut ours = Unbounded::default();
            assert!(leaves(&tree, tree.root(), &mut String::new(), &mut ours), "{}", path.display());
            let mut reference = Vec::new();
            value_leaves(&value, "", &mut reference);
            assert_eq!(ours.0, reference, "{}", path.display());
            checked += 1;
        }
        assert!(checked >= 3);
        let hostile = r#"{"a\u00e9\n": [0, -0, 1.0, 1e2, -1.5E-3, 12345678901234567890123, "\ud83d\ude00 \"q\" \\"], "": {"": [[]]}, "t": [true, false, null]}"#;
        let tree = Tree::of(hostile).unwrap();
        let mut ours = Unbounded::default();
        assert!(leaves(&tree, tree.root(), &mut String::new(), &mut ours));
        let mut reference = Vec::new();
        value_leaves(&serde_json::from_str(hostile).unwrap(), "", &mut reference);
        assert_eq!(ours.0, reference);
    }
}
