// Builds a vocabulary's table file (see `layout.rs`) from a gzipped `.tiktoken` file: at
// build time, so the binary carries its tables ready to use (build.rs `include!`s this file),
// and in tests, to check the embedded tables against the shipped data.

use std::io::Read;

use base64::Engine;

use super::layout::{MAGIC, slot_hash};

/// The table file for a gzipped `.tiktoken` file: one `base64(token) rank` line per token,
/// ranks 0, 1, … in order, every single byte a token.
pub fn build(gz: &[u8]) -> Result<Vec<u8>, String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(gz).read_to_string(&mut text).map_err(|e| format!("gunzip: {e}"))?;
    let base64 = base64::engine::general_purpose::STANDARD;
    let mut bytes = Vec::new();
    let mut starts = Vec::new();
    for (rank, line) in text.lines().enumerate() {
        let (token, stated) = line.split_once(' ').ok_or_else(|| format!("line {}: no rank", rank + 1))?;
        if stated.parse::<usize>().ok() != Some(rank) {
            return Err(format!("line {}: rank {stated}, expected {rank}", rank + 1));
        }
        starts.push(bytes.len() as u32);
        base64.decode_vec(token, &mut bytes).map_err(|e| format!("line {}: {e}", rank + 1))?;
    }
    starts.push(bytes.len() as u32);
    let count = starts.len() - 1;
    let token = |rank: usize| &bytes[starts[rank] as usize..starts[rank + 1] as usize];
    let mut index = vec![0u32; (count * 2).next_power_of_two().max(2)];
    let mask = index.len() - 1;
    for rank in 0..count {
        let mut slot = slot_hash(token(rank)) as usize & mask;
        while index[slot] != 0 {
            if token(index[slot] as usize - 1) == token(rank) {
                return Err(format!("token of rank {rank} repeats rank {}", index[slot] - 1));
            }
            slot = (slot + 1) & mask;
        }
        index[slot] = rank as u32 + 1;
    }
    let present = |piece: &[u8]| {
        let mut slot = slot_hash(piece) as usize & mask;
        while index[slot] != 0 && token(index[slot] as usize - 1) != piece {
            slot = (slot + 1) & mask;
        }
        index[slot] != 0
    };
    if !(0..=255u8).all(|b| present(&[b])) {
        return Err("not every byte is a token".into());
    }
    let mut out = Vec::with_capacity(12 + 4 * (starts.len() + index.len()) + bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(count as u32).to_le_bytes());
    out.extend_from_slice(&(index.len() as u32).to_le_bytes());
    starts.iter().chain(&index).for_each(|n| out.extend_from_slice(&n.to_le_bytes()));
    out.extend_from_slice(&bytes);
    Ok(out)
}
