//! `GET /v1/retrieve/{id}`: an original, for the credential that stored it.

use http::{HeaderValue, Request, Response, StatusCode, header};

use super::body::GatewayBody;
use super::forward::full;
use super::ops;
use super::route::Upstream;
use super::service::Shared;
use crate::ccr::Tenant;

/// `GET /v1/retrieve/{id}[?query=…]`: an original, for the credential that stored it.
pub(super) async fn retrieve(shared: &Shared, upstream: Upstream, req: &Request<GatewayBody>) -> Response<GatewayBody> {
    let authorised =
        shared.config.auth_token.as_ref().is_none_or(|t| ops::token_matches(t, req.headers().get("x-headroom-token")));
    if !authorised {
        return ops::error(
            StatusCode::UNAUTHORIZED,
            upstream,
            "authentication_error",
            "missing or wrong x-headroom-token",
        );
    }
    let id = req.uri().path().rsplit('/').next().unwrap_or_default();
    let tenant = Tenant::from_headers(req.headers());
    let found = match shared.store.clone() {
        Some(store) => Some(store.get(&tenant, id).await),
        None => None,
    };
    let original = match found {
        Some(Ok(Some(original))) => original,
        Some(Err(e)) => {
            return ops::error(
                StatusCode::SERVICE_UNAVAILABLE,
                upstream,
                "api_error",
                &format!("store unavailable: {e}"),
            );
        }
        _ => {
            return ops::error(
                StatusCode::NOT_FOUND,
                upstream,
                "not_found_error",
                "no original under that id for this credential (it may have expired)",
            );
        }
    };
    let query =
        req.uri().query().and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("query="))).map(percent_decode);
    let body = match query.filter(|q| !q.is_empty()) {
        Some(q) => {
            original.lines().filter(|l| l.to_lowercase().contains(&q.to_lowercase())).collect::<Vec<_>>().join("\n")
        }
        None => original,
    };
    crate::metrics::global().requests.inc("retrieve", 200);
    let mut response = Response::new(full(body));
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// `%XX` and `+` decoding for one query value.
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && value.is_char_boundary(i + 3) => {
                match u8::from_str_radix(&value[i + 1..i + 3], 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
