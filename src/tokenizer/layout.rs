// The layout of a vocabulary's tables, shared by the build script (which `include!`s this
// file to write them) and `vocab.rs` (which reads them): the two must never diverge.
//
// A table file is `MAGIC`, then the token count n and the index length m (u32 little-endian
// each), n + 1 token starts (u32: token r is bytes[starts[r]..starts[r + 1]]), m index slots
// (u32: rank + 1, 0 for an empty slot), then every token's bytes, in rank order.

/// The first four bytes of a table file.
pub const MAGIC: &[u8; 4] = b"HRV1";

/// Where a token's bytes start looking in the index: FNV-1a, then a multiply-xorshift so the
/// low bits (the slot) mix well. Fixed, so the index built at build time stays valid.
pub fn slot_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
}
