//! Compress, cache, retrieve: every lossy rewrite keeps its original under a content hash.
//!
//! The id is the first 24 hex characters of the BLAKE3 hash of the original text. Stores are
//! namespaced by a [`Tenant`], a hash of the caller's credential, so an id learned under one
//! API key returns nothing under another. Markers are one line in a single format for every
//! compressor and name the id and the tool that returns it.

mod memory;
#[cfg(feature = "redis")]
mod redis_store;
pub mod stream;
mod tool;

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use http::HeaderMap;

pub use memory::MemoryStore;
#[cfg(feature = "redis")]
pub use redis_store::RedisStore;
pub use tool::{RetrieveCall, answer, continuation, find_calls, tool_definition};

/// Name of the tool the model calls to get an original back.
pub const RETRIEVE_TOOL: &str = "headroom_retrieve";

/// The retrieval id of `original`: 24 hex characters of its BLAKE3 hash.
///
/// ```
/// let id = headroom::ccr::retrieve_id("some original text");
/// assert_eq!(id.len(), 24);
/// assert_eq!(id, headroom::ccr::retrieve_id("some original text"));
/// ```
pub fn retrieve_id(original: &str) -> String {
    id_of(&blake3::hash(original.as_bytes()))
}

/// The retrieval id of the original whose BLAKE3 hash is `hash`.
pub(crate) fn id_of(hash: &blake3::Hash) -> String {
    hash.to_hex()[..24].to_owned()
}

/// The one marker line left where `what` (e.g. `183 lines`) was dropped.
///
/// ```
/// let m = headroom::ccr::marker("183 lines", "3f2a9c0e5b7d41a8c2e6f0b1");
/// assert_eq!(m, r#"[… 183 lines omitted — headroom_retrieve {"id":"3f2a9c0e5b7d41a8c2e6f0b1"} returns them]"#);
/// ```
pub fn marker(what: &str, id: &str) -> String {
    format!("[… {what} omitted — {RETRIEVE_TOOL} {{\"id\":\"{id}\"}} returns them]")
}

/// Finds the ids named by markers in `text`.
pub fn marker_ids(text: &str) -> Vec<&str> {
    let needle = "headroom_retrieve {\"id\":\"";
    text.match_indices(needle)
        .filter_map(|(at, _)| text.get(at + needle.len()..at + needle.len() + 24))
        .filter(|id| id.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect()
}

/// Whose originals a request may store and read: a hash of its credential.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tenant(String);

impl Tenant {
    /// The tenant of requests that carry no credential.
    pub fn anonymous() -> Self {
        Tenant("anonymous".to_owned())
    }

    /// The tenant named by `Authorization` or `x-api-key` (hashed, never kept in clear).
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let credential = headers.get(http::header::AUTHORIZATION).or_else(|| headers.get("x-api-key"));
        match credential {
            Some(value) => Tenant(blake3::hash(value.as_bytes()).to_hex()[..16].to_owned()),
            None => Tenant::anonymous(),
        }
    }

    /// The hashed namespace string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Tenant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tenant({})", self.0)
    }
}

/// Why a store could not serve a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store is unreachable or failed.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// The original is larger than the store will hold.
    #[error("original of {0} bytes exceeds the store's capacity")]
    TooLarge(usize),
}

/// A store call in flight.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Where originals are kept until the model asks for them. Calls are async so a network
/// store never holds an executor thread; each store applies its own TTL and timeouts.
pub trait Store: Send + Sync + fmt::Debug + 'static {
    /// Keeps `original` under `id` for `tenant` until the store's TTL runs out.
    fn put<'a>(&'a self, tenant: &'a Tenant, id: &'a str, original: &'a str) -> StoreFuture<'a, ()>;
    /// The original stored under `id` for `tenant`, if it is still there.
    fn get<'a>(&'a self, tenant: &'a Tenant, id: &'a str) -> StoreFuture<'a, Option<String>>;
}

/// Runs `future` to completion on the calling thread, parking it while it waits: for
/// synchronous callers of a [`Store`] (the pipeline runs on the blocking pool).
///
/// ```
/// use headroom::ccr::{MemoryStore, Store, Tenant, block_on};
/// let store = MemoryStore::new();
/// block_on(store.put(&Tenant::anonymous(), "abc", "original")).unwrap();
/// assert_eq!(block_on(store.get(&Tenant::anonymous(), "abc")).unwrap().as_deref(), Some("original"));
/// ```
pub fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut cx = std::task::Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_names_its_id() {
        let id = retrieve_id("x");
        let text = format!("a\n{}\nb", marker("3 items", &id));
        assert_eq!(marker_ids(&text), vec![id.as_str()]);
    }

    #[test]
    fn tenants_differ_by_credential() {
        let mut a = HeaderMap::new();
        a.insert("authorization", "Bearer a".parse().unwrap());
        let mut b = HeaderMap::new();
        b.insert("x-api-key", "b".parse().unwrap());
        assert_ne!(Tenant::from_headers(&a), Tenant::from_headers(&b));
        assert_eq!(Tenant::from_headers(&HeaderMap::new()), Tenant::anonymous());
        assert!(!Tenant::from_headers(&a).as_str().contains("Bearer"));
    }
}
