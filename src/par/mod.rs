//! Per-article work on all cores with the `parallel` feature, in order on one
//! core without it. Call sites carry no `cfg`: both twins have one signature,
//! and both return results in input order, so output does not depend on the
//! number of threads.

#[cfg(not(feature = "parallel"))]
mod disabled;
#[cfg(feature = "parallel")]
mod enabled;

#[cfg(not(feature = "parallel"))]
pub(crate) use disabled::map;
#[cfg(feature = "parallel")]
pub(crate) use enabled::map;
