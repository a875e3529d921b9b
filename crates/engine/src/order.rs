//! One sort for the whole engine.
//!
//! Every `sort_by_key` with its own closure or element type is another copy of the standard
//! library's sort in the WebAssembly, some 4 KB each, and the page has a size budget. The
//! engine's lists are sorted here instead: their keys, as numbers with each item's position
//! (one sort for all callers, a radix sort, linear), then the items moved into that order in
//! place. (The frequency lines keep the standard sort: see `words::ranked`.)

/// Sorts `items` by `key`, keeping items with equal keys in their order (a stable sort).
///
/// Sorting `(key, position)` pairs orders equal keys by position. Only the first `u32::MAX - 1` items take part (a
/// position is a `u32`); no text comes near it.
pub(crate) fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    let len = items.len().min(DONE as usize);
    let items = &mut items[..len];
    // Many lists come in order already (an entity's mentions): nothing to allocate or move.
    if items.is_sorted_by_key(&key) {
        return;
    }
    let mut order: Vec<(u64, u32)> = items.iter().zip(0..DONE).map(|(item, at)| (key(item), at)).collect();
    sort_pairs(&mut order);
    // `order[k].1` is the item that belongs at `k`. Each cycle of that permutation is walked
    // once, swapping as it goes, and its entries are marked done.
    for start in 0..len {
        let mut k = start;
        while let Some(slot) = order.get_mut(k) {
            let from = slot.1 as usize;
            if slot.1 == DONE {
                break;
            }
            slot.1 = DONE;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

/// Sorts `(key, position)` pairs, which come in the order of their positions. A short list by
/// insertion; a long one by a radix sort on the key's bytes, least significant first, skipping
/// the bytes all keys share (a count's keys differ in two or three): linear, and stable, so
/// equal keys keep their positions' order.
fn sort_pairs(pairs: &mut Vec<(u64, u32)>) {
    if pairs.len() <= 32 {
        for i in 1..pairs.len() {
            let mut j = i;
            while j > 0 && pairs[j - 1] > pairs[j] {
                pairs.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let (any, all) = pairs.iter().fold((0, u64::MAX), |(any, all), &(key, _)| (any | key, all & key));
    let mut scratch = vec![(0, 0); pairs.len()];
    for shift in (0..64).step_by(8) {
        if ((any ^ all) >> shift) & 0xFF == 0 {
            continue;
        }
        let digit = |key: u64| ((key >> shift) & 0xFF) as usize;
        let mut starts = [0usize; 256];
        for &(key, _) in pairs.iter() {
            starts[digit(key)] += 1;
        }
        let mut sum = 0;
        for start in starts.iter_mut() {
            (*start, sum) = (sum, sum + *start);
        }
        for &pair in pairs.iter() {
            let start = &mut starts[digit(pair.0)];
            if let Some(slot) = scratch.get_mut(*start) {
                *slot = pair;
            }
            *start += 1;
        }
        std::mem::swap(pairs, &mut scratch);
    }
}

/// Two numbers in one key, `high` first ("by start, then by end"); each is capped at `u32::MAX`.
pub(crate) fn pair(high: usize, low: usize) -> u64 {
    let cap = |n: usize| u32::try_from(n).unwrap_or(u32::MAX) as u64;
    cap(high) << 32 | cap(low)
}

/// By `count`, larger first, then by `low`, smaller first.
pub(crate) fn larger_first_then(count: usize, low: usize) -> u64 {
    pair((u32::MAX as usize).saturating_sub(count), low)
}

/// "Larger first" as a key: the keys of larger numbers are smaller.
pub(crate) fn descending(n: usize) -> u64 {
    u64::MAX - n as u64
}

/// Marks a position whose item is in place (and bounds how many items take part).
const DONE: u32 = u32::MAX;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by_key(&mut items, |&(k, _)| descending(k as usize));
        assert_eq!(items, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e'), (0, 'f')]);
    }

    #[test]
    fn agrees_with_the_standard_sort_on_many_permutations() {
        // A small generator (no dependency): long cycles, short cycles, runs, all equal.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for round in 0..300u64 {
            // Short lists (sorted by insertion) and long ones (by radix), with few keys or keys
            // that differ in many bytes.
            let len = if round % 10 == 0 { 500 + round as usize * 7 } else { round as usize % 97 };
            let spread = if round % 3 == 0 { 1 << (8 + round % 50) } else { 1 + round % 13 };
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state % spread, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut theirs = items.clone();
            theirs.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, theirs);
            // Larger first, equal keys still in their order.
            sort_by_key(&mut ours, |&(k, _)| u64::MAX - k);
            theirs.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn pairs_order_by_the_first_number_then_the_second() {
        assert!(pair(1, 9) < pair(2, 0));
        assert!(pair(2, 0) < pair(2, 1));
        assert_eq!(pair(usize::MAX, 0), (u32::MAX as u64) << 32);
        assert!(descending(5) < descending(4));
        assert!(larger_first_then(5, 9) < larger_first_then(4, 0));
        assert!(larger_first_then(5, 0) < larger_first_then(5, 1));
    }
}
