//! One small stable sort for the lists the engine and the app sort (a scope's cell names, a
//! step's coroutines, the gallery's file names, generated tables).
//!
//! Why not `slice::sort`: the standard library's stable and unstable sorts (driftsort and
//! ipnsort, with their small-sort networks, pivot selection and merge buffers) cost 2–5 KB of
//! wasm for every element type they are used with, and the page sorted seven types. Here the
//! work is done once, on a permutation of indices, by one non-generic merge sort; only the thin
//! wrapper is instantiated per type. It stays O(n log n) whatever the input: these lists come from
//! user code too (a function can have thousands of closure variables), and compiling must never
//! turn quadratic.

/// Sorts `items` so that no item is `less` than one before it, keeping equal items in their
/// order (stable).
pub fn stable_sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let order = sorted_order(items.len(), &mut |a, b| less(&items[a], &items[b]));
    apply_order(items, &order);
}

/// The indices `0..n` in the order a stable sort by `less` (on indices) would put them:
/// bottom-up merge sort, taking from the right run only when it is strictly less.
fn sorted_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut left, mut right, mut out) = (lo, mid, lo);
            while left < mid && right < hi {
                if less(order[right], order[left]) {
                    merged[out] = order[right];
                    right += 1;
                } else {
                    merged[out] = order[left];
                    left += 1;
                }
                out += 1;
            }
            let rest = mid - left;
            merged[out..out + rest].copy_from_slice(&order[left..mid]);
            merged[out + rest..hi].copy_from_slice(&order[right..hi]);
            lo = hi;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Rearranges `items` so that the item at `i` is the one that was at `order[i]`, following each
/// cycle of the permutation with swaps.
fn apply_order<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stable_sort_by;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'f')];
        stable_sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(
            items,
            vec![(0, 'f'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'e')]
        );
        let mut empty: Vec<u8> = Vec::new();
        stable_sort_by(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random sequence with many ties, at lengths around the merge widths.
        let mut seed = 12345u32;
        for len in [1, 2, 3, 7, 8, 9, 31, 64, 100, 1000] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 17, i)
                })
                .collect();
            let mut ours = items.clone();
            stable_sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|item| item.0);
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }
}
