//! Token counting with the real BPE encodings providers bill by.
//!
//! `o200k_base` counts for current OpenAI models and stands in for Claude models (Anthropic
//! publishes no tokenizer); `cl100k_base` counts for GPT-4 and GPT-3.5. Counting is
//! tiktoken's algorithm over OpenAI's published vocabularies (shipped in `data/`, so
//! nothing is downloaded), in compact tables of our own, built at build time and read in place: about 4 MB of
//! file-backed pages for o200k, where `bpe-openai`'s took ~65 MB of the gateway's memory. `tiktoken-rs` is the reference
//! the counts are tested against. (A faster crate was tried and dropped: fuzzing found it
//! reading past its input buffer — see RELIABILITY.md.)

/// The table layout, shared with the build script.
mod layout;
mod pretokenize;
/// Builds table files from `.tiktoken` data (the build script's job; here for the tests).
#[cfg(test)]
mod tables;
mod vocab;

use std::hash::Hasher;
use std::sync::OnceLock;

use tiktoken_rs::CoreBPE;

use pretokenize::Pretokenizer;
use vocab::Vocab;

/// A BPE encoding that token counts are taken in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Encoding {
    /// `o200k_base`: GPT-4o and later, and the stand-in for Claude models.
    #[default]
    O200kBase,
    /// `cl100k_base`: GPT-4 and GPT-3.5.
    Cl100kBase,
}

impl Encoding {
    /// The encoding a request for `model` is counted in.
    ///
    /// ```
    /// use headroom::tokenizer::Encoding;
    /// assert_eq!(Encoding::for_model("gpt-4-0613"), Encoding::Cl100kBase);
    /// assert_eq!(Encoding::for_model("gpt-4o-mini"), Encoding::O200kBase);
    /// assert_eq!(Encoding::for_model("claude-sonnet-4-5"), Encoding::O200kBase);
    /// ```
    pub fn for_model(model: &str) -> Self {
        let model = model.rsplit('/').next().unwrap_or(model);
        let older_gpt = model.starts_with("gpt-3.5")
            || (model.starts_with("gpt-4")
                && !model.starts_with("gpt-4o")
                && !model.starts_with("gpt-4.")
                && !model.starts_with("gpt-4-o"));
        if older_gpt || model.starts_with("text-embedding-ada") { Encoding::Cl100kBase } else { Encoding::O200kBase }
    }

    /// The number of tokens in `text`, counting special-token spellings as ordinary text.
    pub fn count(self, text: &str) -> usize {
        if text.is_empty() {
            return 0;
        }
        let which = self as usize;
        let (pretokenizer, vocab) = tables(self);
        PIECES.with_borrow_mut(|cache| {
            pretokenizer.split(text).map(|piece| cache[which].count(piece.as_bytes(), |p| vocab.count(p))).sum()
        })
    }

    /// The number of tokens in the vocabulary, special tokens aside.
    ///
    /// ```
    /// use headroom::tokenizer::Encoding;
    /// assert_eq!(Encoding::O200kBase.vocabulary_size(), 199_998);
    /// assert_eq!(Encoding::Cl100kBase.vocabulary_size(), 100_256);
    /// ```
    pub fn vocabulary_size(self) -> usize {
        tables(self).1.len()
    }

    /// The count from `tiktoken-rs`, the reference implementation.
    pub fn reference_count(self, text: &str) -> usize {
        if text.is_empty() {
            return 0;
        }
        self.bpe().encode_ordinary(text).len()
    }

