//! tiktoken's pre-tokenization: the text is split into pieces by a regex before BPE.
//!
//! tiktoken's patterns use a negative look-ahead (`\s+(?!\S)`), which Rust's regex engines
//! do not have. As GitHub's `bpe-openai` does (MIT), the look-ahead is rewritten as a second
//! pattern, `\s+\s`, that matches one character too many, and that character is given back.

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

/// A compiled pre-tokenizer.
pub(super) struct Pretokenizer {
    regex: Regex,
}

/// Pattern 1 (index [`LOOKAHEAD`]) is the look-ahead stand-in.
const LOOKAHEAD: usize = 1;

impl Pretokenizer {
    pub(super) fn o200k() -> Pretokenizer {
        let words = [
            r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            r"\p{N}{1,3}",
            r" ?[^\s\p{L}\p{N}]+[\r\n/]*",
            r"\s*[\r\n]+",
            r"\s+$",
        ]
        .join("|");
        Pretokenizer::new(&words)
    }

    pub(super) fn cl100k() -> Pretokenizer {
        Pretokenizer::new(
            r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+$",
        )
    }

    fn new(first: &str) -> Pretokenizer {
        let regex = Regex::new_many(&[first, r"\s+\s", r"\s+"]).expect("the pre-tokenizer patterns compile");
        Pretokenizer { regex }
    }

    /// The pieces of `text`, in order; together they are exactly `text`.
    pub(super) fn split<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            if at == text.len() {
                return None;
            }
            let start = at;
            // The patterns match every character; were one not matched, the rest of the text
            // would still be counted, as one piece, rather than dropped.
            at = match self.regex.find(Input::new(&text[at..]).anchored(Anchored::Yes)) {
                Some(found) if found.pattern().as_usize() == LOOKAHEAD => {
                    // `\s+\s` matched at least two characters; the last is the look-ahead.
                    let end = start + found.end();
                    end - text[start..end].chars().next_back().map_or(0, char::len_utf8)
                }
                Some(found) if found.end() > 0 => start + found.end(),
                _ => text.len(),
            };
            Some(&text[start..at])
        })
    }
}
