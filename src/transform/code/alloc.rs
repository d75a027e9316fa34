//! Where tree-sitter's C core allocates. A parse allocates and frees a small node for nearly
//! every token, and glibc's `malloc` spends a tenth of a parse on them (`malloc_consolidate`,
//! `_int_malloc`, `unlink_chunk` in `perf report`); mimalloc makes compressing a 1 MB file 7–20 %
//! faster, and freeing its trees takes a quarter of the time.

use std::ffi::c_void;
use std::sync::Once;

static INSTALLED: Once = Once::new();

/// Points tree-sitter's C core at mimalloc (bundled, built from source) instead of libc's
/// `malloc`. The `headroom` binary does this first thing; a library user can do the same.
/// Later calls do nothing.
///
/// # Safety
///
/// Call it before anything in the process creates a tree-sitter object (a parser, tree,
/// query or cursor, through headroom or any other crate), and never while one is alive:
/// an object allocated by libc would be freed by mimalloc.
///
/// ```
/// // SAFETY: first thing in the program, before any tree-sitter object exists.
/// unsafe { headroom::transform::parse_with_mimalloc() };
/// ```
pub unsafe fn parse_with_mimalloc() {
    INSTALLED.call_once(|| {
        let allocator = tree_sitter::Allocator { malloc, calloc, realloc, free: libmimalloc_sys::mi_free };
        // SAFETY: one allocator family with malloc's alignment, never null (below); the
        // caller vouches that no tree-sitter object exists yet.
        unsafe { tree_sitter::set_allocator(Some(allocator)) };
    });
}

// tree-sitter's own allocator aborts when memory runs out, and its callers never check for
// null: these do the same.

unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    // SAFETY: any size may be asked for.
    non_null(unsafe { libmimalloc_sys::mi_malloc(size) }, size)
}

unsafe extern "C" fn calloc(count: usize, size: usize) -> *mut c_void {
    // SAFETY: mimalloc checks `count * size` for overflow.
    non_null(unsafe { libmimalloc_sys::mi_calloc(count, size) }, count.saturating_mul(size))
}

unsafe extern "C" fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void {
    // SAFETY: `ptr` came from these functions (tree-sitter frees and grows only its own).
    non_null(unsafe { libmimalloc_sys::mi_realloc(ptr, size) }, size)
}

fn non_null(ptr: *mut c_void, size: usize) -> *mut c_void {
    if ptr.is_null() && size > 0 {
        eprintln!("tree-sitter failed to allocate {size} bytes");
        std::process::abort();
    }
    ptr
}
