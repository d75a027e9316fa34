//! Errors of the library entry point.

/// Why [`crate::compress`] could not read a body. The layer forwards the original instead.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The body is not UTF-8.
    #[error("request body is not valid utf-8")]
    InvalidUtf8,
    /// The body is not JSON of the endpoint's shape.
    #[error("request body is not valid json for this endpoint: {0}")]
    InvalidJson(#[from] serde_json::Error),
    /// The deadline passed before compression finished.
    #[error("compression deadline exceeded")]
    Deadline,
    /// The rewritten body could not be assembled.
    #[error("rewritten spans overlap")]
    Splice,
}

impl Error {
    /// The fail-open reason this error is recorded under.
    pub fn fail_open(&self) -> crate::pipeline::FailOpen {
        use crate::pipeline::FailOpen;
        match self {
            Error::InvalidUtf8 => FailOpen::InvalidUtf8,
            Error::InvalidJson(_) => FailOpen::InvalidJson,
            Error::Deadline => FailOpen::Deadline,
            Error::Splice => FailOpen::Splice,
        }
    }
}
