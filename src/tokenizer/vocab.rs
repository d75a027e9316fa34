//! A BPE vocabulary (every token's bytes, by rank, and an index from bytes to rank) and
//! tiktoken's merge, counted.
//!
//! The tables are built at build time from the `.tiktoken` files OpenAI publishes (shipped
//! gzipped in `data/`, see `layout.rs` for the format) and read in place from the binary:
//! about 4 MB of clean, file-backed pages for o200k_base, nothing decoded at run time.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::layout::{MAGIC, slot_hash};

/// A vocabulary's tables, borrowed from a table file.
pub(super) struct Vocab {
    /// Token `r` is `bytes[start(r)..start(r + 1)]`; u32 little-endian each.
    starts: &'static [u8],
    /// `rank + 1` per slot, 0 for an empty slot; u32 little-endian each.
    index: &'static [u8],
    bytes: &'static [u8],
    mask: usize,
}

/// Pieces up to this long are merged the way tiktoken does (a scan per merge, quadratic but
/// fast when short); longer ones with a heap, so a hostile megabyte-long word stays n log n.
const SCAN_LIMIT: usize = 64;

/// The heap merge needs ~20 bytes of memory per byte of the piece, so a longer piece (a
/// 30 MB run of letters, say) is counted a mebibyte at a time: merges across the cuts are
/// lost, which can add about one token per mebibyte.
const HEAP_LIMIT: usize = 1 << 20;

fn u32_at(table: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([table[4 * i], table[4 * i + 1], table[4 * i + 2], table[4 * i + 3]])
}

impl Vocab {
    /// Reads a table file, checking that every lookup stays inside it.
    pub(super) fn from_tables(file: &'static [u8]) -> Result<Vocab, String> {
        let header = file.get(..12).filter(|h| h[..4] == MAGIC[..]).ok_or("not a vocabulary table file")?;
        let (count, slots) = (u32_at(header, 1) as usize, u32_at(header, 2) as usize);
        let starts_end = 12 + 4 * (count + 1);
        let index_end = starts_end + 4 * slots;
        let (starts, index) = (
            file.get(12..starts_end).ok_or("truncated starts")?,
            file.get(starts_end..index_end).ok_or("truncated index")?,
        );
        let bytes = &file[index_end..];
        if !slots.is_power_of_two() || slots <= count {
            return Err(format!("{slots} index slots for {count} tokens"));
        }
        if (0..count).any(|r| u32_at(starts, r) > u32_at(starts, r + 1))
            || u32_at(starts, 0) != 0
            || u32_at(starts, count) as usize != bytes.len()
        {
            return Err("token starts out of order or out of range".into());
        }
        if (0..slots).any(|s| u32_at(index, s) as usize > count) {
            return Err("an index slot names no token".into());
        }
        Ok(Vocab { starts, index, bytes, mask: slots - 1 })
    }

    /// The number of tokens.
    pub(super) fn len(&self) -> usize {
        self.starts.len() / 4 - 1
    }

    pub(super) fn token(&self, rank: u32) -> &[u8] {
        let r = rank as usize;
        &self.bytes[u32_at(self.starts, r) as usize..u32_at(self.starts, r + 1) as usize]
    }

    /// The rank of the token whose bytes are `piece`, if there is one.
    pub(super) fn rank(&self, piece: &[u8]) -> Option<u32> {
        let mut slot = slot_hash(piece) as usize & self.mask;
        loop {
            match u32_at(self.index, slot) {
                0 => return None,
                entry if self.token(entry - 1) == piece => return Some(entry - 1),
                _ => slot = (slot + 1) & self.mask,
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
            n if n <= HEAP_LIMIT => self.count_by_heap(piece),
            _ => piece.chunks(HEAP_LIMIT).map(|chunk| self.count(chunk)).sum(),
        }
    }

    /// tiktoken's `byte_pair_merge`: repeatedly merge the adjacent pair whose bytes are the
    /// lowest-ranked token, the leftmost of equals, until no pair is a token.
    fn count_by_scan(&self, piece: &[u8]) -> usize {
        if piece.len() > SCAN_LIMIT {
            return self.count_by_heap(piece);
        }
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
        // Past the heap's limit, a mebibyte at a time.
        let mib = "abcdefgh".repeat(HEAP_LIMIT / 8);
        assert_eq!(o200k().count(mib.repeat(3).as_bytes()), 3 * o200k().count(mib.as_bytes()));
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
        let err = |gz: &[u8]| super::super::tables::build(gz).err().unwrap_or_default();
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

    #[test]
    fn the_embedded_tables_are_the_shipped_data() {
        for (gz, table) in super::super::TABLE_FILES {
            assert!(super::super::tables::build(gz).unwrap() == table, "rebuild with `cargo clean`");
        }
    }

    #[test]
    fn damaged_table_files_are_refused() {
        let table = super::super::TABLE_FILES[1].1;
        let err = |file: Vec<u8>| Vocab::from_tables(Box::leak(file.into_boxed_slice())).err().unwrap_or_default();
        assert!(err(b"HRV0".repeat(8)).contains("not a vocabulary"));
        assert!(err(table[..table.len() / 4].to_vec()).contains("truncated"));
        assert!(err(table[..table.len() - 1].to_vec()).contains("out of range"));
        let mut swapped = table.to_vec();
        swapped[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(err(swapped).contains("out of order"));
        assert!(Vocab::from_tables(table).is_ok());
    }
}