    /// A lower bound on the tokens of `text`, counted only until it passes `floor`.
    ///
    /// Counts line-aligned chunks and subtracts one token per chunk boundary, because a
    /// pre-token can span a boundary. Returns early once the bound exceeds `floor`, so
    /// checking "is the original bigger than this small replacement" stays cheap.
    pub fn count_above(self, text: &str, floor: usize) -> Bound {
        const CHUNK: usize = 4096;
        let mut counted = 0usize;
        let mut rest = text;
        let mut chunks = 0usize;
        while !rest.is_empty() {
            let cut = chunk_end(rest, CHUNK);
            counted += self.count(&rest[..cut]);
            chunks += 1;
            rest = &rest[cut..];
            let lower = counted.saturating_sub(chunks - 1);
            if lower > floor && !rest.is_empty() {
                let estimate = (counted as f64 * text.len() as f64 / (text.len() - rest.len()) as f64) as usize;
                return Bound { lower, estimate: estimate.max(lower), exact: false };
            }
        }
        if chunks <= 1 {
            return Bound { lower: counted, estimate: counted, exact: true };
        }
        let lower = counted.saturating_sub(chunks - 1);
        Bound { lower, estimate: counted, exact: false }
    }

    /// The tokens of `text`: exact for short texts; for long ones, extrapolated from the
    /// token density of three samples (head, middle, tail), which is deterministic and costs
    /// the same whatever the length.
    pub fn estimate(self, text: &str) -> Estimate {
        const SAMPLE: usize = 512;
        if text.len() <= 4 * SAMPLE {
            let tokens = self.count(text);
            return Estimate { tokens, exact: true };
        }
        let mut sampled_bytes = 0;
        let mut sampled_tokens = 0;
        for start in [0, text.len() / 2, text.len() - SAMPLE] {
            let mut from = start;
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let end = from + chunk_end(&text[from..], SAMPLE);
            sampled_bytes += end - from;
            sampled_tokens += self.count(&text[from..end]);
        }
        let tokens = (sampled_tokens as f64 * text.len() as f64 / sampled_bytes.max(1) as f64).round() as usize;
        Estimate { tokens, exact: false }
    }

    fn bpe(self) -> &'static CoreBPE {
        static O200K: OnceLock<CoreBPE> = OnceLock::new();
        static CL100K: OnceLock<CoreBPE> = OnceLock::new();
        match self {
            Encoding::O200kBase => O200K.get_or_init(|| tiktoken_rs::o200k_base().expect("embedded o200k ranks load")),
            Encoding::Cl100kBase => {
                CL100K.get_or_init(|| tiktoken_rs::cl100k_base().expect("embedded cl100k ranks load"))
            }
        }
    }
}

/// Each encoding's shipped `.tiktoken.gz` and the table file the build script made of it.
#[cfg(test)]
const TABLE_FILES: [(&[u8], &[u8]); 2] = [
    (
        include_bytes!("../../data/o200k_base.tiktoken.gz"),
        include_bytes!(concat!(env!("OUT_DIR"), "/o200k_base.vocab")),
    ),
    (
        include_bytes!("../../data/cl100k_base.tiktoken.gz"),
        include_bytes!(concat!(env!("OUT_DIR"), "/cl100k_base.vocab")),
    ),
];

/// The pre-tokenizer and vocabulary of `encoding`, set up on first use (a few milliseconds:
/// the regex compiles; the tables are read in place).
fn tables(encoding: Encoding) -> &'static (Pretokenizer, Vocab) {
    static TABLES: [OnceLock<(Pretokenizer, Vocab)>; 2] = [OnceLock::new(), OnceLock::new()];
    TABLES[encoding as usize].get_or_init(|| {
        let (pretokenizer, file) = match encoding {
            Encoding::O200kBase => {
                (Pretokenizer::o200k(), &include_bytes!(concat!(env!("OUT_DIR"), "/o200k_base.vocab"))[..])
            }
            Encoding::Cl100kBase => {
                (Pretokenizer::cl100k(), &include_bytes!(concat!(env!("OUT_DIR"), "/cl100k_base.vocab"))[..])
            }
        };
        (pretokenizer, Vocab::from_tables(file).expect("the build script writes well-formed tables"))
    })
}

thread_local! {
    static PIECES: std::cell::RefCell<[PieceCache; 2]> = std::cell::RefCell::new([PieceCache::new(), PieceCache::new()]);
}

/// The token counts of recently seen short pieces, by hash: one cache line per piece, where
/// the vocabulary's lookup misses the cache twice (its 200,000-entry index, then the token's
/// bytes). Words, keys and indentation repeat, so most pieces hit.
struct PieceCache {
    slots: Vec<Slot>,
}

