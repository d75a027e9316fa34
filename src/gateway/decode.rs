//! Decoding `Content-Encoding` request bodies with the limit counted after decoding, so a
//! small bomb cannot allocate more than the limit.

use std::io::Read;

use bytes::Bytes;

/// Why a body could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The decoded body is larger than the limit.
    #[error("decoded body exceeds {0} bytes")]
    TooLarge(usize),
    /// The encoding is not one the gateway decodes.
    #[error("unsupported content-encoding {0:?}")]
    Unsupported(String),
    /// The bytes are not valid for their encoding.
    #[error("corrupt {0} body: {1}")]
    Corrupt(&'static str, std::io::Error),
}

/// Whether the gateway can decode `encoding`.
pub fn supported(encoding: &str) -> bool {
    matches!(encoding.trim().to_ascii_lowercase().as_str(), "gzip" | "x-gzip" | "deflate" | "br" | "zstd")
}

/// Decodes `raw` in `encoding`, reading at most `limit` decoded bytes.
pub fn decode(encoding: &str, raw: &[u8], limit: usize) -> Result<Bytes, DecodeError> {
    let encoding = encoding.trim().to_ascii_lowercase();
    let (name, reader): (&'static str, Box<dyn Read + '_>) = match encoding.as_str() {
        "gzip" | "x-gzip" => ("gzip", Box::new(flate2::read::MultiGzDecoder::new(raw))),
        "deflate" => ("deflate", Box::new(flate2::read::ZlibDecoder::new(raw))),
        "br" => ("br", Box::new(brotli_decompressor::Decompressor::new(raw, 4096))),
        "zstd" => {
            let decoder = ruzstd::decoding::StreamingDecoder::new(raw)
                .map_err(|e| DecodeError::Corrupt("zstd", std::io::Error::other(e.to_string())))?;
            ("zstd", Box::new(decoder))
        }
        other => return Err(DecodeError::Unsupported(other.to_owned())),
    };
    let mut out = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut out).map_err(|e| DecodeError::Corrupt(name, e))?;
    if out.len() > limit {
        return Err(DecodeError::TooLarge(limit));
    }
    Ok(Bytes::from(out))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn a_gzip_bomb_stops_at_the_limit() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![b'a'; 16 << 20]).unwrap();
        let bomb = encoder.finish().unwrap();
        assert!(bomb.len() < 64 << 10);
        assert!(matches!(decode("gzip", &bomb, 1 << 20), Err(DecodeError::TooLarge(_))));
        assert_eq!(decode("gzip", &bomb, 32 << 20).unwrap().len(), 16 << 20);
        assert!(matches!(decode("gzip", b"not gzip", 100), Err(DecodeError::Corrupt(..))));
        assert!(matches!(decode("compress", b"", 100), Err(DecodeError::Unsupported(_))));
    }

    #[test]
    fn deflate_and_zstd_round_trip_and_respect_the_limit() {
        let data = vec![b'x'; 1 << 20];
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(&data).unwrap();
        let zlib = zlib.finish().unwrap();
        assert_eq!(decode("deflate", &zlib, 2 << 20).unwrap().len(), data.len());
        let zstd = ruzstd::encoding::compress_to_vec(&data[..], ruzstd::encoding::CompressionLevel::Fastest);
        assert_eq!(decode("zstd", &zstd, 2 << 20).unwrap().len(), data.len());
        assert!(matches!(decode("zstd", &zstd, 1000), Err(DecodeError::TooLarge(_))));
        assert!(matches!(decode("deflate", &zlib, 1000), Err(DecodeError::TooLarge(_))));
    }
}
