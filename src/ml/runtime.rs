//! The ONNX Runtime library, loaded once per process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ort::environment::Environment;

use super::MlError;

static ENVIRONMENT: OnceLock<Result<Environment, String>> = OnceLock::new();

/// The process's ONNX Runtime environment, loading the library on first use from `library`,
/// else from `ORT_DYLIB_PATH`. The first call decides: later calls get the same result.
pub fn environment(library: Option<&Path>) -> Result<&'static Environment, MlError> {
    ENVIRONMENT.get_or_init(|| init(library)).as_ref().map_err(|e| MlError::Runtime(e.clone()))
}

fn init(library: Option<&Path>) -> Result<Environment, String> {
    let path = library
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("ORT_DYLIB_PATH").map(PathBuf::from))
        .ok_or("no library configured: set ml.ort_library or ORT_DYLIB_PATH (scripts/fetch_ml.sh fetches one)")?;
    // ort falls back to the loader's search path (and panics) when the file is missing; only
    // hand it a file that exists.
    if !path.is_file() {
        return Err(format!("{}: no such file", path.display()));
    }
    let load = || -> Result<Environment, String> {
        ort::init_from(&path).map_err(|e| e.to_string())?.with_name("headroom").build().map_err(|e| e.to_string())
    };
    std::panic::catch_unwind(load).unwrap_or_else(|_| Err(format!("{}: loading panicked", path.display())))
}
