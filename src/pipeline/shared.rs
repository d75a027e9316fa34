//! A bounded key-value store shared across requests, keyed by tenant.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::ccr::Tenant;

/// Shared context for extensions (memory, notes across turns), bounded in entries.
///
/// ```
/// use headroom::ccr::Tenant;
/// use headroom::pipeline::SharedContext;
/// let ctx = SharedContext::new(2);
/// let t = Tenant::anonymous();
/// ctx.put(&t, "k", serde_json::json!(1));
/// assert_eq!(ctx.get(&t, "k"), Some(serde_json::json!(1)));
/// ```
#[derive(Clone, Debug)]
pub struct SharedContext {
    inner: Arc<Mutex<Inner>>,
    max_entries: usize,
}

#[derive(Debug, Default)]
struct Inner {
    map: HashMap<(Tenant, String), Value>,
    order: VecDeque<(Tenant, String)>,
}

impl Default for SharedContext {
    fn default() -> Self {
        Self::new(10_000)
    }
}

impl SharedContext {
    /// A context holding at most `max_entries` values; the oldest are dropped first.
    pub fn new(max_entries: usize) -> Self {
        SharedContext { inner: Arc::default(), max_entries: max_entries.max(1) }
    }

    /// The value under `key` for `tenant`.
    pub fn get(&self, tenant: &Tenant, key: &str) -> Option<Value> {
        self.lock().map.get(&(tenant.clone(), key.to_owned())).cloned()
    }

    /// Sets `key` for `tenant`.
    pub fn put(&self, tenant: &Tenant, key: &str, value: Value) {
        let mut inner = self.lock();
        let k = (tenant.clone(), key.to_owned());
        if inner.map.insert(k.clone(), value).is_none() {
            inner.order.push_back(k);
        }
        while inner.map.len() > self.max_entries {
            let Some(old) = inner.order.pop_front() else { break };
            inner.map.remove(&old);
        }
    }

    /// Number of values held.
    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_bounded_and_per_tenant() {
        let ctx = SharedContext::new(2);
        let a = Tenant::anonymous();
        let mut h = http::HeaderMap::new();
        h.insert("x-api-key", "k".parse().unwrap());
        let b = Tenant::from_headers(&h);
        ctx.put(&a, "1", Value::from(1));
        ctx.put(&b, "1", Value::from(2));
        ctx.put(&a, "2", Value::from(3));
        assert_eq!(ctx.len(), 2);
        assert_eq!(ctx.get(&a, "1"), None, "oldest evicted");
        assert_eq!(ctx.get(&b, "1"), Some(Value::from(2)));
    }
}
