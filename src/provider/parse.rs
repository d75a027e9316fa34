//! The shared parsing pieces of the three slices: top-level fields, the message list in one
//! pass or with spans, text parts, and lazily decoded questions.

use std::ops::Range;

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{Index, IndexOptions};

/// The message (or `input`) list of `base` parsed as `M`, with the top-level facts put into
/// `index`: in one pass when message spans are not needed, else with every message's span.
pub(super) fn messages<'a, M>(
    base: &'a str,
    index: &mut Index,
    options: IndexOptions,
    responses: bool,
) -> Result<Vec<M>, serde_json::Error>
where
    M: Deserialize<'a> + Default,
{
    if !options.message_spans
        && let Ok(typed) = serde_json::from_str::<Typed<'a, M>>(base)
    {
        typed.top().apply(base, index);
        return Ok(typed.messages.unwrap_or_default());
    }
    let body: Top<'a> = serde_json::from_str(base)?;
    body.apply(base, index);
    let list = if responses { body.input } else { body.messages };
    let Some(list) = list.filter(|m| m.get().starts_with('[')) else { return Ok(Vec::new()) };
    index.messages_array = Some(span_of(base, list));
    let raws: Vec<&'a RawValue> = serde_json::from_str(list.get())?;
    let mut parsed = Vec::with_capacity(raws.len());
    for raw in raws {
        index.messages.push(span_of(base, raw));
        parsed.push(if raw.get().starts_with('{') { serde_json::from_str(raw.get())? } else { M::default() });
    }
    Ok(parsed)
}

/// Byte range of a borrowed raw value inside `base`.
pub(super) fn span_of(base: &str, raw: &RawValue) -> Range<usize> {
    let start = raw.get().as_ptr() as usize - base.as_ptr() as usize;
    start..start + raw.get().len()
}

/// The decoded text of a raw value that is a JSON string, with its span.
pub(super) fn string_at(base: &str, raw: &RawValue) -> Option<(Range<usize>, String)> {
    if !raw.get().starts_with('"') {
        return None;
    }
    let text = super::unescape::decode(raw.get())?;
    Some((span_of(base, raw), text))
}

/// The object elements of a JSON array, each parsed as `T` in the same pass over the array;
/// other elements are skipped. One scan of a tool output instead of one per level: listing the
/// elements as raw values and parsing each again read every byte twice.
pub(super) struct Objects<T>(pub(super) Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Objects<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Elements<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Elements<T> {
            type Value = Vec<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an array")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::new();
                while let Some(element) = seq.next_element::<Object<T>>()? {
                    out.extend(element.0);
                }
                Ok(out)
            }
        }

        deserializer.deserialize_seq(Elements(PhantomData)).map(Objects)
    }
}

/// One array element: `Some` for an object, parsed as `T`; `None` for anything else.
struct Object<T>(Option<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Element<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Element<T> {
            type Value = Object<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(|t| Object(Some(t)))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Object<T>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Object(None))
            }

            fn visit_bool<E>(self, _: bool) -> Result<Object<T>, E> {
                Ok(Object(None))
            }

            fn visit_i64<E>(self, _: i64) -> Result<Object<T>, E> {
                Ok(Object(None))
            }

            fn visit_u64<E>(self, _: u64) -> Result<Object<T>, E> {
                Ok(Object(None))
            }

            fn visit_f64<E>(self, _: f64) -> Result<Object<T>, E> {
                Ok(Object(None))
            }

            fn visit_str<E>(self, _: &str) -> Result<Object<T>, E> {
                Ok(Object(None))
            }

            fn visit_unit<E>(self) -> Result<Object<T>, E> {
                Ok(Object(None))
            }
        }

        deserializer.deserialize_any(Element(PhantomData))
    }
}

/// Top-level fields the slices read; a body must be an object.
#[derive(Deserialize)]
pub(super) struct Top<'a> {
    #[serde(borrow)]
    model: Option<&'a RawValue>,
    #[serde(borrow)]
    stream: Option<&'a RawValue>,
    #[serde(borrow)]
    messages: Option<&'a RawValue>,
    #[serde(borrow)]
    input: Option<&'a RawValue>,
    #[serde(borrow)]
    system: Option<&'a RawValue>,
    #[serde(borrow)]
    instructions: Option<&'a RawValue>,
    #[serde(borrow)]
    tools: Option<&'a RawValue>,
}

/// Top-level fields with the message (or `input`) list parsed in the same pass: the fast path, used when
/// message spans are not needed.
#[derive(Deserialize)]
pub(super) struct Typed<'a, M> {
    #[serde(borrow)]
    model: Option<&'a RawValue>,
    #[serde(borrow)]
    stream: Option<&'a RawValue>,
    #[serde(borrow)]
    system: Option<&'a RawValue>,
    #[serde(borrow)]
    instructions: Option<&'a RawValue>,
    #[serde(borrow)]
    tools: Option<&'a RawValue>,
    #[serde(bound(deserialize = "M: Deserialize<'de>"), alias = "input")]
    messages: Option<Vec<M>>,
}

