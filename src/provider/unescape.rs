//! Decoding JSON string literals inside a JSON text serde_json has already accepted (the
//! index's raw values, the JSON crusher's span tree): one pass from backslash to backslash,
//! straight into the `String`. serde_json decodes into a scratch buffer first, stops at every
//! escape and checks the UTF-8 again at the end; tool outputs have an escape on every line,
//! and their decoding was a third of a re-sent body's cost.

/// The text of the JSON string literal `quoted` (its quotes included), or `None` where
/// serde_json refuses it (a bad escape, an unpaired surrogate).
///
/// `quoted` must be a string literal of a JSON text serde_json has accepted: the unescaped
/// control characters and quotes it refuses there are not looked for again.
pub(crate) fn decode(quoted: &str) -> Option<String> {
    let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = memchr::memchr(b'\\', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let escape = &rest.as_bytes()[at + 1..];
        let (ch, used) = match escape.first()? {
            b'"' => ('"', 1),
            b'\\' => ('\\', 1),
            b'/' => ('/', 1),
            b'b' => ('\u{8}', 1),
            b'f' => ('\u{c}', 1),
            b'n' => ('\n', 1),
            b'r' => ('\r', 1),
            b't' => ('\t', 1),
            b'u' => unicode(&escape[1..])?,
            _ => return None,
        };
        out.push(ch);
        // Escapes are ASCII: what follows starts on a character boundary.
        rest = &rest[at + 1 + used..];
    }
    out.push_str(rest);
    Some(out)
}

/// The character of a `\u` escape from the bytes after its `u`, and the bytes it took
/// counting the `u`: a leading surrogate must be followed by `\u` and a trailing one.
fn unicode(after_u: &[u8]) -> Option<(char, usize)> {
    let first = hex4(after_u)?;
    match first {
        0xD800..=0xDBFF => {
            let rest = after_u.get(4..)?;
            let second = rest.strip_prefix(b"\\u").and_then(hex4).filter(|n| (0xDC00..=0xDFFF).contains(n))?;
            let code = 0x1_0000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            Some((char::from_u32(code)?, 11))
        }
        0xDC00..=0xDFFF => None,
        _ => Some((char::from_u32(first)?, 5)),
    }
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    bytes.get(..4)?.iter().try_fold(0, |n, &b| Some(n << 4 | char::from(b).to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const PIECES: &[&str] = &[
        "a",
        "line of text ",
        "é",
        "😀",
        "\u{7f}",
        r"\n",
        r"\t",
        r#"\""#,
        r"\\",
        r"\/",
        r"\b",
        r"\f",
        r"\r",
        r"\u0041",
        r"\u00e9",
        r"\u00E9",
        r"\u0000",
        r"\uD83D\uDE00",
        r"\ud83d\ude00",
        r"\uD83D",
        r"\uDE00",
        r"\uD83D\u0041",
        r"\uD83D\uD83D\uDE00",
        r"\uD83Dx",
        r"\uD83D\n",
        r"\uZZZZ",
        r"\u12",
        r"\x",
        r"\'",
        r"\",
        r"\u",
        r"\uFFFF",
    ];

    fn quoted(pieces: &[usize]) -> String {
        format!("\"{}\"", pieces.iter().map(|&i| PIECES[i]).collect::<String>())
    }

    proptest! {
        #[test]
        fn decodes_as_serde_json_does(pieces in prop::collection::vec(0..PIECES.len(), 0..12)) {
            let quoted = quoted(&pieces);
            let by_serde = serde_json::from_str::<&serde_json::value::RawValue>(&quoted)
                .ok()
                .map(|raw| serde_json::from_str::<String>(raw.get()).ok());
            // Spans serde_json scans as raw values are all the index decodes.
            if let Some(by_serde) = by_serde {
                prop_assert_eq!(decode(&quoted), by_serde, "{}", quoted);
            }
        }
    }

    #[test]
    fn every_piece_alone_and_after_text() {
        for piece in PIECES {
            for text in [format!("\"{piece}\""), format!("\"ab{piece}cd\""), format!("\"{piece}{piece}\"")] {
                let Ok(raw) = serde_json::from_str::<&serde_json::value::RawValue>(&text) else { continue };
                assert_eq!(decode(raw.get()), serde_json::from_str::<String>(raw.get()).ok(), "{text}");
            }
        }
        assert_eq!(decode(r#""\uD83D\uDE00 \u00e9\n""#).as_deref(), Some("😀 é\n"));
        assert_eq!(decode(r#""\uDE00""#), None);
        assert_eq!(decode("no quotes"), None);
    }
}
