//! Without rayon: items are processed one after another.

/// `f` over `items`, in order.
pub(crate) fn map<T, U>(items: &[T], f: impl Fn(&T) -> U) -> Vec<U> {
    items.iter().map(f).collect()
}
