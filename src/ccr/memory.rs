//! The default store: in memory, capped in bytes and entries, with a TTL, least recently
//! used entries evicted first.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Store, StoreError, StoreFuture, Tenant};

type Key = (Tenant, String);

/// A bounded in-memory [`Store`].
///
/// ```
/// use headroom::ccr::{MemoryStore, Store, Tenant, block_on};
/// let store = MemoryStore::new();
/// block_on(store.put(&Tenant::anonymous(), "abc", "original")).unwrap();
/// assert_eq!(block_on(store.get(&Tenant::anonymous(), "abc")).unwrap().as_deref(), Some("original"));
/// ```
#[derive(Debug, Clone)]
pub struct MemoryStore {
    inner: Arc<Mutex<Inner>>,
    max_bytes: usize,
    max_entries: usize,
    ttl: Duration,
}

#[derive(Debug, Default)]
struct Inner {
    entries: HashMap<Key, Entry>,
    by_use: BTreeMap<u64, Key>,
    tick: u64,
    bytes: usize,
}

#[derive(Debug)]
struct Entry {
    value: Arc<str>,
    stored: Instant,
    used: u64,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryStore {
    /// A store of at most 256 MiB and 100,000 entries, each kept for an hour.
    pub fn new() -> Self {
        Self::with_limits(256 << 20, 100_000, Duration::from_secs(3600))
    }

    /// A store with the given caps.
    pub fn with_limits(max_bytes: usize, max_entries: usize, ttl: Duration) -> Self {
        MemoryStore { inner: Arc::default(), max_bytes, max_entries: max_entries.max(1), ttl }
    }

    /// Bytes of originals held now.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    /// Number of originals held now.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether the store holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves consistent maps; keep serving.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Inner {
    fn remove(&mut self, key: &Key) {
        if let Some(entry) = self.entries.remove(key) {
            self.by_use.remove(&entry.used);
            self.bytes -= entry.value.len();
        }
    }

    fn touch(&mut self, key: &Key) {
        self.tick += 1;
        let tick = self.tick;
        if let Some(entry) = self.entries.get_mut(key) {
            self.by_use.remove(&entry.used);
            entry.used = tick;
            self.by_use.insert(tick, key.clone());
        }
    }
}

impl Store for MemoryStore {
    fn put<'a>(&'a self, tenant: &'a Tenant, id: &'a str, original: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(std::future::ready(self.put_now(tenant, id, original)))
    }

    fn get<'a>(&'a self, tenant: &'a Tenant, id: &'a str) -> StoreFuture<'a, Option<String>> {
        Box::pin(std::future::ready(self.get_now(tenant, id)))
    }
}

impl MemoryStore {
    /// [`Store::put`] without a future: nothing here waits.
    pub fn put_now(&self, tenant: &Tenant, id: &str, original: &str) -> Result<(), StoreError> {
        if original.len() > self.max_bytes {
            return Err(StoreError::TooLarge(original.len()));
        }
        let key = (tenant.clone(), id.to_owned());
        let mut inner = self.lock();
        // Ids are content hashes: the same id is the same original, re-sent on a later turn.
        // Refreshing it is enough; copying it again is not needed.
        if let Some(entry) = inner.entries.get_mut(&key).filter(|e| *e.value == *original) {
            entry.stored = Instant::now();
            inner.touch(&key);
            return Ok(());
        }
        if inner.entries.contains_key(&key) {
            inner.remove(&key);
        }
        while inner.bytes + original.len() > self.max_bytes || inner.entries.len() >= self.max_entries {
            let Some((_, oldest)) = inner.by_use.pop_first() else { break };
            inner.remove(&oldest);
        }
        inner.tick += 1;
        let used = inner.tick;
        inner.bytes += original.len();
        inner.by_use.insert(used, key.clone());
        inner.entries.insert(key, Entry { value: Arc::from(original), stored: Instant::now(), used });
        Ok(())
    }

    /// [`Store::get`] without a future.
    pub fn get_now(&self, tenant: &Tenant, id: &str) -> Result<Option<String>, StoreError> {
        let key = (tenant.clone(), id.to_owned());
        let mut inner = self.lock();
        let expired = match inner.entries.get(&key) {
            None => return Ok(None),
            Some(entry) => entry.stored.elapsed() > self.ttl,
        };
        if expired {
            inner.remove(&key);
            return Ok(None);
        }
        inner.touch(&key);
        Ok(inner.entries.get(&key).map(|e| e.value.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evicts_least_recently_used_within_the_byte_cap() {
        let store = MemoryStore::with_limits(10, 100, Duration::from_secs(60));
        let t = Tenant::anonymous();
        store.put_now(&t, "a", "aaaa").unwrap();
        store.put_now(&t, "b", "bbbb").unwrap();
        store.get_now(&t, "a").unwrap();
        store.put_now(&t, "c", "cccc").unwrap();
        assert!(store.get_now(&t, "b").unwrap().is_none(), "b was least recently used");
        assert!(store.get_now(&t, "a").unwrap().is_some());
        assert!(store.bytes() <= 10);
        assert!(matches!(store.put_now(&t, "d", "too large for it"), Err(StoreError::TooLarge(_))));
    }

    #[test]
    fn caps_entries_and_expires() {
        let store = MemoryStore::with_limits(1000, 2, Duration::ZERO);
        let t = Tenant::anonymous();
        for id in ["a", "b", "c"] {
            store.put_now(&t, id, "x").unwrap();
        }
        assert_eq!(store.len(), 2);
        std::thread::sleep(Duration::from_millis(2));
        assert!(store.get_now(&t, "c").unwrap().is_none(), "ttl zero expires");
    }

    #[test]
    fn tenants_do_not_share() {
        let store = MemoryStore::new();
        let mut h = http::HeaderMap::new();
        h.insert("x-api-key", "k".parse().unwrap());
        store.put_now(&Tenant::from_headers(&h), "id", "secret").unwrap();
        assert!(store.get_now(&Tenant::anonymous(), "id").unwrap().is_none());
    }
}
