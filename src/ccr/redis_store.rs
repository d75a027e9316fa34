//! A [`Store`] in Redis, so several gateway replicas serve one conversation.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{Store, StoreError, StoreFuture, Tenant};

/// Originals in Redis under `headroom:{tenant}:{id}` with a TTL. Every call has a short
/// connect and I/O timeout: a slow or absent Redis fails the call (and so the lossy
/// rewrite), never the request.
///
/// ```no_run
/// use headroom::ccr::{RedisStore, Store, Tenant, block_on};
/// let store = RedisStore::open("redis://127.0.0.1:6379/").unwrap();
/// block_on(store.put(&Tenant::anonymous(), "abc", "original")).unwrap();
/// ```
///
/// Calls run on tokio's blocking pool when there is a runtime (the client is synchronous, and
/// bounded by its timeouts), on the calling thread otherwise.
#[derive(Clone)]
pub struct RedisStore {
    client: redis::Client,
    idle: Arc<Mutex<Vec<redis::Connection>>>,
    ttl: Duration,
    timeout: Duration,
    max_bytes: usize,
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore").field("ttl", &self.ttl).field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

impl RedisStore {
    /// A store at `url` keeping originals for an hour, with 250 ms timeouts.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let client = redis::Client::open(url).map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok(RedisStore {
            client,
            idle: Arc::default(),
            ttl: Duration::from_secs(3600),
            timeout: Duration::from_millis(250),
            max_bytes: 64 << 20,
        })
    }

    /// Sets how long originals are kept.
    pub fn ttl(mut self, ttl: Duration) -> Self {
        self.ttl = ttl;
        self
    }

    /// Sets the connect and I/O timeout of each call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    fn key(tenant: &Tenant, id: &str) -> String {
        format!("headroom:{}:{id}", tenant.as_str())
    }

    /// Runs `f` on a pooled connection; a connection that failed is dropped, not pooled.
    fn with<T>(&self, f: impl FnOnce(&mut redis::Connection) -> redis::RedisResult<T>) -> Result<T, StoreError> {
        let pooled = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => {
                let conn = self.client.get_connection_with_timeout(self.timeout).map_err(unavailable)?;
                conn.set_read_timeout(Some(self.timeout)).map_err(unavailable)?;
                conn.set_write_timeout(Some(self.timeout)).map_err(unavailable)?;
                conn
            }
        };
        let result = f(&mut conn).map_err(unavailable)?;
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < 16 {
            idle.push(conn);
        }
        Ok(result)
    }
}

fn unavailable(e: redis::RedisError) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

impl Store for RedisStore {
    fn put<'a>(&'a self, tenant: &'a Tenant, id: &'a str, original: &'a str) -> StoreFuture<'a, ()> {
        if original.len() > self.max_bytes {
            return Box::pin(std::future::ready(Err(StoreError::TooLarge(original.len()))));
        }
        let (store, key, original) = (self.clone(), Self::key(tenant, id), original.to_owned());
        let ttl = self.ttl.as_secs().max(1);
        Box::pin(off_thread(move || {
            store.with(|conn| redis::cmd("SET").arg(&key).arg(&original).arg("EX").arg(ttl).query::<()>(conn))
        }))
    }

    fn get<'a>(&'a self, tenant: &'a Tenant, id: &'a str) -> StoreFuture<'a, Option<String>> {
        let (store, key) = (self.clone(), Self::key(tenant, id));
        Box::pin(off_thread(move || store.with(|conn| redis::cmd("GET").arg(&key).query::<Option<String>>(conn))))
    }
}

/// Runs a blocking call on tokio's blocking pool if there is a runtime, else right here.
async fn off_thread<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => runtime.spawn_blocking(call).await.map_err(|e| StoreError::Unavailable(e.to_string()))?,
        Err(_) => call(),
    }
}