/// A piece of up to [`Slot::MAX`] bytes and its token count; `len == 0` is empty.
#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    count: u8,
    bytes: [u8; Slot::MAX],
}

impl Slot {
    const MAX: usize = 30;
}

impl PieceCache {
    const SLOTS: usize = 4096;

    fn new() -> Self {
        PieceCache { slots: vec![Slot { len: 0, count: 0, bytes: [0; Slot::MAX] }; Self::SLOTS] }
    }

    fn count(&mut self, piece: &[u8], count: impl Fn(&[u8]) -> usize) -> usize {
        if piece.is_empty() || piece.len() > Slot::MAX {
            return count(piece);
        }
        let mut hasher = crate::transform::signals::FnvHasher::default();
        hasher.write(piece);
        let hash = hasher.finish();
        let slot = &mut self.slots[(hash >> 32) as usize % Self::SLOTS];
        if usize::from(slot.len) == piece.len() && slot.bytes[..piece.len()] == *piece {
            return usize::from(slot.count);
        }
        let n = count(piece);
        if let Ok(c) = u8::try_from(n) {
            *slot = Slot { len: piece.len() as u8, count: c, bytes: [0; Slot::MAX] };
            slot.bytes[..piece.len()].copy_from_slice(piece);
        }
        n
    }
}

/// The result of [`Encoding::estimate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    /// The (estimated) number of tokens.
    pub tokens: usize,
    /// Whether `tokens` is the exact count.
    pub exact: bool,
}

/// The result of [`Encoding::count_above`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    /// The text has at least this many tokens.
    pub lower: usize,
    /// A best estimate (exact when `exact`).
    pub estimate: usize,
    /// Whether `lower` is the exact count.
    pub exact: bool,
}

/// Byte index at which to cut a chunk of about `size` bytes: after a newline if one is near.
fn chunk_end(text: &str, size: usize) -> usize {
    if text.len() <= size {
        return text.len();
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match memchr::memrchr(b'\n', &text.as_bytes()[..end]) {
        Some(nl) if nl > size / 2 => nl + 1,
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_known_strings() {
        assert_eq!(Encoding::O200kBase.count(""), 0);
        assert_eq!(Encoding::O200kBase.count("hello world"), 2);
        assert!(Encoding::Cl100kBase.count("<|endoftext|>") > 1, "special tokens are text");
    }

    #[test]
    fn remembered_pieces_count_as_the_reference_does() {
        // Random words of a few lengths: many pieces of the same length share a slot of the
        // piece cache while taking different numbers of tokens. Each text is counted twice,
        // the second time from the cache.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut word = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 6 + (seed % 4) as usize;
            (0..len).map(|i| (b'a' + (seed >> (8 + 5 * i) & 15) as u8) as char).collect::<String>()
        };
        let texts: Vec<String> = (0..3).map(|_| (0..6000).map(|_| word() + " ").collect()).collect();
        for encoding in [Encoding::O200kBase, Encoding::Cl100kBase] {
            for text in texts.iter().chain(&texts) {
                assert_eq!(encoding.count(text), encoding.reference_count(text), "{encoding:?}");
            }
        }
    }

    #[test]
    fn bound_is_below_the_exact_count() {
        let text: String = (0..3000).map(|i| format!("line {i}: value={} ok\n", i * 7)).collect();
        let exact = Encoding::O200kBase.count(&text);
        let full = Encoding::O200kBase.count_above(&text, usize::MAX);
        assert!(full.lower <= exact && full.estimate >= full.lower);
        let early = Encoding::O200kBase.count_above(&text, 100);
        assert!(early.lower > 100 && early.lower <= exact && !early.exact);
        let estimate = Encoding::O200kBase.estimate(&text);
        assert!(!estimate.exact && estimate.tokens.abs_diff(exact) * 5 < exact, "{estimate:?} vs {exact}");
        assert!(Encoding::O200kBase.estimate("a b c").exact);
        let small = Encoding::O200kBase.count_above("a b c", 100);
        assert_eq!((small.lower, small.exact), (3, true));
    }
}