impl<M> Typed<'_, M> {
    pub(super) fn top(&self) -> Top<'_> {
        Top {
            model: self.model,
            stream: self.stream,
            messages: None,
            input: None,
            system: self.system,
            instructions: self.instructions,
            tools: self.tools,
        }
    }
}

/// The user text a tool call followed, decoded only if some call needs it.
#[derive(Default)]
pub(super) struct Question<'a> {
    raw: Vec<&'a RawValue>,
    decoded: Option<Option<String>>,
}

impl<'a> Question<'a> {
    pub(super) fn set(&mut self, raw: Vec<&'a RawValue>) {
        self.raw = raw;
        self.decoded = None;
    }

    pub(super) fn get(&mut self, base: &str, part_types: &[&str]) -> Option<String> {
        if self.decoded.is_none() {
            let mut texts = Vec::new();
            for raw in &self.raw {
                texts.extend(text_values(base, raw, part_types).unwrap_or_default().into_iter().map(|(_, t)| t));
            }
            self.decoded = Some((!texts.is_empty()).then(|| texts.join("\n")));
        }
        self.decoded.clone().flatten()
    }
}

impl Top<'_> {
    pub(super) fn apply(&self, base: &str, index: &mut Index) {
        let prefix = [("system", self.system), ("instructions", self.instructions), ("tools", self.tools)];
        index.prefix = prefix.into_iter().filter_map(|(name, raw)| Some((name, span_of(base, raw?)))).collect();
        index.tools = self.tools.map(|t| span_of(base, t));
        index.model = self.model.and_then(|m| serde_json::from_str(m.get()).ok());
        index.stream = self.stream.is_some_and(|s| s.get() == "true");
    }
}

/// A text part: `{"type": "text" | "input_text" | …, "text": "…"}`.
#[derive(Deserialize)]
struct Part<'a> {
    #[serde(borrow, rename = "type")]
    kind: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    text: Option<&'a RawValue>,
}

/// Spans and texts of a content value that is a string or a list of text parts.
pub(super) fn text_values(
    base: &str,
    content: &RawValue,
    part_types: &[&str],
) -> Result<Vec<(Range<usize>, String)>, serde_json::Error> {
    let raw = content.get();
    if raw.starts_with('"') {
        return Ok(string_at(base, content).into_iter().collect());
    }
    if !raw.starts_with('[') {
        return Ok(Vec::new());
    }
    let parts: Objects<Part<'_>> = serde_json::from_str(raw)?;
    let mut out = Vec::new();
    for parsed in parts.0 {
        let is_text = parsed.kind.as_deref().is_some_and(|k| part_types.contains(&k));
        if let (true, Some(text)) = (is_text, parsed.text) {
            out.extend(string_at(base, text));
        }
    }
    Ok(out)
}

/// A tool call seen in an assistant turn, remembered until its output appears.
#[derive(Clone, Debug, Default)]
pub(super) struct Call {
    pub(super) name: Option<String>,
    pub(super) args: Option<String>,
    pub(super) question: Option<String>,
}

pub(super) fn decode_opt(raw: Option<&RawValue>) -> Option<String> {
    raw.and_then(|r| super::unescape::decode(r.get()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-pass reading `Objects` replaced: the elements as raw values, each object parsed again.
    fn two_pass<'a>(array: &'a str) -> Result<Vec<Part<'a>>, serde_json::Error> {
        let raws: Vec<&RawValue> = serde_json::from_str(array)?;
        raws.into_iter().filter(|r| r.get().starts_with('{')).map(|r| serde_json::from_str(r.get())).collect()
    }

    fn texts(parts: &[Part<'_>]) -> Vec<(Option<String>, Option<String>)> {
        parts.iter().map(|p| (p.kind.as_deref().map(str::to_owned), p.text.map(|t| t.get().to_owned()))).collect()
    }

    #[test]
    fn objects_reads_what_two_passes_read() {
        let arrays = [
            r#"[]"#,
            r#"[1, "x", null, true, false, -3, 2.5e300, [1, {"type": "text"}], {"type": "text", "text": "a"}]"#,
            r#"[{"type": "image", "source": {"a": [1, 2]}}, {"type": "te\u0078t", "text": "b\u00e9\n", "x": null}]"#,
            r#"[{"text": "only text"}, {}, {"type": null}, "{\"type\": \"text\"}", [[[]]]]"#,
        ];
        for array in arrays {
            let one: Objects<Part<'_>> = serde_json::from_str(array).expect("valid");
            assert_eq!(texts(&one.0), texts(&two_pass(array).expect("valid")), "{array}");
        }
        let one: Objects<Part<'_>> = serde_json::from_str(arrays[2]).unwrap();
        assert_eq!(texts(&one.0)[1], (Some("text".into()), Some(r#""b\u00e9\n""#.into())));
        for bad in [r#"[{"type": 5}]"#, r#"[{"type": "text", "text": "a""#, r#"{"type": "text"}"#, r#"[1,]"#] {
            assert!(serde_json::from_str::<Objects<Part<'_>>>(bad).is_err(), "{bad}");
            assert!(two_pass(bad).is_err(), "{bad}");
        }
    }
}
