//! With rayon: items are processed on the current rayon pool.

use rayon::prelude::*;

/// `f` over `items`, in parallel, results in input order.
pub(crate) fn map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    items.par_iter().map(f).collect()
}
