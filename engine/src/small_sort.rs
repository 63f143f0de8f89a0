//! A stable insertion sort for the short, mostly ordered lists the engine and the app sort.
//!
//! Why not `slice::sort`: the standard library's stable and unstable sorts (driftsort and
//! ipnsort, with their small-sort networks, pivot selection and merge buffers) cost 2–5 KB of
//! wasm for every element type they are used with, and the page sorted seven types. The lists
//! sorted here are short (a scope's cell names, a step's coroutines) or already in order (the
//! gallery's file names, generated tables), where insertion sort is linear.

/// Sorts `items` so that no item is `less` than one before it, keeping equal items in their
/// order (stable). Quadratic in the worst case: only for short or nearly sorted lists.
pub fn insertion_sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::insertion_sort_by;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'f')];
        insertion_sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(
            items,
            vec![(0, 'f'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'e')]
        );
        let mut empty: Vec<u8> = Vec::new();
        insertion_sort_by(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }
}
