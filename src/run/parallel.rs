//! Work spread over every core, results in the items' order, so the output
//! never depends on how the threads were scheduled. The wording of the facts,
//! their pages and the images use it.

use crate::run::cancel::Cancel;

/// `work` on every item, on as many threads as there are cores. Stops at the
/// first error, or with `cancelled()` once the run is cancelled.
pub fn map<T: Sync, R: Send, E: Send>(
    items: &[T],
    cancel: &Cancel,
    cancelled: impl Fn() -> E + Sync,
    work: impl Fn(&T) -> Result<R, E> + Sync,
) -> Result<Vec<R>, E> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, items.len().max(1));
    let chunk = items.len().div_ceil(threads).max(1);
    let (work, cancelled) = (&work, &cancelled);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|item| if cancel.is_cancelled() { Err(cancelled()) } else { work(item) })
                        .collect::<Result<Vec<R>, E>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for handle in handles {
            out.extend(handle.join().expect("a worker thread panicked")?);
        }
        Ok(out)
    })
}
