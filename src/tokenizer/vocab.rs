//! A BPE vocabulary (every token's bytes, by rank) and tiktoken's merge, counted.
//!
//! The tables are built from the `.tiktoken` files OpenAI publishes, shipped gzipped in
//! `data/`: about 3 MB for o200k_base, where a general BPE library's tables took ~65 MB.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::hash::BuildHasher;
use std::io::Read;

use base64::Engine;

/// Every token's bytes in one buffer, indexed by rank, with an open-addressed hash index.
pub(super) struct Vocab {
    bytes: Vec<u8>,
    /// Token `r` is `bytes[starts[r]..starts[r + 1]]`.
    starts: Vec<u32>,
    /// `rank + 1` per slot; 0 is an empty slot.
    index: Vec<u32>,
}

/// Pieces up to this long are merged the way tiktoken does (a scan per merge, quadratic but
/// fast when short); longer ones with a heap, so a hostile megabyte-long word stays n log n.
const SCAN_LIMIT: usize = 64;

impl Vocab {
    /// Reads a gzipped `.tiktoken` file: one `base64(token) rank` line per token, ranks 0, 1, ….
    pub(super) fn from_tiktoken_gz(gz: &[u8]) -> Result<Vocab, String> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(gz).read_to_string(&mut text).map_err(|e| format!("gunzip: {e}"))?;
        let lines = text.lines().count();
        let mut vocab =
            Vocab { bytes: Vec::with_capacity(lines * 8), starts: Vec::with_capacity(lines + 1), index: Vec::new() };
        let base64 = base64::engine::general_purpose::STANDARD;
        for (rank, line) in text.lines().enumerate() {
            let (token, stated) = line.split_once(' ').ok_or_else(|| format!("line {}: no rank", rank + 1))?;
            if stated.parse::<usize>().ok() != Some(rank) {
                return Err(format!("line {}: rank {stated}, expected {rank}", rank + 1));
            }
            vocab.starts.push(vocab.bytes.len() as u32);
            base64.decode_vec(token, &mut vocab.bytes).map_err(|e| format!("line {}: {e}", rank + 1))?;
        }
        vocab.starts.push(vocab.bytes.len() as u32);
        vocab.bytes.shrink_to_fit();
        vocab.index = vec![0; (lines * 2).next_power_of_two()];
        for rank in 0..lines as u32 {
            let slot = vocab.find(vocab.token(rank));
            if vocab.index[slot] != 0 {
                return Err(format!("token of rank {rank} repeats rank {}", vocab.index[slot] - 1));
            }
            vocab.index[slot] = rank + 1;
        }
        if (0..=255u8).any(|b| vocab.rank(&[b]).is_none()) {
            return Err("not every byte is a token".into());
        }
        Ok(vocab)
    }

    /// The number of tokens.
    pub(super) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(super) fn token(&self, rank: u32) -> &[u8] {
        let r = rank as usize;
        &self.bytes[self.starts[r] as usize..self.starts[r + 1] as usize]
    }

    /// The rank of the token whose bytes are `piece`, if there is one.
    pub(super) fn rank(&self, piece: &[u8]) -> Option<u32> {
        self.index[self.find(piece)].checked_sub(1)
    }

    /// The slot holding `piece`, or the empty slot where it would go.
    fn find(&self, piece: &[u8]) -> usize {
        let mask = self.index.len() - 1;
        let mut slot = foldhash::fast::FixedState::with_seed(0x5eed).hash_one(piece) as usize & mask;
        loop {
            match self.index[slot] {
                0 => return slot,
                entry if self.token(entry - 1) == piece => return slot,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The number of tokens tiktoken encodes the pre-tokenized `piece` into.
    pub(super) fn count(&self, piece: &[u8]) -> usize {
        match piece.len() {
            0 => 0,
            1 => 1,
            _ if self.rank(piece).is_some() => 1,
            n if n <= SCAN_LIMIT => self.count_by_scan(piece),
            _ => self.count_by_heap(piece),
        }
    }

    /// tiktoken's `byte_pair_merge`: repeatedly merge the adjacent pair whose bytes are the
    /// lowest-ranked token, the leftmost of equals, until no pair is a token.
    fn count_by_scan(&self, piece: &[u8]) -> usize {
        if piece.len() > SCAN_LIMIT {
            return self.count_by_heap(piece);
        }
        // (start of the part, rank of it merged with the next part)
        let mut parts = [(0u32, u32::MAX); SCAN_LIMIT + 1];
        let mut len = piece.len() + 1;
        let pair = |parts: &[(u32, u32)], i: usize, len: usize| match parts.get(i + 2) {
            Some(&(end, _)) if i + 2 < len => self.rank(&piece[parts[i].0 as usize..end as usize]).unwrap_or(u32::MAX),
            _ => u32::MAX,
        };
        for (i, part) in parts[..len].iter_mut().enumerate() {
            part.0 = i as u32;
        }
        for i in 0..len - 1 {
            parts[i].1 = pair(&parts, i, len);
        }
        loop {
            let Some((i, _)) =
                parts[..len - 1].iter().enumerate().filter(|(_, p)| p.1 != u32::MAX).min_by_key(|(_, p)| p.1)
            else {
                return len - 1;
            };
            parts.copy_within(i + 2..len, i + 1);
            len -= 1;
            parts[i].1 = pair(&parts, i, len);
            if i > 0 {
                parts[i - 1].1 = pair(&parts, i - 1, len);
            }
        }
    }

    /// The same merges in the same order, with a heap of candidate pairs ordered by (rank,
    /// start) and stale entries skipped.
    fn count_by_heap(&self, piece: &[u8]) -> usize {
        const DEAD: u32 = u32::MAX;
        let n = piece.len();
        // The part starting at byte i ends at next[i] (DEAD once merged into its left
        // neighbour); it starts after the part starting at prev[i].
        let mut next: Vec<u32> = (1..=n as u32).collect();
        let mut prev: Vec<u32> = (0..n as u32).map(|i| i.saturating_sub(1)).collect();
        let mut heap = BinaryHeap::with_capacity(n);
        let push = |heap: &mut BinaryHeap<_>, start: usize, end: usize| {
            if let Some(rank) = self.rank(&piece[start..end]) {
                heap.push(Reverse((rank, start as u32, end as u32)));
            }
        };
        for i in 0..n - 1 {
            push(&mut heap, i, i + 2);
        }
        let mut parts = n;
        while let Some(Reverse((_, start, end))) = heap.pop() {
            let (start, end) = (start as usize, end as usize);
            let mid = next[start];
            if mid == DEAD || mid as usize >= n || next[mid as usize] as usize != end {
                continue;
            }
            next[start] = end as u32;
            next[mid as usize] = DEAD;
            parts -= 1;
            if start > 0 {
                push(&mut heap, prev[start] as usize, end);
            }
            if end < n {
                prev[end] = start as u32;
                push(&mut heap, start, next[end] as usize);
            }
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o200k() -> &'static Vocab {
        &super::super::tables(crate::tokenizer::Encoding::O200kBase).1
    }

    #[test]
    fn heap_and_scan_merge_alike() {
        // Letters, digits and repeats of every length up to past the scan limit: both merges
        // must reach the same parts, since their order decides the count.
        let vocab = o200k();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 2 + (seed % (SCAN_LIMIT as u64 - 1)) as usize;
            let alphabet: &[u8] = if seed & 1 == 0 { b"ab" } else { b"etaoinshrdlu" };
            let piece: Vec<u8> = (0..len).map(|i| alphabet[(seed >> (i % 50)) as usize % alphabet.len()]).collect();
            assert_eq!(
                vocab.count_by_scan(&piece),
                vocab.count_by_heap(&piece),
                "{:?}",
                String::from_utf8_lossy(&piece)
            );
        }
    }

    #[test]
    fn long_words_count_as_the_reference_does() {
        let encoding = crate::tokenizer::Encoding::O200kBase;
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in [65, 100, 700, 3000] {
            let word: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (b'a' + (seed % 26) as u8) as char
                })
                .collect();
            assert_eq!(o200k().count(word.as_bytes()), encoding.reference_count(&word), "{len} letters");
        }
        // A megabyte-long word (tiktoken's own merge is quadratic in it) still counts, fast.
        let word = "abcdefghij".repeat(100_000);
        let tokens = o200k().count(word.as_bytes());
        assert!((100_000..=500_000).contains(&tokens), "{tokens}");
    }

    #[test]
    fn every_token_is_found_at_its_rank() {
        let vocab = o200k();
        for rank in (0..vocab.len() as u32).step_by(7) {
            assert_eq!(vocab.rank(vocab.token(rank)), Some(rank));
        }
        assert_eq!(vocab.rank(b"not a token at all, surely"), None);
    }

    #[test]
    fn malformed_vocabularies_are_refused() {
        let err = |gz: &[u8]| Vocab::from_tiktoken_gz(gz).err().unwrap_or_default();
        let gz = |text: &str| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            std::io::Write::write_all(&mut e, text.as_bytes()).unwrap();
            e.finish().unwrap()
        };
        assert!(err(b"not gzip").contains("gunzip"));
        assert!(err(&gz("YQ== 1\n")).contains("expected 0"));
        assert!(err(&gz("YQ== 0\nYQ== 1\n")).contains("repeats"));
        assert!(err(&gz("YQ== 0\n")).contains("every byte"));
    }
}
