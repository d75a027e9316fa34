//! An item's leaves straight from its JSON text: a path (`a.b[].c`) and a value as text for
//! every scalar, in document order, without building the item as a `Value` first.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Receives each scalar with the path it sits at.
pub(super) trait Sink {
    /// Whether no more leaves are wanted (the rest of the item is only checked, not read).
    fn full(&self) -> bool;
    fn leaf(&mut self, path: &str, value: String);
}

/// Every scalar of `raw` into `sink`; `false` (and a sink that may hold part of them) if
/// `raw` is not one JSON value or nests deeper than serde_json allows.
pub(super) fn leaves(raw: &str, path: &mut String, sink: &mut impl Sink) -> bool {
    path.clear();
    let mut de = serde_json::Deserializer::from_str(raw);
    Walk { path, sink }.deserialize(&mut de).and_then(|()| de.end()).is_ok()
}

struct Walk<'p, S> {
    path: &'p mut String,
    sink: &'p mut S,
}

impl<'de, S: Sink> DeserializeSeed<'de> for Walk<'_, S> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if self.sink.full() {
            return deserializer.deserialize_ignored_any(IgnoredAny).map(|_| ());
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for Walk<'_, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let len = self.path.len();
        while map.next_key_seed(Key { path: self.path })?.is_some() {
            map.next_value_seed(Walk { path: self.path, sink: self.sink })?;
            self.path.truncate(len);
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let len = self.path.len();
        self.path.push_str("[]");
        while seq.next_element_seed(Walk { path: self.path, sink: self.sink })?.is_some() {}
        self.path.truncate(len);
        Ok(())
    }

    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.sink.leaf(self.path, v.to_owned());
        Ok(())
    }

    fn visit_string<E>(self, v: String) -> Result<(), E> {
        self.sink.leaf(self.path, v);
        Ok(())
    }

    // Numbers read as serde_json's `Value` writes them.
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.sink.leaf(self.path, serde_json::Number::from(v).to_string());
        Ok(())
    }

    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.sink.leaf(self.path, serde_json::Number::from(v).to_string());
        Ok(())
    }

    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        let text = serde_json::Number::from_f64(v).map_or_else(|| "null".to_owned(), |n| n.to_string());
        self.sink.leaf(self.path, text);
        Ok(())
    }

    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.sink.leaf(self.path, v.to_string());
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        self.sink.leaf(self.path, "null".to_owned());
        Ok(())
    }
}

/// A key, appended to the path (after a `.` unless the path is empty).
struct Key<'p> {
    path: &'p mut String,
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E>(self, key: &str) -> Result<(), E> {
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct All(Vec<(String, String)>);

    impl Sink for All {
        fn full(&self) -> bool {
            self.0.len() >= 3
        }
        fn leaf(&mut self, path: &str, value: String) {
            self.0.push((path.to_owned(), value));
        }
    }

    #[test]
    fn leaves_come_with_their_paths_and_stop_when_full() {
        let mut all = All::default();
        let raw = r#"{"a": {"b": [1, 2.50]}, "c\"d": "x\ny", "e": null, "f": true}"#;
        assert!(leaves(raw, &mut String::new(), &mut all));
        let expected = [("a.b[]", "1"), ("a.b[]", "2.5"), ("c\"d", "x\ny")];
        assert_eq!(all.0, expected.map(|(p, v)| (p.to_owned(), v.to_owned())));

        let mut all = All::default();
        assert!(leaves("[null, -3, false]", &mut String::new(), &mut all));
        assert_eq!(all.0.iter().map(|l| l.1.as_str()).collect::<Vec<_>>(), ["null", "-3", "false"]);
        assert!(all.0.iter().all(|l| l.0 == "[]"));
        assert!(!leaves("[1, 2", &mut String::new(), &mut All::default()));
    }
}
